/**
 * CronJobs on a booted cluster's virtual clock: the docs' `hello` CronJob every minute,
 * history limits, concurrency policies, suspend and a manually instantiated Job.
 */
import { describe, expect, it } from 'vitest';
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { Event } from 'kubernetes-types/core/v1';
import { CRONJOBS, EVENTS, JOBS } from '../../api/resources';
import { createCluster, type RunningCluster } from '../../cluster/createCluster';

const NS = { namespace: 'default' };

function hello(spec: object = {}, command = 'date; echo Hello from the Kubernetes cluster') {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'hello' },
    spec: {
      schedule: '* * * * *',
      jobTemplate: { spec: { template: { spec: { containers: [{ name: 'hello', image: 'busybox:1.28', imagePullPolicy: 'IfNotPresent', command: ['/bin/sh', '-c', command] }], restartPolicy: 'OnFailure' } } } },
      ...spec,
    },
  };
}

const jobs = (c: RunningCluster) => c.client.list<Job>(JOBS, NS).items.filter((j) => !j.metadata?.deletionTimestamp);
const jobNames = (c: RunningCluster) => jobs(c).map((j) => j.metadata!.name!).sort();
const getCj = (c: RunningCluster) => c.client.get<CronJob>(CRONJOBS, 'hello', NS);
const events = (c: RunningCluster) =>
  c.client
    .list<Event>(EVENTS, { ...NS, fieldSelector: 'involvedObject.kind=CronJob' })
    .items.sort((a, b) => Number(a.metadata!.resourceVersion) - Number(b.metadata!.resourceVersion))
    .map((e) => `${e.reason} ${e.message}`);
const minutes = (c: RunningCluster) => Math.floor(c.now() / 60_000);

describe('CronJob controller on a cluster', () => {
  it('creates hello-<minutes> every minute, records it, and keeps 3 successful Jobs', () => {
    const c = createCluster({ seed: 41 });
    c.client.create(CRONJOBS, hello(), NS);
    c.settle();
    expect(jobs(c)).toEqual([]);
    const first = minutes(c) + 1;
    c.advance(61);
    expect(jobNames(c)).toEqual([`hello-${first}`]);
    const job = jobs(c)[0];
    expect(job.metadata?.ownerReferences?.[0]).toMatchObject({ kind: 'CronJob', name: 'hello', controller: true });
    expect(job.metadata?.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe(new Date(first * 60_000).toISOString().replace('.000', ''));
    c.settle();
    const cj = getCj(c);
    expect(cj.status?.lastScheduleTime).toBe(new Date(first * 60_000).toISOString().replace('.000', ''));
    expect(cj.status?.lastSuccessfulTime).toBeDefined();
    expect(cj.status?.active).toBeUndefined();
    c.advance(240);
    c.settle();
    expect(jobNames(c)).toEqual([first + 2, first + 3, first + 4].map((m) => `hello-${m}`));
    expect(events(c).slice(0, 3)).toEqual([`SuccessfulCreate Created job hello-${first}`, `SawCompletedJob Saw completed job: hello-${first}, condition: Complete`, `SuccessfulCreate Created job hello-${first + 1}`]);
    expect(events(c)).toContain(`SuccessfulDelete Deleted job hello-${first}`);
  });

  it('Forbid: skips an activation while the previous Job still runs', () => {
    const c = createCluster({ seed: 42 });
    c.client.create(CRONJOBS, hello({ concurrencyPolicy: 'Forbid' }, 'sleep 90'), NS);
    c.advance(125);
    expect(jobs(c)).toHaveLength(1);
    expect(events(c)).toContain('JobAlreadyActive Not starting job because prior execution is running and concurrency policy is Forbid');
    expect(getCj(c).status?.active).toHaveLength(1);
  });

  it('Replace: deletes the running Job and starts the new one', () => {
    const c = createCluster({ seed: 43 });
    c.client.create(CRONJOBS, hello({ concurrencyPolicy: 'Replace' }, 'sleep 600'), NS);
    c.advance(61);
    const [firstJob] = jobNames(c);
    c.advance(60);
    expect(jobNames(c)).toHaveLength(1);
    expect(jobNames(c)[0]).not.toBe(firstJob);
    expect(events(c)).toContain(`SuccessfulDelete Deleted job ${firstJob}`);
  });

  it('Allow: runs Jobs side by side', () => {
    const c = createCluster({ seed: 44 });
    c.client.create(CRONJOBS, hello({}, 'sleep 600'), NS);
    c.advance(181);
    expect(jobs(c)).toHaveLength(3);
    expect(getCj(c).status?.active).toHaveLength(3);
  });

  it('suspend stops new Jobs; resuming starts the latest missed one only', () => {
    const c = createCluster({ seed: 45 });
    c.client.create(CRONJOBS, hello({ suspend: true }), NS);
    c.advance(180);
    expect(jobs(c)).toEqual([]);
    c.client.patch(CRONJOBS, 'hello', 'merge', { spec: { suspend: false } }, NS);
    c.drain();
    expect(jobNames(c)).toEqual([`hello-${minutes(c)}`]);
  });

  it('startingDeadlineSeconds: a late activation is missed, not run', () => {
    const c = createCluster({ seed: 46 });
    c.client.create(CRONJOBS, hello({ suspend: true, startingDeadlineSeconds: 10, schedule: '0 * * * *' }), NS);
    c.advance(30 * 60);
    c.client.patch(CRONJOBS, 'hello', 'merge', { spec: { suspend: false } }, NS);
    c.drain();
    expect(jobs(c)).toEqual([]);
  });

  it('leaves a manually instantiated Job alone', () => {
    const c = createCluster({ seed: 47 });
    c.client.create(CRONJOBS, hello({ schedule: '0 0 1 1 *' }), NS);
    const cj = getCj(c);
    const manual = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'manual-1', annotations: { 'cronjob.kubernetes.io/instantiate': 'manual' }, ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'hello', uid: cj.metadata!.uid!, controller: true }] },
      spec: cj.spec!.jobTemplate.spec,
    };
    c.client.create(JOBS, manual, NS);
    c.advance(30);
    c.settle();
    const job = c.client.get<Job>(JOBS, 'manual-1', NS);
    expect(job.status?.conditions?.some((x) => x.type === 'Complete' && x.status === 'True')).toBe(true);
    expect(c.loop.errors).toEqual([]);
  });
});
