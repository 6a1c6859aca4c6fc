import { lazy, Suspense, useEffect } from 'react';
import { SplitPane } from '../components/SplitPane';
import { CommandRunner } from '../embed/CommandRunner';
import { EmbedBadge } from '../embed/EmbedBadge';
import { panesOf, type Layout } from '../embed/viewOptions';
import { useView } from '../embed/viewStore';
import { YamlEditor } from '../features/editor/YamlEditor';
import { EventsTicker } from '../features/events/EventsTicker';
import { GraphView } from '../features/graph/GraphView';
import { Terminal } from '../features/terminal/Terminal';
import { PresenterBar } from '../presenter/PresenterBar';
import { usePresenter } from '../presenter/presenterStore';
import { useEditor } from '../state/editorStore';
import { useSim } from '../state/simStore';
import { useTheme } from '../state/themeStore';
import { WorkspaceNotices } from '../workspace/WorkspaceNotices';
import { TopBar } from './TopBar';

// Markdown rendering (marked, DOMPurify) stays out of the entry chunk (DESIGN.md §7).
const LessonPane = lazy(() => import('../features/lessons/LessonPane').then((m) => ({ default: m.LessonPane })));

function GraphColumn() {
  return (
    <div className="graph-column">
      <GraphView />
      <EventsTicker />
    </div>
  );
}

function Lesson() {
  return (
    <Suspense fallback={<article className="lesson-pane" data-testid="lesson-pane" aria-busy="true" />}>
      <LessonPane />
    </Suspense>
  );
}

/** `presenter`: its own divider position, a bigger terminal for the bigger type. */
function GraphAndTerminal({ presenter }: { presenter: boolean }) {
  const editorOpen = useEditor((s) => s.open);
  return (
    <SplitPane direction="column" initial={presenter ? 65 : 62} storageKey={presenter ? 'presenter.graph' : 'graph'} label="Resize graph and terminal">
      {editorOpen ? (
        <SplitPane direction="row" initial={50} storageKey="editor" label="Resize graph and editor">
          <GraphColumn />
          <YamlEditor />
        </SplitPane>
      ) : (
        <GraphColumn />
      )}
      <Terminal />
    </SplitPane>
  );
}

/** In presenter mode the lesson pane makes room for the graph and the terminal. */
function FullWorkspace({ presenter }: { presenter: boolean }) {
  if (presenter) return <GraphAndTerminal presenter />;
  return (
    <SplitPane direction="row" initial={26} storageKey="lesson" label="Resize lesson pane">
      <Lesson />
      <GraphAndTerminal presenter={false} />
    </SplitPane>
  );
}

/** `?layout=`: one or two of the panes (the lesson or graph first, the terminal or editor second). */
function PartialWorkspace({ layout, presenter }: { layout: Layout; presenter: boolean }) {
  const panes = { ...panesOf(layout), ...(presenter && { lesson: false }) };
  const editorOpen = useEditor((s) => s.open);
  const first = panes.lesson ? <Lesson /> : panes.graph ? <GraphColumn /> : undefined;
  const second = panes.terminal ? <Terminal /> : panes.editor && editorOpen ? <YamlEditor /> : undefined;
  return (
    <>
      {!panes.terminal && <CommandRunner />}
      {first && second ? (
        <SplitPane direction={panes.graph && panes.terminal ? 'column' : 'row'} initial={panes.lesson ? 40 : 60} storageKey={`layout.${layout}`} label="Resize panes">
          {first}
          {second}
        </SplitPane>
      ) : (
        (first ?? second)
      )}
    </>
  );
}

/** Composes the page; features own their UI and meet in ui/state. */
export function App() {
  const connect = useSim((s) => s.connect);
  const error = useSim((s) => s.error);
  const theme = useTheme((s) => s.theme);
  const { layout, embed } = useView((s) => s.options);
  const presenter = usePresenter((s) => s.on);
  useEffect(() => void connect(), [connect]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenter', presenter);
  }, [presenter]);
  return (
    <div className={embed ? 'app app-embedded' : 'app'} data-layout={layout}>
      {!embed && <TopBar />}
      <WorkspaceNotices />
      {error && <p className="fatal">The simulated cluster could not start: {error}</p>}
      <main className="workspace">
        {layout === 'full' ? <FullWorkspace presenter={presenter} /> : <PartialWorkspace layout={layout} presenter={presenter} />}
        <PresenterBar />
      </main>
      {embed && <EmbedBadge />}
    </div>
  );
}
