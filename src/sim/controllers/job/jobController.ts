/**
 * The Job controller (pkg/controller/job): runs pods from the template until `completions`
 * succeed (or, for a work queue, one does), at most `parallelism` at a time, replacing failed
 * pods after a growing backoff until `backoffLimit` or `activeDeadlineSeconds` ends the Job.
 */
import type { Job, JobStatus } from 'kubernetes-types/batch/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Clock } from '../../../common/clock';
import { clone, deepEqual } from '../../../common/objects';
import { rfc3339 } from '../../../common/time';
import { isApiError } from '../../api/errors';
import { matches, selectorFromLabelSelector, type LabelSelectorParsed } from '../../api/labels';
import { JOBS, PODS } from '../../api/resources';
import type { Stored } from '../../api/types';
import { EventRecorder } from '../../client/eventRecorder';
import { keyOf, type Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import { isNamespaceTerminating, PodControl } from '../replicaset/podControl';
import { getPodsToDelete } from '../replicaset/getPodsToDelete';
import type { ControllerContext } from '../util/controllerContext';
import { asKubeObject, getControllerOf, newControllerRef } from '../util/controllerRef';
import { ControllerRefManager } from '../util/controllerRefManager';
import { slowStartBatch } from '../util/slowStartBatch';
import { formatIndexes, firstPendingIndexes } from './indexes';
import { BACKOFF_LIMIT_EXCEEDED, COMPLETIONS_REACHED, DEADLINE_EXCEEDED, JOB_RESUMED, JOB_SUSPENDED, hasTrueCondition, isJobFinished, newCondition, withCondition, findCondition, type ConditionText } from './jobConditions';
import { jobPod } from './jobPod';
import { countPods, deadlineRemaining, exceedsBackoffLimit, failureBackoffRemaining, isIndexedJob, successCriteriaMet, wantActive, type PodCounts } from './jobStatus';

const CONTROLLER_UID_INDEX = 'namespace/controllerUID';
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface Finish {
  success: boolean;
  why: ConditionText;
}

export class JobController implements Runnable {
  readonly name = 'job-controller';
  readonly queue: WorkQueue;
  private readonly client: ClusterClient;
  private readonly clock: Clock;
  private readonly recorder: EventRecorder;
  private readonly podControl: PodControl;
  private readonly jobInformer: Informer<Job>;
  private readonly podInformer: Informer<Pod>;

  constructor(ctx: ControllerContext) {
    this.client = ctx.client;
    this.clock = ctx.clock;
    this.queue = new WorkQueue(ctx.clock);
    this.recorder = new EventRecorder(ctx.client, ctx.clock, { component: 'job-controller' });
    this.podControl = new PodControl(ctx.client, this.recorder);
    this.jobInformer = ctx.informers.for<Job>(JOBS);
    this.podInformer = ctx.informers.for<Pod>(PODS);
    this.podInformer.addIndexer(CONTROLLER_UID_INDEX, (pod) => [`${pod.metadata.namespace ?? ''}/${getControllerOf(pod)?.uid ?? ''}`]);
    this.jobInformer.addHandler({ onAdd: (j) => this.queue.add(keyOf(j)), onUpdate: (_o, j) => this.queue.add(keyOf(j)) });
    const onPod = (pod: Stored<Pod>) => this.enqueueOwner(pod);
    this.podInformer.addHandler({ onAdd: onPod, onUpdate: (_o, p) => onPod(p), onDelete: onPod });
  }

  sync(key: string): void {
    this.syncJob(key);
  }

  syncJob(key: string): void {
    const job = this.jobInformer.getByKey(key);
    if (!job || isJobFinished(job) || job.metadata.deletionTimestamp) return;
    let selector: LabelSelectorParsed;
    try {
      selector = selectorFromLabelSelector(job.spec?.selector);
    } catch {
      return;
    }
    const pods = this.claimPods(job, selector);
    const now = this.clock.now();
    const counts = countPods(job, pods);
    const status: JobStatus = clone(job.status ?? {});
    const suspended = job.spec?.suspend === true;
    this.syncSuspension(job, status, suspended, now);
    const finish = this.finishOf({ ...job, status }, counts, now);
    let active = counts.active.length;
    let terminating = counts.terminating;
    if (finish || suspended) {
      const deleted = this.deletePods(job, counts.active);
      active -= deleted;
      terminating += deleted;
    } else {
      const delta = this.manageJob(job, counts, now);
      active += delta;
    }
    if (finish) this.recordFinish(job, status, finish, active + terminating === 0, now);
    Object.assign(status, {
      active: active || undefined,
      succeeded: counts.succeeded || undefined,
      failed: counts.failed || undefined,
      ready: counts.ready,
      terminating,
      uncountedTerminatedPods: status.uncountedTerminatedPods ?? {},
    });
    if (isIndexedJob(job)) status.completedIndexes = formatIndexes(counts.completedIndexes) || undefined;
    this.updateJobStatus(job, status);
    const remaining = deadlineRemaining({ ...job, status }, now);
    if (!finish && !suspended && remaining !== undefined) this.queue.addAfter(key, Math.max(remaining, 0.001));
  }

  /**
   * Suspending deletes the active pods and clears nothing else; resuming restarts the clock
   * that activeDeadlineSeconds counts against.
   */
  private syncSuspension(job: Stored<Job>, status: JobStatus, suspended: boolean, now: number): void {
    const wasSuspended = findCondition({ status }, 'Suspended')?.status === 'True';
    if (suspended && !wasSuspended) {
      status.conditions = withCondition(status.conditions, newCondition('Suspended', 'True', JOB_SUSPENDED, now));
      this.recorder.event(asKubeObject(job), 'Normal', 'Suspended', 'Job suspended');
    } else if (!suspended && wasSuspended) {
      status.conditions = withCondition(status.conditions, newCondition('Suspended', 'False', JOB_RESUMED, now));
      this.recorder.event(asKubeObject(job), 'Normal', 'Resumed', 'Job resumed');
      status.startTime = rfc3339(now);
    }
    if (!suspended && !status.startTime) status.startTime = rfc3339(now);
  }

  /** The outcome already decided (interim condition) or decided now, if any. */
  private finishOf(job: Job, c: PodCounts, now: number): Finish | undefined {
    const failing = findCondition(job, 'FailureTarget');
    if (failing?.status === 'True') return { success: false, why: { reason: failing.reason ?? '', message: failing.message ?? '' } };
    if (hasTrueCondition(job, 'SuccessCriteriaMet')) return { success: true, why: COMPLETIONS_REACHED };
    if (exceedsBackoffLimit(job, c)) return { success: false, why: BACKOFF_LIMIT_EXCEEDED };
    const remaining = deadlineRemaining(job, now);
    if (remaining !== undefined && remaining <= 0) return { success: false, why: DEADLINE_EXCEEDED };
    if (successCriteriaMet(job, c)) return { success: true, why: COMPLETIONS_REACHED };
    return undefined;
  }

  /** The interim condition at once; the terminal one when no pod is left running or terminating. */
  private recordFinish(job: Stored<Job>, status: JobStatus, f: Finish, podsGone: boolean, now: number): void {
    const interim = f.success ? 'SuccessCriteriaMet' : 'FailureTarget';
    if (findCondition({ status }, interim)?.status !== 'True') {
      status.conditions = withCondition(status.conditions, newCondition(interim, 'True', f.why, now));
      if (!f.success) this.recorder.event(asKubeObject(job), 'Warning', f.why.reason, f.why.message);
    }
    if (!podsGone) return;
    status.conditions = withCondition(status.conditions, newCondition(f.success ? 'Complete' : 'Failed', 'True', f.why, now));
    if (f.success) {
      status.completionTime = rfc3339(now);
      this.recorder.event(asKubeObject(job), 'Normal', 'Completed', 'Job completed');
    }
  }

  /** Creates or deletes pods towards wantActive; returns the change in active pods. */
  private manageJob(job: Stored<Job>, c: PodCounts, now: number): number {
    const want = wantActive(job, c.succeeded, c.active.length);
    const diff = want - c.active.length;
    if (diff < 0) {
      const extra = getPodsToDelete(c.active, c.active, -diff, now);
      return -this.deletePods(job, extra);
    }
    if (diff === 0) return 0;
    const wait = failureBackoffRemaining(c, now);
    if (wait > 0) {
      this.queue.addAfter(keyOf(job), wait);
      return 0;
    }
    const indexes = isIndexedJob(job) ? firstPendingIndexes(c.completedIndexes, c.active, diff, job.spec?.completions ?? 0) : undefined;
    const count = indexes ? indexes.length : diff;
    let i = 0;
    const { successes, error } = slowStartBatch(count, 1, () => this.createPod(job, indexes?.[i++]));
    if (error !== undefined) throw error;
    return successes;
  }

  private createPod(job: Stored<Job>, index: number | undefined): void {
    const pod = jobPod(job, newControllerRef(job, 'batch/v1', 'Job'), index);
    let created: Stored<Pod>;
    try {
      created = this.client.create<Pod>(PODS, pod, { namespace: job.metadata.namespace });
    } catch (e) {
      if (isNamespaceTerminating(e)) return;
      this.recorder.event(asKubeObject(job), 'Warning', 'FailedCreate', `Error creating: ${errorText(e)}`);
      throw e;
    }
    this.recorder.event(asKubeObject(job), 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`);
  }

  private deletePods(job: Stored<Job>, pods: readonly Pod[]): number {
    let deleted = 0;
    for (const pod of pods) {
      try {
        this.podControl.deletePod(job.metadata.namespace ?? '', pod.metadata?.name ?? '', asKubeObject(job));
        deleted++;
      } catch (e) {
        if (!isApiError(e, 'NotFound')) throw e;
      }
    }
    return deleted;
  }

  private claimPods(job: Stored<Job>, selector: LabelSelectorParsed): Stored<Pod>[] {
    const ns = job.metadata.namespace ?? '';
    const candidates = [...this.podInformer.byIndex(CONTROLLER_UID_INDEX, `${ns}/${job.metadata.uid}`), ...this.podInformer.byIndex(CONTROLLER_UID_INDEX, `${ns}/`)];
    const manager = new ControllerRefManager({ client: this.client, owner: job, ownerApiVersion: 'batch/v1', ownerKind: 'Job', selector, resource: PODS });
    return manager.claim(candidates);
  }

  private updateJobStatus(job: Stored<Job>, status: JobStatus): void {
    if (deepEqual(job.status ?? {}, status)) return;
    this.client.update<Job>(JOBS, { ...job, status }, { namespace: job.metadata.namespace, subresource: 'status' });
  }

  private enqueueOwner(pod: Stored<Pod>): void {
    const ns = pod.metadata.namespace ?? '';
    const ref = getControllerOf(pod);
    if (ref) {
      if (ref.kind !== 'Job') return;
      const job = this.jobInformer.get(ns, ref.name);
      if (job && job.metadata.uid === ref.uid) this.queue.add(keyOf(job));
      return;
    }
    for (const job of this.jobInformer.list(ns)) {
      try {
        if (matches(selectorFromLabelSelector(job.spec?.selector), pod.metadata.labels)) this.queue.add(keyOf(job));
      } catch {
        continue;
      }
    }
  }
}
