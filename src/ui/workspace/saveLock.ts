/**
 * Which tab saves. Several tabs of the playground share one IndexedDB save; if each autosaved,
 * the last to write would silently replace the others' work. The first tab takes a Web Lock and
 * keeps it while open; a tab opened later runs normally but does not save ("read-only save")
 * until the learner takes saving over, which steals the lock: the first tab is told and stops.
 */
const LOCK_NAME = 'kube-playground.autosave';
/** On a reload the old page may still hold the lock for a moment: wait this long before giving up. */
const WAIT_MS = 1500;

/**
 * Resolves true once this tab holds the lock, false when another tab keeps it (unless `steal`).
 * `onLost` runs if another tab steals it later. Without Web Locks (old browsers) every tab saves.
 */
export function claimSaving(steal: boolean, onLost: () => void): Promise<boolean> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    let granted = false;
    const options: LockOptions = steal ? { steal: true } : { signal: AbortSignal.timeout(WAIT_MS) };
    locks
      .request(LOCK_NAME, options, () => {
        granted = true;
        resolve(true);
        // Held until the tab closes or another tab steals it.
        return new Promise<void>(() => undefined);
      })
      // Not granted in time: another tab saves. Granted, then rejected: stolen (AbortError).
      .catch(() => (granted ? onLost() : resolve(false)));
  });
}
