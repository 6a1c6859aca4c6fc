import { NEW_FILE, STARTER, useEditor } from '../state/editorStore';
import { useSim } from '../state/simStore';
import { useTheme } from '../state/themeStore';
import { ClockControls } from '../features/clock/ClockControls';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useT } from '../i18n/messages';
import { PresenterSpeed } from '../presenter/PresenterSpeed';
import { usePresenter } from '../presenter/presenterStore';
import { PresenterToggle } from '../presenter/PresenterToggle';
import { WorkspaceMenu } from '../workspace/WorkspaceMenu';

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
  const t = useT();
  const presenter = usePresenter((s) => s.on);
  return (
    <header className="topbar" data-runtime={info ? (inWorker ? 'worker' : 'main-thread') : undefined}>
      <h1>
        <span className="logo" aria-hidden>
          ⎈
        </span>{' '}
        {t.appTitle}
      </h1>
      <span className="cluster-name" data-testid="cluster-status" title={t.contextTitle} style={{ whiteSpace: 'nowrap' }}>
        {info ? t.clusterLabel(info.clusterName) : t.startingCluster}
      </span>
      <ClockControls />
      {presenter && <PresenterSpeed />}
      <div className="topbar-actions">
        <button type="button" onClick={() => openBuffer({ path: NEW_FILE, text: STARTER })} disabled={editorOpen} title={t.editorTitle}>
          {t.editor}
        </button>
        <label className="profile-select" title={t.profileTitle}>
          <span className="sr-only">{t.clusterProfile}</span>
          <select value={profile} onChange={(e) => void reset(e.target.value)} aria-label={t.clusterProfile}>
            {profiles.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void reset()} title={t.resetTitle}>
          {t.reset}
        </button>
        <PresenterToggle />
        <WorkspaceMenu />
        <LanguageSwitch />
        <button type="button" onClick={toggleTheme} aria-label={t.themeTo(theme === 'dark' ? 'light' : 'dark')}>
          {theme === 'dark' ? '☀' : '☾'}
        </button>
      </div>
    </header>
  );
}
