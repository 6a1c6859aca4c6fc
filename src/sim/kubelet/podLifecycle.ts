/**
 * One pod on one node, as a pure state machine: given the pod, what the kubelet remembered
 * last time and the current time, work out everything that happened since (in time order, so
 * a late wake-up still stamps each event when it was due), the status to write, the events to
 * record, the log lines written and when to be woken next.
 */
import type { Pod, PodStatus } from 'kubernetes-types/core/v1';
import type { Rng } from '../../common/rng';
import { mountVolumes, type ObjectLookup } from './containerConfig';
import { runningNext, stepExited, stepRunning, stopContainer } from './containerRun';
import { stepCreate, stepImage, stepPullDone } from './containerStart';
import { kubeletEvents as ev, type KubeletEvent } from './kubeletEvents';
import type { ContainerRuntime, PodRuntime } from './podRuntime';
import { buildPodStatus, initDone } from './podStatus';
import { record, specOf, type ContainerLogLine, type ContainerNet, type NodeContext, type SyncContext } from './syncContext';

export interface PodSyncInput {
  pod: Pod;
  /** What the previous sync returned; undefined the first time the kubelet sees the pod. */
  runtime?: PodRuntime;
  now: number;
  node: NodeContext;
  /** The IP the sandbox gets; used only when the runtime record is created. */
  podIP: string;
  lookup: ObjectLookup;
  rng: Rng;
  /** `KUBERNETES_SERVICE_HOST` and friends, for the services visible to the pod. */
  serviceEnv?: [string, string][];
  /** Network tools for container programs and exec probes; without it they are not found. */
  net?: ContainerNet;
}

export interface PodSyncResult {
  runtime: PodRuntime;
  status: PodStatus;
  events: KubeletEvent[];
  logs: ContainerLogLine[];
  /** Images now on the node that were not before. */
  imagesPulled: string[];
  /** When to call syncPod again if nothing else changes. */
  wakeAt?: number;
  /** The pod was deleted and every container has stopped: delete it with grace 0. */
  readyToDelete: boolean;
}

const MAX_STEPS = 10_000;
const busyStages = new Set(['image', 'pulling', 'create']);

const container = (init: boolean, ephemeral = false) => (c: { name: string; image?: string; restartPolicy?: string }): ContainerRuntime => ({
  name: c.name,
  init,
  sidecar: init && c.restartPolicy === 'Always',
  ...(ephemeral ? { ephemeral } : {}),
  stage: 'pending',
  image: c.image ?? '',
  instances: 0,
  started: false,
  ready: false,
});

function newRuntime(input: PodSyncInput): PodRuntime {
  const spec = input.pod.spec;
  return {
    uid: input.pod.metadata?.uid ?? '',
    firstSeen: input.now,
    // hostNetwork pods share the node's network namespace, and so its IP.
    podIP: input.pod.spec?.hostNetwork ? input.node.hostIP : input.podIP,
    mount: { ok: false, nextAt: input.now, attempts: 0 },
    volumeFiles: {},
    containers: [
      ...(spec?.initContainers ?? []).map(container(true)),
      ...(spec?.containers ?? []).map(container(false)),
      ...(spec?.ephemeralContainers ?? []).map(container(false, true)),
    ],
    crashBackOff: {},
    pullBackOff: {},
    conditions: {},
  };
}

function cloneRuntime(rt: PodRuntime): PodRuntime {
  return {
    ...rt,
    mount: { ...rt.mount },
    containers: rt.containers.map((c) => ({ ...c })),
    crashBackOff: { ...rt.crashBackOff },
    pullBackOff: { ...rt.pullBackOff },
    conditions: { ...rt.conditions },
  };
}

function sandboxReady(rt: PodRuntime, t: number): boolean {
  return rt.sandboxAt !== undefined && rt.sandboxAt <= t && rt.sandboxRemoved === undefined;
}

function nextDue(rt: PodRuntime): number | undefined {
  const times: number[] = [];
  if (!rt.terminating && !rt.mount.ok) times.push(rt.mount.nextAt);
  if (rt.sandboxAt !== undefined && rt.conditions.PodReadyToStartContainers?.status !== 'True' && rt.sandboxRemoved === undefined) times.push(rt.sandboxAt);
  for (const c of rt.containers) if (c.next !== undefined) times.push(c.next);
  return times.length ? Math.min(...times) : undefined;
}

function stepMount(ctx: SyncContext, t: number): void {
  const rt = ctx.rt;
  const result = mountVolumes(ctx.pod, ctx.lookup, { hostIP: ctx.node.hostIP, podIP: rt.podIP });
  if ('error' in result) {
    record(ctx, t, undefined, ev.failedMount(result.volume, result.error));
    rt.mount = { ok: false, attempts: rt.mount.attempts + 1, nextAt: t + Math.min(500 * 2 ** rt.mount.attempts, 122_000) };
    return;
  }
  rt.mount = { ...rt.mount, ok: true };
  rt.volumeFiles = result.files;
  rt.sandboxAt = t + Math.round(ctx.rng.between(800, 2000));
}

/** Starts the containers whose turn has come: init containers one by one, then the rest in order. */
function schedule(ctx: SyncContext, t: number): void {
  const rt = ctx.rt;
  if (rt.terminating || !sandboxReady(rt, t)) return;
  // Ephemeral containers start as soon as they are added, whatever the others are doing.
  for (const c of rt.containers) if (c.ephemeral && c.stage === 'pending') Object.assign(c, { stage: 'image', next: t });
  const inits = rt.containers.filter((c) => c.init);
  for (const c of inits) {
    if (initDone(c)) continue;
    if (c.stage === 'pending') Object.assign(c, { stage: 'image', next: t });
    return;
  }
  let previousBusy = false;
  for (const c of rt.containers.filter((x) => !x.init && !x.ephemeral)) {
    if (c.stage === 'pending' && !previousBusy) Object.assign(c, { stage: 'image', next: t });
    previousBusy = busyStages.has(c.stage);
  }
}

function dispatch(ctx: SyncContext, c: ContainerRuntime, t: number): void {
  switch (c.stage) {
    case 'image':
    case 'pullBackOff':
    case 'configError':
      return stepImage(ctx, c, t);
    case 'pulling':
      return stepPullDone(ctx, c, t);
    case 'create':
      return stepCreate(ctx, c, t);
    case 'running':
      return stepRunning(ctx, c, t);
    case 'exited':
    case 'crashBackOff':
      return stepExited(ctx, c, t);
    default:
      c.next = undefined;
  }
}

function setCondition(rt: PodRuntime, type: string, ok: boolean, t: number, reason?: string, message?: string): void {
  const status = ok ? 'True' : 'False';
  const prev = rt.conditions[type];
  rt.conditions[type] = { status, since: prev && prev.status === status ? prev.since : t, reason: ok ? undefined : reason, message: ok ? undefined : message };
}

function updateConditions(ctx: SyncContext, t: number): void {
  const rt = ctx.rt;
  const phase = buildPodStatus(ctx.pod, rt, ctx.node.hostIP).phase;
  const terminal = phase === 'Succeeded' || phase === 'Failed';
  if (terminal && rt.sandboxRemoved === undefined && rt.sandboxAt !== undefined) rt.sandboxRemoved = t;
  setCondition(rt, 'PodReadyToStartContainers', sandboxReady(rt, t), t);
  const incomplete = rt.containers.filter((c) => c.init && !initDone(c)).map((c) => c.name);
  const initialized = incomplete.length === 0 || rt.containers.some((c) => !c.init && !c.ephemeral && c.instances > 0);
  setCondition(rt, 'Initialized', initialized, t, 'ContainersNotInitialized', `containers with incomplete status: [${incomplete.join(' ')}]`);
  const unready = rt.containers.filter((c) => !c.init && !c.ephemeral && !c.ready).map((c) => c.name);
  const reason = terminal ? 'PodCompleted' : 'ContainersNotReady';
  const message = terminal ? undefined : `containers with unready status: [${unready.join(' ')}]`;
  setCondition(rt, 'Ready', unready.length === 0, t, reason, message);
  setCondition(rt, 'ContainersReady', unready.length === 0, t, reason, message);
}

function beginTermination(ctx: SyncContext, t: number): void {
  const pod = ctx.pod;
  const graceMs = (pod.metadata?.deletionGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
  ctx.rt.terminating = { since: t, graceMs };
  for (const c of ctx.rt.containers) {
    if (c.stage === 'running' && c.current?.program) {
      stopContainer(ctx, c, t, 'delete', graceMs);
      c.next = runningNext(c);
    } else Object.assign(c, { stage: 'done', next: undefined, waiting: c.current?.finishedAt !== undefined ? undefined : c.waiting });
  }
}

/**
 * `kubectl set image` on a pod: a running container is replaced, a waiting one retries with the new image.
 * Ephemeral containers added since the last sync (`kubectl debug`) join the runtime.
 */
function applySpecChanges(ctx: SyncContext, t: number): void {
  for (const e of ctx.pod.spec?.ephemeralContainers ?? []) {
    if (!ctx.rt.containers.some((c) => c.ephemeral && c.name === e.name)) ctx.rt.containers.push({ ...container(false, true)(e), next: t });
  }
  const waitingStages = new Set(['image', 'pulling', 'pullBackOff', 'create', 'configError', 'invalidImage']);
  for (const c of ctx.rt.containers) {
    const image = specOf(ctx, c).image ?? '';
    if (image === c.image) continue;
    c.image = image;
    if (c.stage === 'running') {
      stopContainer(ctx, c, t, 'changed', (ctx.pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000);
      c.next = runningNext(c);
    } else if (waitingStages.has(c.stage)) Object.assign(c, { stage: 'image', next: t });
  }
}

function stepAt(ctx: SyncContext, t: number): void {
  const rt = ctx.rt;
  if (!rt.terminating && !rt.mount.ok && rt.mount.nextAt <= t) stepMount(ctx, t);
  schedule(ctx, t);
  for (const c of rt.containers) {
    if (c.next !== undefined && c.next <= t) dispatch(ctx, c, t);
    schedule(ctx, t);
  }
  if (rt.terminating && rt.finished === undefined && rt.containers.every((c) => c.stage === 'done')) {
    rt.finished = t;
    rt.sandboxRemoved = t;
  }
  updateConditions(ctx, t);
}

export function syncPod(input: PodSyncInput): PodSyncResult {
  const rt = input.runtime ? cloneRuntime(input.runtime) : newRuntime(input);
  const ctx: SyncContext = {
    pod: input.pod,
    node: input.node,
    lookup: input.lookup,
    rng: input.rng,
    serviceEnv: input.serviceEnv ?? [],
    rt,
    events: [],
    logs: [],
    present: new Set(input.node.images),
    imagesPulled: [],
    ...(input.net ? { net: input.net } : {}),
  };
  if (!input.runtime) updateConditions(ctx, input.now);
  for (let i = 0; i < MAX_STEPS; i++) {
    const t = nextDue(rt);
    if (t === undefined || t > input.now) break;
    stepAt(ctx, t);
  }
  if (input.pod.metadata?.deletionTimestamp && !rt.terminating) {
    beginTermination(ctx, input.now);
    stepAt(ctx, input.now);
  } else if (!rt.terminating && input.runtime) {
    applySpecChanges(ctx, input.now);
    if (nextDue(rt) === input.now) stepAt(ctx, input.now);
  }
  return {
    runtime: rt,
    status: buildPodStatus(input.pod, rt, input.node.hostIP),
    events: ctx.events,
    logs: ctx.logs,
    imagesPulled: ctx.imagesPulled,
    wakeAt: nextDue(rt),
    readyToDelete: rt.finished !== undefined,
  };
}
