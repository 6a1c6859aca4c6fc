/**
 * The YAML editor pane: Monaco with Kubernetes schemas (loaded on first open), a file in the
 * shell's virtual filesystem, Save (write the file), Apply (save, then `kubectl apply -f` in the
 * terminal, so the learner sees the result). Opened by `vi`/`vim`/`nano` and `kubectl edit`
 * in the terminal too: for `kubectl edit`, Save hands the text back and Close cancels.
 */
import { useEffect, useRef, useState } from 'react';
import { mayTakeFocus } from '../../embed/viewStore';
import { useCommands } from '../../state/commandStore';
import { useEditor } from '../../state/editorStore';
import { useSim } from '../../state/simStore';
import { useTheme } from '../../state/themeStore';
import { applyCommand, displayPath } from './fileNames';
import type { YamlEditorHandle } from './monacoSetup';
import './editor.css';

function useMonaco(host: React.RefObject<HTMLDivElement | null>, open: boolean) {
  const [handle, setHandle] = useState<YamlEditorHandle>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!open || !host.current) return;
    let live = true;
    let created: YamlEditorHandle | undefined;
    const { buffer } = useEditor.getState();
    import('./monacoSetup')
      .then(({ createYamlEditor }) => createYamlEditor(host.current!, buffer?.text ?? '', useTheme.getState().theme === 'dark'))
      .then((h) => {
        created = h;
        if (live) setHandle(h);
        else h.dispose();
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
      created?.dispose();
      setHandle(undefined);
    };
  }, [open, host]);
  return { handle, error };
}

export function YamlEditor() {
  const host = useRef<HTMLDivElement>(null);
  const { open, buffer, revision } = useEditor();
  const close = useEditor((s) => s.close);
  const api = useSim((s) => s.api);
  const theme = useTheme((s) => s.theme);
  const requestCommand = useCommands((s) => s.requestCommand);
  const { handle, error } = useMonaco(host, open);
  const [problems, setProblems] = useState(0);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (handle && buffer) handle.setText(buffer.text);
    // Only a new buffer (another file, or `kubectl edit`) replaces the text; typing does not.
  }, [handle, revision]);
  useEffect(() => handle?.setTheme(theme === 'dark'), [handle, theme]);
  useEffect(() => {
    if (!handle) return;
    handle.onText(useEditor.getState().typed);
    handle.onMarkers(setProblems);
    if (mayTakeFocus()) handle.focus();
  }, [handle]);

  if (!open || !buffer) return null;
  const editing = buffer.requestId !== undefined;

  const save = async (): Promise<string | undefined> => {
    if (!api || !handle) return undefined;
    const text = handle.getText();
    if (editing) {
      await api.editorDone(buffer.requestId!, text);
      close();
      return undefined;
    }
    const path = await api.writeFile(buffer.path, text);
    setStatus(`Saved ${displayPath(path)}`);
    return path;
  };
  const apply = async () => {
    const path = await save();
    if (path) requestCommand(applyCommand(path));
  };
  const cancel = () => {
    if (editing && api) void api.editorDone(buffer.requestId!, undefined);
    close();
  };

  return (
    <section className="editor-pane" data-testid="editor" data-problems={problems} aria-label="YAML editor">
      <div className="editor-toolbar">
        <span className="editor-file" title={buffer.path}>
          {displayPath(buffer.path)}
        </span>
        <span className={problems ? 'editor-problems bad' : 'editor-problems'} aria-live="polite">
          {handle ? (problems ? `${problems} problem${problems > 1 ? 's' : ''}` : 'no problems') : error ? `editor failed to load: ${error}` : 'loading editor…'}
        </span>
        <span className="editor-status">{status}</span>
        <button type="button" onClick={() => void save()} disabled={!handle} title={editing ? 'Hand the edited object back to kubectl edit' : 'Write the file (visible to ls and cat)'}>
          Save
        </button>
        {!editing && (
          <button type="button" className="primary" onClick={() => void apply()} disabled={!handle} title="Save, then run kubectl apply -f in the terminal">
            Apply
          </button>
        )}
        <button type="button" onClick={cancel} aria-label="Close editor" title={editing ? 'Cancel the edit' : 'Close'}>
          ✕
        </button>
      </div>
      <div className="editor-host" ref={host} />
    </section>
  );
}
