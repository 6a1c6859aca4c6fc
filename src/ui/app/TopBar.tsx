import { useSim } from '../state/simStore';
import { useTheme } from '../state/themeStore';
import { ClockControls } from '../features/clock/ClockControls';

export function TopBar() {
  const info = useSim((s) => s.info);
  const reset = useSim((s) => s.reset);
  const theme = useTheme((s) => s.theme);
  const toggleTheme = useTheme((s) => s.toggleTheme);
  return (
    <header className="topbar">
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
