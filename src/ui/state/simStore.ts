/**
 * The connection to the simulation and the actions every feature may take on it. Features read
 * the api from here instead of importing each other; the cluster and clock stores are fed from
 * here.
 */
import { proxy } from 'comlink';
import { create } from 'zustand';
import { connectSim, type SimConnection } from '../../bridge/main/connectSim';
import type { ActivityReport, EditorRequest, FeedMessage, SessionInfo } from '../../bridge/main/types';
import { useView } from '../embed/viewStore';
import { bootWorkspace } from '../workspace/bootWorkspace';
import { useActivity } from './activityStore';
import { useClock } from './clockStore';
import { useCluster } from './clusterStore';
import { useEditor } from './editorStore';
import { useHighlight } from './highlightStore';

/** How often the clock display reads the virtual time. */
const CLOCK_POLL_MS = 200;

interface SimStore {
  api?: SimConnection;
  info?: SessionInfo;
  inWorker: boolean;
  error?: string;
  /** Bumps on every reset, so the terminal can start a fresh session. */
  generation: number;
  /** The cluster profile (minikube, multinode …) and the ones a reset may switch to. */
  profile: string;
  profiles: string[];
  /** Nodes whose kubelet the learner stopped from the graph. */
  stoppedNodes: string[];
  stopNode(name: string): Promise<string>;
  startNode(name: string): Promise<string>;
  connect(): Promise<void>;
  setSpeed(speed: number): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  step(seconds?: number): Promise<void>;
  /** A fresh cluster, with `profile` or the current one; the learner's files carry over unless `keepFiles: false`. */
  reset(profile?: string, opts?: { keepFiles?: boolean }): Promise<void>;
}

/** `?profile=multinode` starts the page on that profile; a name the simulation does not know is ignored. */
function requestedProfile(available: string[]): string | undefined {
  const wanted = useView.getState().options.profile;
  if (wanted && !available.includes(wanted)) console.warn(`[kube-playground] ignoring profile=${wanted}: expected one of ${available.join(', ')}`);
  return wanted && available.includes(wanted) ? wanted : undefined;
}

function onFeedMessage(m: FeedMessage): void {
  useCluster.getState().onFeedMessage(m);
  if (m.type === 'diff') useHighlight.getState().noteChanges([...m.added, ...m.updated].map((o) => o.uid));
}

async function readClock(api: SimConnection): Promise<void> {
  useClock.getState().onClock(await api.clock());
}

/** One connection per page, however often `connect` is called (StrictMode runs effects twice). */
let connecting: Promise<void> | undefined;

async function open(set: (partial: Partial<SimStore>) => void): Promise<void> {
  try {
    const { api, inWorker } = await connectSim();
    // The saved or shared session comes back before the terminal shows its first prompt.
    const restored = await bootWorkspace(api);
    const before = await api.profiles();
    const wanted = requestedProfile(before.available);
    // `?profile=` chooses the cluster a new session starts with; a restored one keeps its own.
    if (!restored && wanted && wanted !== before.current) await api.reset({ profile: wanted, startTimeMs: Date.now() });
    await api.subscribe(proxy(onFeedMessage));
    await api.subscribeActivity(proxy((r: ActivityReport) => useActivity.getState().onActivity(r)));
    await api.onEditorRequest(proxy((r: EditorRequest) => useEditor.getState().onRequest(r)));
    const { current, available } = await api.profiles();
    set({ api, inWorker, info: await api.info(), profile: current, profiles: available });
    await readClock(api);
    setInterval(() => void readClock(api), CLOCK_POLL_MS);
  } catch (e) {
    set({ error: e instanceof Error ? e.message : String(e) });
  }
}

export const useSim = create<SimStore>()((set, get) => ({
  inWorker: false,
  generation: 0,
  profile: '',
  profiles: [],
  stoppedNodes: [],
  async stopNode(name) {
    const { api } = get();
    if (!api) return 'not connected';
    const error = await api.stopNode(name);
    set({ stoppedNodes: await api.stoppedNodes() });
    return error;
  },
  async startNode(name) {
    const { api } = get();
    if (!api) return 'not connected';
    const error = await api.startNode(name);
    set({ stoppedNodes: await api.stoppedNodes() });
    return error;
  },
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
  async reset(profile, { keepFiles = true } = {}) {
    const { api } = get();
    if (!api) return;
    const next = profile ?? get().profile;
    await api.reset({ profile: next, startTimeMs: Date.now(), keepFiles });
    const info = await api.info();
    useEditor.getState().close();
    set((s) => ({ info, profile: next, stoppedNodes: [], generation: s.generation + 1 }));
    await readClock(api);
  },
}));
