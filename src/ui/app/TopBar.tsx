import { NEW_FILE, STARTER, useEditor } from '../state/editorStore';
import { useSim } from '../state/simStore';
import { useTheme } from '../state/themeStore';
import { ClockControls } from '../features/clock/ClockControls';

export function TopBar() {
  const info = useSim((s) => s.info);
  const inWorker = useSim((s) => s.inWorker);
  const reset = useSim((s) => s.reset);
  const theme = useTheme((s) => s.theme);
  const toggleTheme = useTheme((s) => s.toggleTheme);
  const profile = useSim((s) => s.profile);
  const profiles = useSim((s) => s.profiles);
  const editorOpen = useEditor((s) => s.open);
  const openBuffer = useEditor((s) => s.openBuffer);
  return (
    <header className="topbar" data-runtime={info ? (inWorker ? 'worker' : 'main-thread') : undefined}>
      <h1>
        <span className="logo" aria-hidden>
          ⎈
        </span>{' '}
        Kubernetes Playground
      </h1>
      <span className="cluster-name" data-testid="cluster-status" title="kubectl config current-context">
        {info ? `cluster: ${info.clusterName}` : 'starting cluster…'}
      </span>
      <ClockControls />
      <div className="topbar-actions">
        <button type="button" onClick={() => openBuffer({ path: NEW_FILE, text: STARTER })} disabled={editorOpen} title="Write a manifest and apply it (or type vi file.yaml in the terminal)">
          Editor
        </button>
        <label className="profile-select" title="The kind of cluster a reset starts">
          <span className="sr-only">Cluster profile</span>
          <select value={profile} onChange={(e) => void reset(e.target.value)} aria-label="Cluster profile">
            {profiles.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void reset()} title="Start again from a fresh cluster">
          Reset
        </button>
        <button type="button" onClick={toggleTheme} aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}>
          {theme === 'dark' ? '☀' : '☾'}
        </button>
      </div>
    </header>
  );
}
