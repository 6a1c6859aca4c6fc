/**
 * Which cluster events matter to the scheduler: the predicates behind its informer handlers and
 * the queueing hints that decide which waiting pods an event may help.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { deepEqual } from '../../common/objects';
import type { QueueingHint } from './schedulingQueue';

export const isAssigned = (pod: Pod) => !!pod.spec?.nodeName;

/** The real scheduler's informer filters these out (`status.phase!=Succeeded,…`): they hold nothing. */
export const isTerminal = (pod: Pod) => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

/** isPodUpdated: a change beyond status (and bookkeeping metadata) is worth another attempt. */
export function podChangeMatters(old: Pod, pod: Pod): boolean {
  return !deepEqual(old.spec, pod.spec) || !deepEqual(old.metadata?.labels, pod.metadata?.labels) || !deepEqual(old.metadata?.annotations, pod.metadata?.annotations);
}

/** Heartbeats change a node every few seconds; only these fields can change a verdict. */
export function nodeChangeMatters(old: Node, node: Node): boolean {
  return (
    !deepEqual(old.metadata?.labels, node.metadata?.labels) ||
    !deepEqual(old.spec?.taints, node.spec?.taints) ||
    !!old.spec?.unschedulable !== !!node.spec?.unschedulable ||
    !deepEqual(old.status?.allocatable, node.status?.allocatable)
  );
}

const FREED_BY_POD_REMOVAL = ['NodeResourcesFit', 'NodePorts', 'PodTopologySpread', 'InterPodAffinity'];

/** An assigned pod went away: only pods rejected for room, ports or spreading can gain from it. */
export const bindingHint: QueueingHint = (plugins) => FREED_BY_POD_REMOVAL.some((p) => plugins.has(p));

/** A claim, volume or storage class was added or changed: only pods VolumeBinding turned away can gain. */
export const volumeHint: QueueingHint = (plugins) => plugins.has('VolumeBinding');

/** A pod was placed: pods waiting for a neighbour (affinity) or a less skewed spread may gain. */
export const assignedPodAddHint: QueueingHint = (plugins) => plugins.has('InterPodAffinity') || plugins.has('PodTopologySpread');
