/**
 * The pod `status` the kubelet writes, derived from the runtime record the way
 * generateAPIPodStatus and getPhase derive it.
 */
import type { Container, ContainerState, ContainerStatus, Pod, PodCondition, PodStatus, VolumeMountStatus } from 'kubernetes-types/core/v1';
import { rfc3339 } from '../../common/time';
import type { ContainerRuntime, PodRuntime } from './podRuntime';
import { qosClass } from './qos';
import { specField } from './syncContext';

type Phase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';

function terminatedState(i: NonNullable<ContainerRuntime['current']>): ContainerState {
  return {
    terminated: {
      containerID: i.containerID,
      exitCode: i.exitCode ?? 0,
      finishedAt: rfc3339(i.finishedAt ?? 0),
      ...(i.message ? { message: i.message } : {}),
      reason: i.reason,
      startedAt: rfc3339(i.startedAt ?? 0),
    },
  };
}

export function initDone(c: ContainerRuntime): boolean {
  if (c.sidecar) return c.stage === 'running' && c.started;
  return c.stage === 'done' && c.current?.exitCode === 0;
}

/** The runtime reports mounts once the container exists (RecursiveReadOnlyMounts, on since v1.31). */
function mountStatuses(spec: Container | undefined): VolumeMountStatus[] | undefined {
  const mounts = spec?.volumeMounts;
  if (!mounts?.length) return undefined;
  return mounts.map((m) => ({ mountPath: m.mountPath, name: m.name, ...(m.readOnly ? { readOnly: true, recursiveReadOnly: 'Disabled' } : {}) }));
}

export function containerStatus(c: ContainerRuntime, defaultReason: string, spec?: Container): ContainerStatus {
  const cur = c.current;
  const mounts = mountStatuses(spec);
  let state: ContainerState;
  let last: ContainerState = c.previous?.finishedAt !== undefined ? terminatedState(c.previous) : {};
  const exited = cur?.finishedAt !== undefined;
  if (c.stage === 'running' && cur) state = { running: { startedAt: rfc3339(cur.startedAt ?? 0) } };
  else if (c.waiting && c.stage !== 'done') {
    state = { waiting: { reason: c.waiting.reason, ...(c.waiting.message ? { message: c.waiting.message } : {}) } };
    if (exited) last = terminatedState(cur!);
  } else if (exited) state = terminatedState(cur!);
  else state = { waiting: { reason: defaultReason } };
  return {
    ...(cur ? { containerID: cur.containerID } : {}),
    image: c.normalizedImage ?? c.image,
    imageID: c.imageID ?? '',
    lastState: last,
    name: c.name,
    ready: c.ready,
    restartCount: Math.max(0, c.instances - 1),
    started: c.stage === 'running' && c.started,
    state,
    ...(cur && mounts ? { volumeMounts: mounts } : {}),
  };
}

/** getPhase over the statuses, as pkg/kubelet/kubelet_pods.go computes it. */
export function podPhase(pod: Pod, init: ContainerStatus[], regular: ContainerStatus[], terminal: boolean): Phase {
  const policy = pod.spec?.restartPolicy ?? 'Always';
  const initSpec = pod.spec?.initContainers ?? [];
  for (const s of init) {
    const t = s.state?.terminated;
    const sidecar = initSpec.find((x) => x.name === s.name)?.restartPolicy === 'Always';
    if (t && t.exitCode !== 0 && policy === 'Never' && !sidecar) return 'Failed';
  }
  let waiting = 0;
  let running = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const s of regular) {
    if (s.state?.running) running++;
    else if (s.state?.terminated) {
      stopped++;
      if (s.state.terminated.exitCode === 0) succeeded++;
    } else if (s.lastState?.terminated) stopped++;
    else waiting++;
  }
  const initPending = init.some((s, i) => !(s.state?.terminated?.exitCode === 0 || (initSpec[i]?.restartPolicy === 'Always' && s.started)));
  if ((initPending && running + stopped === 0) || waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0) {
    if (terminal) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (policy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    return policy === 'Never' ? 'Failed' : 'Running';
  }
  return 'Pending';
}

function condition(rt: PodRuntime, type: string): PodCondition {
  const c = rt.conditions[type];
  return {
    // The real API server serialises this unset field as an explicit null.
    lastProbeTime: null as unknown as undefined,
    lastTransitionTime: rfc3339(c.since),
    ...(c.message ? { message: c.message } : {}),
    ...(c.reason ? { reason: c.reason } : {}),
    status: c.status,
    type,
  };
}

export function buildPodStatus(pod: Pod, rt: PodRuntime, hostIP: string): PodStatus & { phase: Phase } {
  const initContainers = rt.containers.filter((c) => c.init);
  const regular = rt.containers.filter((c) => !c.init && !c.ephemeral);
  const initializing = initContainers.some((c) => !initDone(c));
  const specOf = (c: ContainerRuntime) => ((pod.spec?.[specField(c)] ?? []) as Container[]).find((x) => x.name === c.name);
  const init = initContainers.map((c) => containerStatus(c, 'PodInitializing', specOf(c)));
  const main = regular.map((c) => containerStatus(c, initializing ? 'PodInitializing' : 'ContainerCreating', specOf(c)));
  const ephemeral = rt.containers.filter((c) => c.ephemeral).map((c) => containerStatus(c, 'ContainerCreating', specOf(c)));
  const phase = podPhase(pod, init, main, rt.finished !== undefined);
  const scheduled = (pod.status?.conditions ?? []).filter((c) => c.type === 'PodScheduled');
  // The IP stays in the status after the sandbox is gone, as on a real node.
  const sandboxStarted = rt.conditions.PodReadyToStartContainers?.status === 'True' || rt.sandboxRemoved !== undefined;
  const order = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady'].filter((t) => rt.conditions[t]);
  return {
    conditions: [...order.map((t) => condition(rt, t)), ...scheduled],
    ...(init.length ? { initContainerStatuses: init } : {}),
    containerStatuses: main,
    ...(ephemeral.length ? { ephemeralContainerStatuses: ephemeral } : {}),
    hostIP,
    hostIPs: [{ ip: hostIP }],
    phase,
    ...(sandboxStarted ? { podIP: rt.podIP, podIPs: [{ ip: rt.podIP }] } : {}),
    qosClass: qosClass(pod),
    startTime: rfc3339(rt.firstSeen),
  };
}

