/**
 * Connects the page to the simulation: a Web Worker through comlink, or — when a Worker cannot
 * start — the same SimApi on the main thread, loaded with a dynamic import so it stays out of
 * the entry chunk.
 */
import { wrap, type Remote } from 'comlink';
import type { SimApi } from '../worker/simApi';
import SimWorker from '../worker/worker.ts?worker';

export type SimConnection = Remote<SimApi> | SimApi;

/**
 * Resolves when the Worker answers, rejects when it reports an error while loading (a page on
 * `file://` may refuse it) — which otherwise leaves the first call waiting forever.
 */
function handshake(worker: Worker, api: Remote<SimApi>): Promise<unknown> {
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'the simulation Worker failed to load')), { once: true });
  });
  return Promise.race([api.prompt(), failed]);
}

export async function connectSim(): Promise<{ api: SimConnection; inWorker: boolean }> {
  let worker: Worker | undefined;
  try {
    worker = new SimWorker();
    const api = wrap<SimApi>(worker);
    await handshake(worker, api);
    return { api, inWorker: true };
  } catch (err) {
    worker?.terminate();
    console.warn('[kube-playground] running the simulation on the page:', err);
    const [{ createSimApi }, { intervalTicker }] = await Promise.all([import('../worker/simApi'), import('../worker/realtimeDriver')]);
    return { api: createSimApi({ timeMode: 'realtime', settle: false, startTimeMs: Date.now(), ticker: intervalTicker(50) }), inWorker: false };
  }
}
