/** A command in the lesson: Run types it into the terminal and runs it; Copy puts it on the clipboard. */
import { useState } from 'react';
import { useT } from '../../i18n/messages';
import { useCommands } from '../../state/commandStore';
import { useEditor } from '../../state/editorStore';

export function CommandBlock({ text, runnable = true, file }: { text: string; runnable?: boolean; file?: { path: string; content: string } }) {
  const t = useT();
  const requestCommand = useCommands((s) => s.requestCommand);
  const openBuffer = useEditor((s) => s.openBuffer);
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard?.writeText(text).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => setCopied(false),
    );
  return (
    <div className="command-block" data-testid="lesson-command">
      <pre>
        <code>{text}</code>
      </pre>
      <div className="command-actions">
        {runnable && (
          <button type="button" className="primary" onClick={() => requestCommand(text)} title={t.runTitle}>
            ▶ {t.run}
          </button>
        )}
        {file && (
          <button type="button" onClick={() => openBuffer({ path: file.path, text: file.content })} title={t.openInEditorTitle(file.path)}>
            {t.openInEditor}
          </button>
        )}
        <button type="button" onClick={copy} title={t.copyTitle}>
          {copied ? t.copied : t.copy}
        </button>
      </div>
    </div>
  );
}
