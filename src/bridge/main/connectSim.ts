/**
 * Connects the page to the simulation: a Web Worker through comlink, or — when a Worker cannot
 * start — the same SimApi on the main thread, loaded with a dynamic import so it stays out of
 * the entry chunk.
 */
import { wrap, type Remote } from 'comlink';
import type { SimApi } from '../worker/simApi';
import SimWorker from '../worker/worker.ts?worker';

export type SimConnection = Remote<SimApi> | SimApi;

export async function connectSim(): Promise<{ api: SimConnection; inWorker: boolean }> {
  try {
    const worker = new SimWorker();
    const api = wrap<SimApi>(worker);
    await api.prompt();
    return { api, inWorker: true };
  } catch {
    const [{ createSimApi }, { intervalTicker }] = await Promise.all([import('../worker/simApi'), import('../worker/realtimeDriver')]);
    return { api: createSimApi({ timeMode: 'realtime', settle: false, startTimeMs: Date.now(), ticker: intervalTicker(50) }), inWorker: false };
  }
}
