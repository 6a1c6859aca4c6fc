/** The workspace's notices under the top bar (restore failed, read-only tab, shared link …), each dismissible. */
import { useWords } from './words';
import { useWorkspace } from './workspaceStore';
import './workspace.css';

export function WorkspaceNotices() {
  const notices = useWorkspace((s) => s.notices);
  const dismiss = useWorkspace((s) => s.dismiss);
  const w = useWords();
  if (!notices.length) return null;
  return (
    <div className="workspace-notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="workspace-notice" data-tone={n.tone} data-testid="workspace-notice" role={n.tone === 'error' ? 'alert' : 'status'}>
          <p>{n.text}</p>
          {n.actions.map((a) => (
            <button
              key={a.label}
              type="button"
              onClick={() => {
                dismiss(n.id);
                void a.run();
              }}
            >
              {a.label}
            </button>
          ))}
          <button type="button" className="workspace-notice-close" aria-label={w.dismiss} title={w.dismiss} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
