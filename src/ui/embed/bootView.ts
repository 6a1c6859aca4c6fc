/**
 * Applies the URL's view options to the page once, before the first render: theme, language,
 * the commands to type on load, the editor of `layout=editor+graph`, the lesson to open, and the
 * postMessage bridge when the page is in a frame. (`#state=` is the workspace's: ui/workspace
 * imports it before the first command.)
 */
import { bootDemo } from '../presenter/bootDemo';
import { useCommands } from '../state/commandStore';
import { NEW_FILE, STARTER, useEditor } from '../state/editorStore';
import { useTheme } from '../state/themeStore';
import { startEmbedBridge } from './embedBridge';
import { lessonTargetOpened, linkLessons } from './lessonLink';
import { useView } from './viewStore';

let booted = false;

export function bootView(): void {
  if (booted) return;
  booted = true;
  const options = useView.getState().options;
  // Not remembered: a deck's theme must not become the learner's preference.
  if (options.theme) useTheme.setState({ theme: options.theme });
  if (options.lang) document.documentElement.lang = options.lang;
  if (options.layout === 'editor+graph' && !useEditor.getState().open) useEditor.getState().openBuffer({ path: NEW_FILE, text: STARTER });
  linkLessons();
  // After the lesson's cluster replaced the first one, or the commands would run on the old one.
  void lessonTargetOpened().then(() => {
    for (const command of options.autorun) useCommands.getState().requestCommand(command, { charsPerSecond: options.speed });
  });
  bootDemo();
  startEmbedBridge();
}
