/**
 * The taint eviction controller (formerly the NoExecute taint manager): deletes pods from nodes
 * whose NoExecute taints they do not tolerate, or no longer tolerate — the 300 s default
 * tolerations for not-ready/unreachable are why pods leave a dead node after five minutes.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { isApiError } from '../../api/errors';
import { NODES, PODS } from '../../api/resources';
import { splitKey, type Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import { WorkQueue } from '../../client/workQueue';
import type { NodeLifecycleDeps } from './nodeLifecycleController';
import { evictionTime } from './taintEviction';

export class TaintEvictionController implements Runnable {
  readonly name = 'taint-eviction-controller';
  readonly queue: WorkQueue;
  private readonly nodes: Informer<Node>;
  private readonly pods: Informer<Pod>;

  constructor(private readonly deps: NodeLifecycleDeps) {
    this.queue = new WorkQueue(deps.clock);
    this.nodes = deps.informers.for<Node>(NODES);
    this.pods = deps.informers.for<Pod>(PODS);
    this.pods.addIndexer('nodeName', (p) => (p.spec?.nodeName ? [p.spec.nodeName] : []));
    const enqueuePod = (p: Pod) => p.spec?.nodeName && this.hasNoExecute(p.spec.nodeName) && this.queue.add(`${p.metadata?.namespace}/${p.metadata?.name}`);
    this.pods.addHandler({ onAdd: enqueuePod, onUpdate: (_o, p) => enqueuePod(p) });
    const enqueueNode = (n: Node) => this.pods.byIndex('nodeName', n.metadata!.name!).forEach((p) => this.queue.add(`${p.metadata.namespace}/${p.metadata.name}`));
    this.nodes.addHandler({ onAdd: enqueueNode, onUpdate: (_o, n) => enqueueNode(n) });
  }

  private hasNoExecute(nodeName: string): boolean {
    return (this.nodes.get('', nodeName)?.spec?.taints ?? []).some((t) => t.effect === 'NoExecute');
  }

  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const pod = this.pods.get(namespace, name);
    if (!pod?.spec?.nodeName || pod.metadata.deletionTimestamp) return;
    const node = this.nodes.get('', pod.spec.nodeName);
    const at = evictionTime(pod, node?.spec?.taints ?? []);
    if (at === undefined) return;
    const wait = (at - this.deps.clock.now()) / 1000;
    if (wait > 0) return this.queue.addAfter(key, wait);
    this.deps.recorder.event(pod, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${namespace}/${name}`);
    try {
      this.deps.client.delete(PODS, name, { namespace });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}
