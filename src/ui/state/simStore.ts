/**
 * The connection to the simulation and the actions every feature may take on it. Features read
 * the api from here instead of importing each other; the cluster and clock stores are fed from
 * here.
 */
import { proxy } from 'comlink';
import { create } from 'zustand';
import { connectSim, type SimConnection } from '../../bridge/main/connectSim';
import type { FeedMessage, SessionInfo } from '../../bridge/main/types';
import { useClock } from './clockStore';
import { useCluster } from './clusterStore';

/** How often the clock display reads the virtual time. */
const CLOCK_POLL_MS = 200;

interface SimStore {
  api?: SimConnection;
  info?: SessionInfo;
  inWorker: boolean;
  error?: string;
  /** Bumps on every reset, so the terminal can start a fresh session. */
  generation: number;
  connect(): Promise<void>;
  setSpeed(speed: number): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  step(seconds?: number): Promise<void>;
  reset(): Promise<void>;
}

async function readClock(api: SimConnection): Promise<void> {
  useClock.getState().onClock(await api.clock());
}

/** One connection per page, however often `connect` is called (StrictMode runs effects twice). */
let connecting: Promise<void> | undefined;

async function open(set: (partial: Partial<SimStore>) => void): Promise<void> {
  try {
    const { api, inWorker } = await connectSim();
    const onFeedMessage = (m: FeedMessage) => useCluster.getState().onFeedMessage(m);
    await api.subscribe(proxy(onFeedMessage));
    set({ api, inWorker, info: await api.info() });
    await readClock(api);
    setInterval(() => void readClock(api), CLOCK_POLL_MS);
  } catch (e) {
    set({ error: e instanceof Error ? e.message : String(e) });
  }
}

export const useSim = create<SimStore>()((set, get) => ({
  inWorker: false,
  generation: 0,
  connect() {
    connecting ??= open(set);
    return connecting;
  },
  async setSpeed(speed) {
    const { api } = get();
    if (!api) return;
    await api.setSpeed(speed);
    await readClock(api);
  },
  async setPaused(paused) {
    const { api } = get();
    if (!api) return;
    await api.setPaused(paused);
    await readClock(api);
  },
  async step(seconds = 1) {
    const { api } = get();
    if (!api) return;
    await api.step(seconds);
    await readClock(api);
  },
  async reset() {
    const { api } = get();
    if (!api) return;
    await api.reset({ startTimeMs: Date.now() });
    const info = await api.info();
    set((s) => ({ info, generation: s.generation + 1 }));
    await readClock(api);
  },
}));
