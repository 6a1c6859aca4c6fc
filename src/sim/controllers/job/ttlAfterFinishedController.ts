/**
 * The TTL-after-finished controller (pkg/controller/ttlafterfinished): deletes a finished Job
 * `ttlSecondsAfterFinished` after it completed or failed, in the foreground so its pods go
 * first.
 */
import type { Job } from 'kubernetes-types/batch/v1';
import type { Clock } from '../../../common/clock';
import { parseTime } from '../../../common/time';
import { isApiError } from '../../api/errors';
import { JOBS } from '../../api/resources';
import { keyOf, type Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import type { ControllerContext } from '../util/controllerContext';
import { finishTime, isJobFinished } from './jobConditions';

/** Seconds until the Job expires (≤ 0: expired), or undefined when it has no TTL or is not finished. */
export function timeLeft(job: Job, nowMs: number): number | undefined {
  const ttl = job.spec?.ttlSecondsAfterFinished;
  if (ttl === undefined || ttl === null || !isJobFinished(job)) return undefined;
  const finished = parseTime(finishTime(job));
  if (finished === undefined) return undefined;
  return (finished + ttl * 1000 - nowMs) / 1000;
}

export class TTLAfterFinishedController implements Runnable {
  readonly name = 'ttl-after-finished-controller';
  readonly queue: WorkQueue;
  private readonly client: ClusterClient;
  private readonly clock: Clock;
  private readonly jobInformer: Informer<Job>;

  constructor(ctx: ControllerContext) {
    this.client = ctx.client;
    this.clock = ctx.clock;
    this.queue = new WorkQueue(ctx.clock);
    this.jobInformer = ctx.informers.for<Job>(JOBS);
    const enqueue = (job: Job) => {
      if (!job.metadata?.deletionTimestamp && timeLeft(job, this.clock.now()) !== undefined) this.queue.add(keyOf(job));
    };
    this.jobInformer.addHandler({ onAdd: enqueue, onUpdate: (_o, j) => enqueue(j) });
  }

  sync(key: string): void {
    const job = this.jobInformer.getByKey(key);
    if (!job || job.metadata.deletionTimestamp) return;
    const left = timeLeft(job, this.clock.now());
    if (left === undefined) return;
    if (left > 0) {
      this.queue.addAfter(key, left);
      return;
    }
    try {
      // The uid precondition keeps a Job recreated under the same name safe.
      this.client.delete(JOBS, job.metadata.name, { namespace: job.metadata.namespace, propagationPolicy: 'Foreground', preconditions: { uid: job.metadata.uid } });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}
