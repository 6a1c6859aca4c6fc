/** What one pod sync works with, and the outputs it collects along the way. */
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { Rng } from '../../common/rng';
import type { ObjectLookup } from './containerConfig';
import type { KubeletEvent } from './kubeletEvents';
import type { ContainerRuntime, PodRuntime } from './podRuntime';
import type { ProgramNet, Stream } from './programTypes';

export interface NodeContext {
  name: string;
  hostIP: string;
  /** Normalised references of the images already on the node (`docker.io/library/nginx:1.25`). */
  images: ReadonlySet<string>;
}

export interface ContainerLogLine {
  container: string;
  /** The container's restartCount when it wrote the line (`kubectl logs --previous`). */
  restartCount: number;
  time: number;
  stream: Stream;
  text: string;
}

/** The cluster network as one of the pod's containers reaches it, given the container's image (which tools it ships). */
export type ContainerNet = (image: string) => ProgramNet | undefined;

export interface SyncContext {
  pod: Pod;
  node: NodeContext;
  lookup: ObjectLookup;
  rng: Rng;
  serviceEnv: [string, string][];
  rt: PodRuntime;
  events: KubeletEvent[];
  logs: ContainerLogLine[];
  /** Images on the node including those pulled during this sync. */
  present: Set<string>;
  imagesPulled: string[];
  net?: ContainerNet;
}

/** Where a container is declared in the pod spec. */
export function specField(c: Pick<ContainerRuntime, 'init' | 'ephemeral'>): 'initContainers' | 'containers' | 'ephemeralContainers' {
  return c.ephemeral ? 'ephemeralContainers' : c.init ? 'initContainers' : 'containers';
}

export function specOf(ctx: SyncContext, c: ContainerRuntime): Container {
  // An EphemeralContainer has a Container's fields (the ones it may not set are refused by validation).
  const list = ((ctx.pod.spec?.[specField(c)] ?? []) as Container[]);
  const found = list.find((x) => x.name === c.name);
  if (!found) throw new Error(`container ${c.name} not in spec`);
  return found;
}

export function record(ctx: SyncContext, time: number, c: ContainerRuntime | undefined, e: Omit<KubeletEvent, 'time' | 'fieldPath'>): void {
  const fieldPath = c ? `spec.${specField(c)}{${c.name}}` : undefined;
  ctx.events.push({ time, ...e, ...(fieldPath ? { fieldPath } : {}) });
}

/** `format.Pod`: how kubelet messages name a pod. */
export function podRef(pod: Pod): string {
  return `${pod.metadata?.name}_${pod.metadata?.namespace ?? 'default'}(${pod.metadata?.uid ?? ''})`;
}

export function restartPolicyOf(ctx: SyncContext, c: ContainerRuntime): 'Always' | 'OnFailure' | 'Never' {
  if (c.sidecar) return 'Always';
  if (c.ephemeral) return 'Never';
  return (ctx.pod.spec?.restartPolicy as 'Always' | 'OnFailure' | 'Never' | undefined) ?? 'Always';
}

export function hexId(ctx: SyncContext): string {
  return ctx.rng.string(64, '0123456789abcdef');
}
