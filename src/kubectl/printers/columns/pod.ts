/**
 * Pod rows, following printPod: READY counts ready containers (sidecars included), STATUS is
 * the most telling reason among phase, init containers and containers, RESTARTS carries the
 * age of the last restart.
 */
import type { Container, ContainerStatus, Pod, PodCondition } from 'kubernetes-types/core/v1';
import { humanDuration, translateTimestampSince } from '../age';
import { parseTime } from '../../../common/time';
import { ageColumn, col, nameColumn, type Cell, type TableConvertor } from './types';

/** The reason the node lifecycle controller sets on pods of an unreachable node. */
const NODE_UNREACHABLE_POD_REASON = 'NodeLost';

export const podTable: TableConvertor<Pod> = {
  columns: [
    nameColumn,
    col('Ready'),
    col('Status'),
    col('Restarts'),
    ageColumn,
    col('IP', 1),
    col('Node', 1),
    col('Nominated Node', 1),
    col('Readiness Gates', 1),
  ],
  cells(pod, now) {
    const summary = podSummary(pod, now);
    return [
      pod.metadata?.name ?? '',
      summary.ready,
      summary.status,
      summary.restarts,
      translateTimestampSince(pod.metadata?.creationTimestamp, now),
      ...wideCells(pod),
    ];
  },
};

export interface PodSummary {
  ready: string;
  status: string;
  restarts: string;
}

/** The READY, STATUS and RESTARTS cells of a pod at `now`. */
export function podSummary(pod: Pod, now: number): PodSummary {
  const spec = pod.spec;
  const status = pod.status ?? {};
  const phase = status.phase ?? '';
  let reason = status.reason || phase;
  if ((status.conditions ?? []).some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) {
    reason = 'SchedulingGated';
  }

  const initContainers = new Map<string, Container>();
  let totalContainers = spec?.containers?.length ?? 0;
  for (const c of spec?.initContainers ?? []) {
    initContainers.set(c.name, c);
    if (isRestartableInitContainer(c)) totalContainers++;
  }

  const init = summarizeInitContainers(pod, initContainers);
  let { restarts, lastRestart, ready } = init;
  if (init.reason !== undefined) reason = init.reason;

  if (!init.initializing || isPodInitialized(status.conditions)) {
    restarts = init.sidecarRestarts;
    lastRestart = init.sidecarLastRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    // Walk backwards so the first container's reason wins, as printPod does.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i];
      restarts += c.restartCount ?? 0;
      lastRestart = Math.max(lastRestart, lastTerminationTime(c));
      const waiting = c.state?.waiting;
      const terminated = c.state?.terminated;
      if (waiting?.reason) {
        reason = waiting.reason;
      } else if (terminated?.reason) {
        reason = terminated.reason;
      } else if (terminated) {
        reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode ?? 0}`;
      } else if (c.ready && c.state?.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      reason = hasPodReadyCondition(status.conditions) ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata?.deletionTimestamp && status.reason === NODE_UNREACHABLE_POD_REASON) {
    reason = 'Unknown';
  } else if (pod.metadata?.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') {
    reason = 'Terminating';
  }

  let restartsText = String(restarts);
  if (restarts !== 0 && lastRestart > 0) restartsText = `${restarts} (${humanDuration(now - lastRestart)} ago)`;
  return { ready: `${ready}/${totalContainers}`, status: reason, restarts: restartsText };
}

interface InitSummary {
  reason?: string;
  initializing: boolean;
  restarts: number;
  lastRestart: number;
  sidecarRestarts: number;
  sidecarLastRestart: number;
  ready: number;
}

function summarizeInitContainers(pod: Pod, initContainers: Map<string, Container>): InitSummary {
  const out: InitSummary = { initializing: false, restarts: 0, lastRestart: 0, sidecarRestarts: 0, sidecarLastRestart: 0, ready: 0 };
  const statuses = pod.status?.initContainerStatuses ?? [];
  const total = pod.spec?.initContainers?.length ?? 0;
  for (let i = 0; i < statuses.length; i++) {
    const c = statuses[i];
    const sidecar = isRestartableInitContainer(initContainers.get(c.name));
    out.restarts += c.restartCount ?? 0;
    out.lastRestart = Math.max(out.lastRestart, lastTerminationTime(c));
    if (sidecar) {
      out.sidecarRestarts += c.restartCount ?? 0;
      out.sidecarLastRestart = Math.max(out.sidecarLastRestart, lastTerminationTime(c));
    }
    const terminated = c.state?.terminated;
    const waiting = c.state?.waiting;
    if (terminated && (terminated.exitCode ?? 0) === 0) continue;
    if (sidecar && c.started) {
      if (c.ready) out.ready++;
      continue;
    }
    if (terminated) {
      if (terminated.reason) out.reason = `Init:${terminated.reason}`;
      else out.reason = terminated.signal ? `Init:Signal:${terminated.signal}` : `Init:ExitCode:${terminated.exitCode ?? 0}`;
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      out.reason = `Init:${waiting.reason}`;
    } else {
      out.reason = `Init:${i}/${total}`;
    }
    out.initializing = true;
    break;
  }
  return out;
}

function isRestartableInitContainer(c: Container | undefined): boolean {
  return c?.restartPolicy === 'Always';
}

function lastTerminationTime(c: ContainerStatus): number {
  return parseTime(c.lastState?.terminated?.finishedAt ?? undefined) ?? 0;
}

function hasPodReadyCondition(conditions: PodCondition[] | undefined): boolean {
  return (conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

function isPodInitialized(conditions: PodCondition[] | undefined): boolean {
  return (conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');
}

function wideCells(pod: Pod): Cell[] {
  const podIP = pod.status?.podIPs?.[0]?.ip || '<none>';
  const nodeName = pod.spec?.nodeName || '<none>';
  const nominated = pod.status?.nominatedNodeName || '<none>';
  let readinessGates = '<none>';
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length > 0) {
    const conditions = pod.status?.conditions ?? [];
    const trueCount = gates.filter((g) => conditions.find((c) => c.type === g.conditionType)?.status === 'True').length;
    readinessGates = `${trueCount}/${gates.length}`;
  }
  return [podIP, nodeName, nominated, readinessGates];
}
