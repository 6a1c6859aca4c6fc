/**
 * The nominator: pods that preempted others wait, unbound, with `status.nominatedNodeName`
 * set. Until they are bound, the room they freed is theirs — filtering counts them on their
 * nominated node for every pod of equal or lower priority, so a victim's replacement cannot
 * take the space its own eviction made.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Stored } from '../../api/types';
import { keyOf } from '../../client/informer';
import type { NodeInfo } from '../nodeInfo';
import { podInfoOf, type PodInfo } from '../podInfo';

export const podPriority = (pod: Pod): number => pod.spec?.priority ?? 0;

export class Nominator {
  /** Node name → pod key → the nominated pod. */
  private readonly byNode = new Map<string, Map<string, PodInfo>>();
  private readonly nodeOf = new Map<string, string>();

  /** Follows a pod's nominatedNodeName: set on an unbound pod nominates it, anything else forgets it. */
  update(pod: Stored<Pod>): void {
    const key = keyOf(pod);
    const node = pod.spec?.nodeName ? undefined : pod.status?.nominatedNodeName;
    this.remove(key);
    if (!node || pod.metadata.deletionTimestamp) return;
    let pods = this.byNode.get(node);
    if (!pods) this.byNode.set(node, (pods = new Map()));
    pods.set(key, podInfoOf(pod));
    this.nodeOf.set(key, node);
  }

  remove(key: string): void {
    const node = this.nodeOf.get(key);
    if (node === undefined) return;
    this.nodeOf.delete(key);
    const pods = this.byNode.get(node)!;
    pods.delete(key);
    if (pods.size === 0) this.byNode.delete(node);
  }

  /** Pods nominated to the node that outrank or equal `pod`, other than the pod itself. */
  nominatedFor(node: string, pod: Pod, key: string): PodInfo[] {
    const pods = this.byNode.get(node);
    if (!pods) return [];
    const priority = podPriority(pod);
    return [...pods.values()].filter((p) => p.key !== key && podPriority(p.pod) >= priority);
  }

  /** Lower-priority pods nominated to the node: a new preemptor there takes their place. */
  lowerPriorityNominated(node: string, priority: number): PodInfo[] {
    return [...(this.byNode.get(node)?.values() ?? [])].filter((p) => podPriority(p.pod) < priority);
  }

  /**
   * addNominatedPods: the node as filtering should see it for `pod` — with the nominated pods
   * it must leave room for. The node itself when there are none (no copy).
   */
  withNominatedPods(node: NodeInfo, pod: Pod, key: string): NodeInfo {
    const extra = this.nominatedFor(node.name, pod, key);
    if (extra.length === 0) return node;
    const copy = node.clone();
    for (const p of extra) copy.addPod(p);
    return copy;
  }
}
