/**
 * The pod garbage collector (pkg/controller/podgc): every 20 s it looks for pods bound to a node
 * that does not exist. Such a node is quarantined for 40 s — a node object can be briefly absent
 * while it re-registers — and if the API server still has no such node afterwards, its pods are
 * marked Failed with a DisruptionTarget condition and force-deleted: no kubelet will ever run or
 * clean them up.
 */
import type { Node, Pod, PodCondition } from 'kubernetes-types/core/v1';
import type { Clock } from '../../../common/clock';
import { rfc3339 } from '../../../common/time';
import { isApiError } from '../../api/errors';
import { NODES, PODS } from '../../api/resources';
import type { Stored } from '../../api/types';
import type { Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import type { ControllerContext } from '../util/controllerContext';

export const GC_CHECK_PERIOD_S = 20;
export const QUARANTINE_S = 40;
const GC_KEY = 'gc';

export class PodGCController implements Runnable {
  readonly name = 'pod-garbage-collector';
  readonly queue: WorkQueue;
  private readonly client: ClusterClient;
  private readonly clock: Clock;
  private readonly pods: Informer<Pod>;
  private readonly nodes: Informer<Node>;
  /** The nodeQueue of the real controller: missing node name → when its quarantine ends (ms). */
  private readonly quarantine = new Map<string, number>();

  constructor(ctx: Pick<ControllerContext, 'client' | 'informers' | 'clock'>) {
    this.client = ctx.client;
    this.clock = ctx.clock;
    this.queue = new WorkQueue(ctx.clock);
    this.pods = ctx.informers.for<Pod>(PODS);
    this.nodes = ctx.informers.for<Node>(NODES);
    this.queue.add(GC_KEY);
  }

  sync(): void {
    this.queue.addAfter(GC_KEY, GC_CHECK_PERIOD_S);
    this.gcOrphaned();
  }

  private gcOrphaned(): void {
    const existing = new Set(this.nodes.list().map((n) => n.metadata.name));
    const now = this.clock.now();
    const pods = this.pods.list();
    for (const pod of pods) {
      const node = pod.spec?.nodeName;
      if (node && !existing.has(node) && !this.quarantine.has(node)) this.quarantine.set(node, now + QUARANTINE_S * 1000);
    }
    const deleted = this.discoverDeletedNodes(existing, now);
    for (const pod of pods) {
      if (!deleted.has(pod.spec?.nodeName ?? '')) continue;
      this.markFailedAndDelete(pod, now);
    }
  }

  /** Quarantined nodes whose time is up, asked of the API server itself (the cache may lag). */
  private discoverDeletedNodes(existing: Set<string>, now: number): Set<string> {
    const deleted = new Set<string>();
    for (const [node, readyAt] of this.quarantine) {
      if (readyAt > now) continue;
      this.quarantine.delete(node);
      if (existing.has(node)) continue;
      try {
        this.client.get(NODES, node);
      } catch (e) {
        if (!isApiError(e, 'NotFound')) throw e;
        deleted.add(node);
      }
    }
    return deleted;
  }

  private markFailedAndDelete(pod: Stored<Pod>, now: number): void {
    const { name, namespace } = pod.metadata;
    try {
      const phase = pod.status?.phase;
      if (phase !== 'Succeeded' && phase !== 'Failed') {
        const condition = {
          type: 'DisruptionTarget',
          status: 'True',
          lastProbeTime: null,
          lastTransitionTime: rfc3339(now),
          reason: 'DeletionByPodGC',
          message: 'PodGC: node no longer exists',
        } as unknown as PodCondition;
        const conditions = [...(pod.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'), condition];
        this.client.patch(PODS, name, 'merge', { status: { phase: 'Failed', conditions } }, { namespace, subresource: 'status' });
      }
      this.client.delete(PODS, name, { namespace, gracePeriodSeconds: 0 });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}
