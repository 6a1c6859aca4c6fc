/**
 * The kubelet's answer to `GET pods/log`: which container (one must be named when there are
 * several), which instance (`--previous`), and the errors the real endpoint gives while a
 * container has not started.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { badRequest } from '../api/errors';
import type { LogOptions } from '../client/types';
import type { LogStore } from './logStore';

const WAITING_TEXT: Record<string, string> = {
  ContainerCreating: 'ContainerCreating',
  PodInitializing: 'PodInitializing',
  ErrImagePull: "image can't be pulled",
  ImagePullBackOff: 'trying and failing to pull image',
};

export function readPodLogs(store: LogStore, pod: Pod, opts: LogOptions, nowMs: number): string {
  const name = pod.metadata?.name ?? '';
  const all = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? []), ...(pod.spec?.ephemeralContainers ?? [])].map((c) => c.name);
  const container = opts.container ?? (pod.spec?.containers?.length === 1 ? pod.spec.containers[0].name : undefined);
  if (!container) throw badRequest(`a container name must be specified for pod ${name}, choose one of: [${(pod.spec?.containers ?? []).map((c) => c.name).join(' ')}]`);
  if (!all.includes(container)) throw badRequest(`container ${container} is not valid for pod ${name}`);
  const status = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? []), ...(pod.status?.ephemeralContainerStatuses ?? [])].find((s) => s.name === container);
  const restarts = status?.restartCount ?? 0;
  if (opts.previous) {
    const text = restarts > 0 ? store.read(pod.metadata?.uid ?? '', container, restarts - 1, opts, nowMs) : undefined;
    if (text === undefined) throw badRequest(`previous terminated container "${container}" in pod "${name}" not found`);
    return text;
  }
  const waiting = status?.state?.waiting?.reason;
  const started = status?.state?.running || status?.state?.terminated || status?.lastState?.terminated;
  if (!status || (waiting && !started)) {
    const why = WAITING_TEXT[waiting ?? 'ContainerCreating'] ?? waiting;
    throw badRequest(`container "${container}" in pod "${name}" is waiting to start: ${why}`);
  }
  // A container waiting to restart (CrashLoopBackOff) still serves the last instance's lines.
  const instance = waiting && restarts > 0 && !status.state?.running ? restarts - 1 : restarts;
  return store.read(pod.metadata?.uid ?? '', container, instance, opts, nowMs) ?? '';
}
