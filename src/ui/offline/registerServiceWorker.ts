/**
 * Registers the service worker that the production build generates (vite.config.ts), so the
 * playground opens offline after one visit. Not in development (Vite serves modules live), not in
 * the one-file build (a `file://` page has no service workers).
 */
export function registerServiceWorker(): void {
  if (__SINGLE_FILE__ || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'https:' && location.hostname !== 'localhost' && location.hostname !== '127.0.0.1') return;
  // After load, so precaching never competes with the first paint for bandwidth.
  const register = () =>
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((err: unknown) => {
      console.warn('offline support unavailable:', err);
    });
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
