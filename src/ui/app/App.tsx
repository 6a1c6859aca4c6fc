import { lazy, Suspense, useEffect } from 'react';
import { SplitPane } from '../components/SplitPane';
import { YamlEditor } from '../features/editor/YamlEditor';
import { EventsTicker } from '../features/events/EventsTicker';
import { GraphView } from '../features/graph/GraphView';
import { Terminal } from '../features/terminal/Terminal';
import { useEditor } from '../state/editorStore';
import { useSim } from '../state/simStore';
import { useTheme } from '../state/themeStore';
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

/** Composes the page; features own their UI and meet in ui/state. */
export function App() {
  const connect = useSim((s) => s.connect);
  const error = useSim((s) => s.error);
  const theme = useTheme((s) => s.theme);
  const editorOpen = useEditor((s) => s.open);
  useEffect(() => void connect(), [connect]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="app">
      <TopBar />
      {error && <p className="fatal">The simulated cluster could not start: {error}</p>}
      <main className="workspace">
        <SplitPane direction="row" initial={26} storageKey="lesson" label="Resize lesson pane">
          <Suspense fallback={<article className="lesson-pane" data-testid="lesson-pane" aria-busy="true" />}>
            <LessonPane />
          </Suspense>
          <SplitPane direction="column" initial={62} storageKey="graph" label="Resize graph and terminal">
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
        </SplitPane>
      </main>
    </div>
  );
}
