/**
 * Applies the URL's view options to the page once, before the first render: theme, language,
 * the commands to type on load, the editor of `layout=editor+graph`, the `#state=` to load, and
 * the postMessage bridge when the page is in a frame.
 */
import { useCommands } from '../state/commandStore';
import { NEW_FILE, STARTER, useEditor } from '../state/editorStore';
import { useSim } from '../state/simStore';
import { useTheme } from '../state/themeStore';
import { startEmbedBridge } from './embedBridge';
import { useView } from './viewStore';

let booted = false;

/** Loads `#state=` once both the cluster and a loader (the workspace code's) are there. */
function loadInitialState(state: string): void {
  let done = false;
  const attempt = () => {
    const loader = useView.getState().stateLoader;
    if (done || !loader || !useSim.getState().api) return;
    done = true;
    stopView();
    stopSim();
    loader(state).catch((e: unknown) => console.warn(`[kube-playground] could not load #state=: ${e instanceof Error ? e.message : String(e)}`));
  };
  const stopView = useView.subscribe(attempt);
  const stopSim = useSim.subscribe(attempt);
  attempt();
}

export function bootView(): void {
  if (booted) return;
  booted = true;
  const options = useView.getState().options;
  // Not remembered: a deck's theme must not become the learner's preference.
  if (options.theme) useTheme.setState({ theme: options.theme });
  if (options.lang) document.documentElement.lang = options.lang;
  if (options.layout === 'editor+graph' && !useEditor.getState().open) useEditor.getState().openBuffer({ path: NEW_FILE, text: STARTER });
  for (const command of options.autorun) useCommands.getState().requestCommand(command, { charsPerSecond: options.speed });
  if (options.state) loadInitialState(options.state);
  startEmbedBridge();
}
