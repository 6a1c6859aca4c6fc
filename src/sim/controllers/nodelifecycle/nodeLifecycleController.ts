/**
 * The node lifecycle controller: every 5 s it checks each node's last heartbeat (its Lease in
 * kube-node-lease, or its Ready condition). After 40 s of silence the node's conditions become
 * Unknown, its pods are marked not ready, and it is tainted `node.kubernetes.io/unreachable`
 * (the taint eviction controller then evicts pods once their toleration runs out).
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import type { Clock } from '../../../common/clock';
import { deepEqual } from '../../../common/objects';
import { rfc3339 } from '../../../common/time';
import { LEASES, NODES, PODS } from '../../api/resources';
import type { Stored } from '../../api/types';
import type { EventRecorder } from '../../client/eventRecorder';
import type { Informer, SharedInformerFactory } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import { desiredTaints, lastHeartbeat, NODE_MONITOR_GRACE_S, readyCondition, unknownConditions } from './nodeHealth';

const NODE_MONITOR_PERIOD_S = 5;
const MONITOR_KEY = 'monitor';

export interface NodeLifecycleDeps {
  client: ClusterClient;
  informers: SharedInformerFactory;
  clock: Clock;
  recorder: EventRecorder;
}

export class NodeLifecycleController implements Runnable {
  readonly name = 'node-lifecycle-controller';
  readonly queue: WorkQueue;
  private readonly nodes: Informer<Node>;
  private readonly leases: Informer<Lease>;
  private readonly pods: Informer<Pod>;
  private readonly registered = new Set<string>();

  constructor(private readonly deps: NodeLifecycleDeps) {
    this.queue = new WorkQueue(deps.clock);
    this.nodes = deps.informers.for<Node>(NODES);
    this.leases = deps.informers.for<Lease>(LEASES);
    this.pods = deps.informers.for<Pod>(PODS);
    this.pods.addIndexer('nodeName', (p) => (p.spec?.nodeName ? [p.spec.nodeName] : []));
    // A node's Ready condition changing (kubelet back, or marked Unknown) settles its taints.
    this.nodes.addHandler({ onAdd: (n) => this.queue.add(n.metadata.name), onUpdate: (o, n) => readyCondition(o)?.status !== readyCondition(n)?.status && this.queue.add(n.metadata.name) });
    this.queue.add(MONITOR_KEY);
  }

  sync(key: string): void {
    if (key !== MONITOR_KEY) return this.reconcileTaints(key);
    this.queue.addAfter(MONITOR_KEY, NODE_MONITOR_PERIOD_S);
    const now = this.deps.clock.now();
    for (const node of this.nodes.list()) {
      const lease = this.leases.get('kube-node-lease', node.metadata.name);
      const renew = lease?.spec?.renewTime ? Date.parse(lease.spec.renewTime) : undefined;
      const silent = now - lastHeartbeat(node, renew) > NODE_MONITOR_GRACE_S * 1000;
      if (silent && readyCondition(node)?.status !== 'Unknown') this.markUnknown(node, now);
    }
  }

  private markUnknown(node: Stored<Node>, now: number): void {
    const wasReady = readyCondition(node)?.status === 'True';
    this.deps.client.update(NODES, { ...node, status: { ...node.status, conditions: unknownConditions(node, now) } }, { subresource: 'status' });
    if (wasReady) this.deps.recorder.event(node, 'Normal', 'NodeNotReady', `Node ${node.metadata.name} status is now: NodeNotReady`);
    this.markPodsNotReady(node.metadata.name, now);
  }

  /** MarkPodsNotReady: the pods' Ready condition turns False so Services stop sending them traffic. */
  private markPodsNotReady(nodeName: string, now: number): void {
    for (const pod of this.pods.byIndex('nodeName', nodeName)) {
      const conditions = pod.status?.conditions ?? [];
      const ready = conditions.find((c) => c.type === 'Ready');
      if (!ready || ready.status === 'False') continue;
      const next = conditions.map((c) => (c.type === 'Ready' ? { ...c, status: 'False', lastTransitionTime: rfc3339(now) } : c));
      this.deps.client.update(PODS, { ...pod, status: { ...pod.status, conditions: next } }, { namespace: pod.metadata.namespace, subresource: 'status' });
      this.deps.recorder.event(pod, 'Warning', 'NodeNotReady', 'Node is not ready');
    }
  }

  private reconcileTaints(name: string): void {
    const node = this.nodes.get('', name);
    if (!node) {
      this.registered.delete(name);
      return;
    }
    if (!this.registered.has(name)) {
      this.registered.add(name);
      this.deps.recorder.event(node, 'Normal', 'RegisteredNode', `Node ${name} event: Registered Node ${name} in Controller`);
    }
    const taints = desiredTaints(node, this.deps.clock.now());
    if (deepEqual(taints, node.spec?.taints ?? [])) return;
    this.deps.client.patch(NODES, name, 'merge', { spec: { taints: taints.length ? taints : null } });
  }
}
