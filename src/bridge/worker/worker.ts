/** The Web Worker entry: the simulation runs here, the page talks to it through comlink. */
import { expose } from 'comlink';
import { intervalTicker } from './realtimeDriver';
import { createSimApi } from './simApi';

expose(createSimApi({ timeMode: 'realtime', settle: false, startTimeMs: Date.now(), ticker: intervalTicker(50) }));
