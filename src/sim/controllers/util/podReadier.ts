/**
 * Test-only stand-in for the scheduler and kubelet, for controller scenario tests: every new
 * pod is marked Running and Ready `delaySeconds` after it appears, unless `staysUnready` says
 * it never starts. Not wired into real clusters.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { clone } from '../../../common/objects';
import { rfc3339 } from '../../../common/time';
import { isApiError } from '../../api/errors';
import { PODS } from '../../api/resources';
import type { Stored } from '../../api/types';
import { keyOf, type Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import type { Clock } from '../../../common/clock';
import type { ControllerContext } from './controllerContext';
import { isPodReady } from './podReadiness';

export interface PodReadierOptions {
  delaySeconds?: number;
  staysUnready?: (pod: Pod) => boolean;
}

/** Writes the status a kubelet reports for a started pod whose probes pass. */
export function markPodReady(client: ClusterClient, pod: Stored<Pod>, nowMs: number): Stored<Pod> {
  const now = rfc3339(nowMs);
  const conditions = ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True', lastTransitionTime: now }));
  const status = { ...clone(pod.status), phase: 'Running', conditions, startTime: pod.status?.startTime ?? now };
  return client.update<Pod>(PODS, { ...clone(pod), status }, { namespace: pod.metadata.namespace, subresource: 'status' });
}

export class PodReadier implements Runnable {
  readonly name = 'test-pod-readier';
  readonly queue: WorkQueue;
  private readonly client: ClusterClient;
  private readonly clock: Clock;
  private readonly pods: Informer<Pod>;

  constructor(
    ctx: Pick<ControllerContext, 'client' | 'informers' | 'clock'>,
    private readonly opts: PodReadierOptions = {},
  ) {
    this.client = ctx.client;
    this.clock = ctx.clock;
    this.queue = new WorkQueue(ctx.clock);
    this.pods = ctx.informers.for<Pod>(PODS);
    this.pods.addHandler({ onAdd: (pod) => this.queue.addAfter(keyOf(pod), opts.delaySeconds ?? 1) });
  }

  sync(key: string): void {
    const pod = this.pods.getByKey(key);
    if (!pod || pod.metadata.deletionTimestamp || isPodReady(pod) || this.opts.staysUnready?.(pod)) return;
    try {
      markPodReady(this.client, pod, this.clock.now());
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}
