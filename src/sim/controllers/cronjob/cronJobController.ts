/**
 * The CronJob controller (pkg/controller/cronjob, v2): at each activation of the schedule on
 * the virtual clock it creates a Job from the template — unless suspended, too late for
 * startingDeadlineSeconds, or held back by concurrencyPolicy — tracks its active Jobs, records
 * the last schedule and success, and trims the finished Jobs to the history limits.
 */
import type { CronJob, CronJobStatus, Job } from 'kubernetes-types/batch/v1';
import type { ObjectReference } from 'kubernetes-types/core/v1';
import type { Clock } from '../../../common/clock';
import { clone, deepEqual } from '../../../common/objects';
import { parseTime, rfc3339 } from '../../../common/time';
import { isApiError } from '../../api/errors';
import { CRONJOBS, JOBS } from '../../api/resources';
import type { Stored } from '../../api/types';
import { EventRecorder } from '../../client/eventRecorder';
import { keyOf, type Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import { findCondition, isJobFinished } from '../job/jobConditions';
import type { ControllerContext } from '../util/controllerContext';
import { asKubeObject, getControllerOf, newControllerRef } from '../util/controllerRef';
import { getJobFromTemplate } from './jobFromTemplate';
import { mostRecentScheduleTime, nextScheduleTime, parseZonedSchedule, type ZonedSchedule } from './schedule';
import { isValidTimeZone } from './timeZone';
import { jobsToDelete } from './history';

/** The controller wakes up just after an activation, as the real one adds 100 ms. */
const NEXT_SCHEDULE_DELTA_S = 0.1;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** time.RFC1123Z in UTC: `Sat, 01 Jun 2024 00:00:00 +0000`. */
function rfc1123z(ms: number): string {
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${day}, ${p(d.getUTCDate())} ${month} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export class CronJobController implements Runnable {
  readonly name = 'cronjob-controller';
  readonly queue: WorkQueue;
  private readonly client: ClusterClient;
  private readonly clock: Clock;
  private readonly recorder: EventRecorder;
  private readonly cronJobInformer: Informer<CronJob>;
  private readonly jobInformer: Informer<Job>;

  constructor(ctx: ControllerContext) {
    this.client = ctx.client;
    this.clock = ctx.clock;
    this.queue = new WorkQueue(ctx.clock);
    this.recorder = new EventRecorder(ctx.client, ctx.clock, { component: 'cronjob-controller' });
    this.cronJobInformer = ctx.informers.for<CronJob>(CRONJOBS);
    this.jobInformer = ctx.informers.for<Job>(JOBS);
    this.cronJobInformer.addHandler({ onAdd: (cj) => this.queue.add(keyOf(cj)), onUpdate: (_o, cj) => this.queue.add(keyOf(cj)) });
    const onJob = (job: Stored<Job>) => {
      const ref = getControllerOf(job);
      if (ref?.kind === 'CronJob') this.queue.add(`${job.metadata.namespace}/${ref.name}`);
    };
    this.jobInformer.addHandler({ onAdd: onJob, onUpdate: (_o, j) => onJob(j), onDelete: onJob });
  }

  sync(key: string): void {
    const cj = this.cronJobInformer.getByKey(key);
    if (!cj || cj.metadata.deletionTimestamp) return;
    const jobs = this.jobInformer.list(cj.metadata.namespace ?? '').filter((j) => getControllerOf(j)?.uid === cj.metadata.uid);
    const status: CronJobStatus = clone(cj.status ?? {});
    this.syncActiveJobs(cj, jobs, status);
    const requeueAfter = this.syncCronJob(cj, jobs, status);
    this.updateStatus(cj, status);
    this.cleanupFinishedJobs(cj, jobs);
    if (requeueAfter !== undefined) this.queue.addAfter(key, requeueAfter);
  }

  /** Drops finished and vanished Jobs from status.active, noting the last success. */
  private syncActiveJobs(cj: Stored<CronJob>, jobs: Stored<Job>[], status: CronJobStatus): void {
    const byUid = new Map(jobs.map((j) => [j.metadata.uid, j]));
    const active: ObjectReference[] = [];
    for (const ref of status.active ?? []) {
      const job = byUid.get(ref.uid ?? '');
      if (!job) {
        this.recorder.event(asKubeObject(cj), 'Warning', 'MissingJob', `Active job went missing: ${ref.name}`);
        continue;
      }
      if (!isJobFinished(job)) {
        active.push(ref);
        continue;
      }
      const type = findCondition(job, 'Complete')?.status === 'True' ? 'Complete' : 'Failed';
      this.recorder.event(asKubeObject(cj), 'Normal', 'SawCompletedJob', `Saw completed job: ${job.metadata.name}, condition: ${type}`);
      if (type === 'Complete' && job.status?.completionTime) {
        const prior = parseTime(status.lastSuccessfulTime ?? undefined);
        const done = parseTime(job.status.completionTime)!;
        if (prior === undefined || done > prior) status.lastSuccessfulTime = job.status.completionTime;
      }
    }
    status.active = active.length ? active : undefined;
  }

  /** Creates the Job for the latest missed activation if allowed; returns seconds until the next look. */
  private syncCronJob(cj: Stored<CronJob>, jobs: Stored<Job>[], status: CronJobStatus): number | undefined {
    const now = this.clock.now();
    const owner = asKubeObject(cj);
    if (cj.spec?.suspend) return undefined;
    let zoned: ZonedSchedule;
    try {
      zoned = parseZonedSchedule(cj);
    } catch (e) {
      this.recorder.event(owner, 'Warning', 'UnparseableSchedule', `unparseable schedule: ${JSON.stringify(cj.spec?.schedule)} : ${errorText(e)}`);
      return undefined;
    }
    if (zoned.timeZone && !isValidTimeZone(zoned.timeZone)) {
      this.recorder.event(owner, 'Warning', 'UnknownTimeZone', `invalid timeZone: ${JSON.stringify(zoned.timeZone)}: unknown time zone ${zoned.timeZone}`);
      return undefined;
    }
    const next = () => {
      const t = nextScheduleTime(zoned, now);
      return t === undefined ? undefined : (t - now) / 1000 + NEXT_SCHEDULE_DELTA_S;
    };
    const deadline = cj.spec?.startingDeadlineSeconds ?? undefined;
    const bounded = deadline !== undefined && deadline !== null ? this.withEarliest(cj, status, now - deadline * 1000) : { ...cj, status };
    const { time: scheduled, missed } = mostRecentScheduleTime(bounded, zoned, now);
    if (scheduled === undefined) return next();
    if (missed > 100) {
      this.recorder.event(owner, 'Warning', 'TooManyMissedTimes', `too many missed start times: ${missed}. Set or decrease .spec.startingDeadlineSeconds or check clock skew`);
    }
    if (deadline !== undefined && deadline !== null && scheduled + deadline * 1000 < now) {
      this.recorder.event(owner, 'Warning', 'MissSchedule', `Missed scheduled time to start a job: ${rfc1123z(scheduled)}`);
      return next();
    }
    const jobName = getJobFromTemplate(cj, scheduled, newControllerRef(cj, 'batch/v1', 'CronJob')).metadata!.name!;
    if ((status.active ?? []).some((r) => r.name === jobName) || jobs.some((j) => j.metadata.name === jobName)) return next();
    const policy = cj.spec?.concurrencyPolicy ?? 'Allow';
    if (policy === 'Forbid' && status.active?.length) {
      this.recorder.event(owner, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid');
      return next();
    }
    if (policy === 'Replace') for (const ref of status.active ?? []) this.deleteJob(cj, ref.name ?? '');
    if (policy === 'Replace') status.active = undefined;
    const created = this.createJob(cj, scheduled, zoned.timeZone);
    if (!created) return next();
    status.active = [...(status.active ?? []), { apiVersion: 'batch/v1', kind: 'Job', name: created.metadata.name, namespace: created.metadata.namespace, resourceVersion: created.metadata.resourceVersion, uid: created.metadata.uid }];
    status.lastScheduleTime = rfc3339(scheduled);
    return next();
  }

  /** The CronJob as seen from `earliestMs`: the controller schedules nothing before it. */
  private withEarliest(cj: Stored<CronJob>, status: CronJobStatus, earliestMs: number): CronJob {
    const last = parseTime(status.lastScheduleTime ?? undefined) ?? parseTime(cj.metadata.creationTimestamp) ?? earliestMs;
    return last >= earliestMs ? { ...cj, status } : { ...cj, status: { ...status, lastScheduleTime: rfc3339(earliestMs) } };
  }

  private createJob(cj: Stored<CronJob>, scheduled: number, timeZone: string | undefined): Stored<Job> | undefined {
    const job = getJobFromTemplate(cj, scheduled, newControllerRef(cj, 'batch/v1', 'CronJob'), timeZone);
    try {
      const created = this.client.create<Job>(JOBS, job, { namespace: cj.metadata.namespace });
      this.recorder.event(asKubeObject(cj), 'Normal', 'SuccessfulCreate', `Created job ${created.metadata.name}`);
      return created;
    } catch (e) {
      if (isApiError(e, 'AlreadyExists')) return undefined;
      this.recorder.event(asKubeObject(cj), 'Warning', 'FailedCreate', `Error creating job: ${errorText(e)}`);
      throw e;
    }
  }

  private deleteJob(cj: Stored<CronJob>, name: string): void {
    try {
      this.client.delete(JOBS, name, { namespace: cj.metadata.namespace, propagationPolicy: 'Background' });
    } catch (e) {
      if (isApiError(e, 'NotFound')) return;
      this.recorder.event(asKubeObject(cj), 'Warning', 'FailedDelete', `Deleted job: ${errorText(e)}`);
      throw e;
    }
    this.recorder.event(asKubeObject(cj), 'Normal', 'SuccessfulDelete', `Deleted job ${name}`);
  }

  private cleanupFinishedJobs(cj: Stored<CronJob>, jobs: Stored<Job>[]): void {
    const live = jobs.filter((j) => !j.metadata.deletionTimestamp);
    for (const job of jobsToDelete(live, cj.spec?.successfulJobsHistoryLimit ?? 3, cj.spec?.failedJobsHistoryLimit ?? 1)) this.deleteJob(cj, job.metadata?.name ?? '');
  }

  private updateStatus(cj: Stored<CronJob>, status: CronJobStatus): void {
    if (deepEqual(cj.status ?? {}, status)) return;
    const latest = this.cronJobInformer.getByKey(keyOf(cj)) ?? cj;
    this.client.update<CronJob>(CRONJOBS, { ...latest, status }, { namespace: cj.metadata.namespace, subresource: 'status' });
  }
}
