/**
 * ingress-nginx's status sync: once elected, the controller publishes the address it is reached
 * at — on minikube the node's IP — in every Ingress it serves, on a 60-second loop, which is why
 * `kubectl get ingress` shows an empty ADDRESS for up to a minute after creation.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { Ingress, IngressClass } from 'kubernetes-types/networking/v1';
import type { Clock } from '../../common/clock';
import { deepEqual } from '../../common/objects';
import { INGRESSCLASSES, INGRESSES, NODES, PODS } from '../api/resources';
import { isApiError } from '../api/errors';
import { keyOf, splitKey, type Informer, type SharedInformerFactory } from '../client/informer';
import type { Runnable } from '../client/runnable';
import type { ClusterClient } from '../client/types';
import { WorkQueue } from '../client/workQueue';
import { nodeInternalIP, podIsReady } from './clusterView';
import { isIngressController } from './ingressProxy';
import { servedIngresses } from './ingressRouter';

const SYNC_PERIOD_S = 60;

export class IngressStatusUpdater implements Runnable {
  readonly name = 'ingress-nginx-status';
  readonly queue: WorkQueue;
  private readonly ingresses: Informer<Ingress>;
  private readonly classes: Informer<IngressClass>;
  private readonly pods: Informer<Pod>;
  private readonly nodes: Informer<Node>;
  /** Controller pods by key, tracked from pod events so checks never scan every pod. */
  private readonly controllers = new Set<string>();

  constructor(
    private readonly client: ClusterClient,
    informers: SharedInformerFactory,
    private readonly clock: Clock,
  ) {
    this.queue = new WorkQueue(clock);
    this.ingresses = informers.for<Ingress>(INGRESSES);
    this.classes = informers.for<IngressClass>(INGRESSCLASSES);
    this.pods = informers.for<Pod>(PODS);
    this.nodes = informers.for<Node>(NODES);
    const enqueue = (i: Ingress) => this.queue.add(keyOf(i));
    const enqueueAll = () => this.ingresses.list().forEach(enqueue);
    this.ingresses.addHandler({ onAdd: enqueue, onUpdate: (_o, i) => enqueue(i) });
    this.classes.addHandler({ onAdd: enqueueAll, onUpdate: enqueueAll });
    const track = (p: Pod) => {
      if (!isIngressController(p)) return;
      this.controllers.add(keyOf(p));
      enqueueAll();
    };
    this.pods.addHandler({ onAdd: track, onUpdate: (_o, p) => track(p), onDelete: (p) => this.controllers.delete(keyOf(p)) });
    for (const inf of [this.ingresses, this.classes, this.pods, this.nodes]) inf.start();
  }

  /** The ready controller pod and when it became ready (the status loop starts then). */
  private controller(): { pod: Pod; since: number } | undefined {
    const pod = [...this.controllers].map((k) => this.pods.getByKey(k)).find((p): p is NonNullable<typeof p> => !!p && podIsReady(p));
    const ready = pod?.status?.conditions?.find((c) => c.type === 'Ready');
    return pod ? { pod, since: ready?.lastTransitionTime ? Date.parse(ready.lastTransitionTime) : this.clock.now() } : undefined;
  }

  private address(pod: Pod): { ip: string }[] | undefined {
    const node = this.nodes.get('', pod.spec?.nodeName ?? '');
    const ip = node && nodeInternalIP(node);
    return ip ? [{ ip }] : undefined;
  }

  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const ing = this.ingresses.get(namespace, name);
    const ctl = this.controller();
    if (!ing || !ctl || !servedIngresses([ing], this.classes.list()).length) return;
    const want = this.address(ctl.pod);
    if (!want || deepEqual(ing.status?.loadBalancer?.ingress, want)) return;
    const now = this.clock.now();
    const created = Math.max(Date.parse(ing.metadata.creationTimestamp ?? '') || now, ctl.since);
    const nextTick = ctl.since + Math.ceil((created - ctl.since) / (SYNC_PERIOD_S * 1000)) * SYNC_PERIOD_S * 1000;
    if (now < nextTick) return this.queue.addAfter(key, (nextTick - now) / 1000);
    try {
      this.client.update<Ingress>(INGRESSES, { ...ing, status: { loadBalancer: { ingress: want } } }, { namespace, subresource: 'status' });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }

  /** An Ingress still waits for its address: settling hosts keep time moving until it lands. */
  isBusy(): boolean {
    if (!this.controllers.size || !this.ingresses.size()) return false;
    const ctl = this.controller();
    if (!ctl) return false;
    const want = this.address(ctl.pod);
    return servedIngresses(this.ingresses.list(), this.classes.list()).some((i) => !i.metadata?.deletionTimestamp && !deepEqual(i.status?.loadBalancer?.ingress, want));
  }
}
