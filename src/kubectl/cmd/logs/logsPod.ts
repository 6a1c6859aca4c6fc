/**
 * Which pod and container `kubectl logs` reads: a pod by name, or the first active pod of a
 * workload (`deployment/web`), and the default container when the pod has several.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { labelSelectorAsString, type ClusterClient, type KubeObject, type Stored } from '../../sim';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';

const PODS = { group: '', version: 'v1', resource: 'pods' };
export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

/** controller.ActivePods ordering, reduced to what matters here: running, ready, then oldest. */
function activeFirst(a: Pod, b: Pod): number {
  const rank = (p: Pod) => (p.status?.phase === 'Running' ? 0 : p.status?.phase === 'Pending' ? 1 : 2);
  const ready = (p: Pod) => (p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 0 : 1);
  return rank(a) - rank(b) || ready(a) - ready(b) || (a.metadata?.creationTimestamp ?? '').localeCompare(b.metadata?.creationTimestamp ?? '');
}

/** polymorphichelpers.AttachablePodForObject's candidates: the pod itself, or the workload's pods, most active first. */
export function podsForObject(client: ClusterClient, obj: Stored): Stored<Pod>[] {
  if (obj.kind === 'Pod') return [obj as Stored<Pod>];
  const spec = obj.spec as { selector?: { matchLabels?: Record<string, string> } & Record<string, string> } | undefined;
  const selector = obj.kind === 'Service' || obj.kind === 'ReplicationController' ? Object.entries(spec?.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',') : labelSelectorAsString(spec?.selector);
  const pods = client.list<Pod>(PODS, { namespace: obj.metadata.namespace, labelSelector: selector }).items.sort(activeFirst);
  if (pods.length === 0) throw new KubectlError(messages.logsNoPods(selector));
  return pods;
}

export interface ContainerChoice {
  name: string;
  /** The `Defaulted container …` notice, when kubectl would print one. */
  notice?: string;
}

export function chooseContainer(pod: Stored<Pod>, requested: string): ContainerChoice {
  const containers = pod.spec?.containers ?? [];
  const all = [...(pod.spec?.initContainers ?? []), ...containers, ...(pod.spec?.ephemeralContainers ?? [])].map((c) => c.name);
  if (requested) {
    if (!all.includes(requested)) throw new KubectlError(messages.containerNotFound(requested, pod.metadata.name));
    return { name: requested };
  }
  if (containers.length === 1) return { name: containers[0].name };
  const annotated = pod.metadata.annotations?.[DEFAULT_CONTAINER_ANNOTATION];
  const name = annotated && containers.some((c) => c.name === annotated) ? annotated : containers[0]?.name ?? '';
  return { name, notice: messages.defaultedContainer(name, containers.map((c) => c.name)) };
}

export const isPod = (o: KubeObject) => o.kind === 'Pod';
