/**
 * Jobs on a booted cluster: the docs' pi Job, parallel and indexed Jobs, backoffLimit,
 * activeDeadlineSeconds and ttlSecondsAfterFinished.
 */
import { describe, expect, it } from 'vitest';
import type { Job } from 'kubernetes-types/batch/v1';
import type { Event, Pod } from 'kubernetes-types/core/v1';
import { EVENTS, JOBS, PODS } from '../../api/resources';
import { createCluster, type RunningCluster } from '../../cluster/createCluster';

const NS = { namespace: 'default' };

function job(name: string, spec: object, command: string[], restartPolicy = 'Never') {
  return { apiVersion: 'batch/v1', kind: 'Job', metadata: { name }, spec: { ...spec, template: { spec: { containers: [{ name: 'c', image: 'busybox:1.36', command }], restartPolicy } } } };
}

const jobPods = (c: RunningCluster, name: string) => c.client.list<Pod>(PODS, { ...NS, labelSelector: `job-name=${name}` }).items;
const getJob = (c: RunningCluster, name: string) => c.client.get<Job>(JOBS, name, NS);
const conditionTypes = (j: Job) => (j.status?.conditions ?? []).filter((x) => x.status === 'True').map((x) => x.type);
const events = (c: RunningCluster, name: string) => c.client.list<Event>(EVENTS, { ...NS, fieldSelector: `involvedObject.name=${name}` }).items.map((e) => `${e.reason} ${e.message}`);

describe('Job controller on a cluster', () => {
  it('runs the docs pi Job to completion and keeps its pod for logs', () => {
    const c = createCluster({ seed: 11 });
    const pi = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' }, spec: { backoffLimit: 4, template: { spec: { containers: [{ name: 'pi', image: 'perl:5.34.0', command: ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'] }], restartPolicy: 'Never' } } } };
    c.client.create(JOBS, pi, NS);
    const created = getJob(c, 'pi');
    const uid = created.metadata!.uid!;
    expect(created.metadata?.creationTimestamp).toBeDefined();
    expect(created.spec?.selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': uid } });
    expect(created.metadata?.labels).toEqual({ 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': uid, 'job-name': 'pi' });
    expect(created.spec).toMatchObject({ completions: 1, parallelism: 1, completionMode: 'NonIndexed', suspend: false, podReplacementPolicy: 'TerminatingOrFailed' });
    c.advance(60);
    const done = getJob(c, 'pi');
    expect(conditionTypes(done)).toEqual(['SuccessCriteriaMet', 'Complete']);
    expect(done.status).toMatchObject({ succeeded: 1, ready: 0, terminating: 0, uncountedTerminatedPods: {} });
    expect(done.status?.completionTime).toBeDefined();
    expect(done.status?.conditions?.find((x) => x.type === 'Complete')).toMatchObject({ reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' });
    const [pod] = jobPods(c, 'pi');
    expect(pod.metadata?.name).toMatch(/^pi-[a-z0-9]{5}$/);
    expect(pod.status?.phase).toBe('Succeeded');
    expect(c.client.logs('default', pod.metadata!.name!)).toMatch(/^3\.14159/);
    expect(events(c, 'pi')).toEqual([`SuccessfulCreate Created pod: ${pod.metadata!.name}`, 'Completed Job completed']);
  });

  it('runs completions with parallelism, never more than parallelism at once', () => {
    const c = createCluster({ seed: 12 });
    c.client.create(JOBS, job('para', { completions: 5, parallelism: 2 }, ['sh', '-c', 'sleep 5']), NS);
    c.advance(3);
    expect(jobPods(c, 'para').filter((p) => p.status?.phase !== 'Succeeded')).toHaveLength(2);
    c.advance(60);
    const done = getJob(c, 'para');
    expect(done.status?.succeeded).toBe(5);
    expect(jobPods(c, 'para')).toHaveLength(5);
    expect(conditionTypes(done)).toContain('Complete');
  });

  it('names Indexed pods by index and records completedIndexes', () => {
    const c = createCluster({ seed: 13 });
    c.client.create(JOBS, job('idx', { completions: 3, parallelism: 3, completionMode: 'Indexed' }, ['sh', '-c', 'echo done']), NS);
    c.settle(300);
    const pods = jobPods(c, 'idx');
    expect(pods.map((p) => p.metadata!.name!.replace(/-[a-z0-9]{5}$/, '')).sort()).toEqual(['idx-0', 'idx-1', 'idx-2']);
    expect(pods.map((p) => p.metadata?.annotations?.['batch.kubernetes.io/job-completion-index']).sort()).toEqual(['0', '1', '2']);
    expect(pods[0].spec?.containers[0].env?.[0].name).toBe('JOB_COMPLETION_INDEX');
    expect(getJob(c, 'idx').status).toMatchObject({ succeeded: 3, completedIndexes: '0-2' });
  });

  it('fails with BackoffLimitExceeded after backoffLimit+1 failed pods, spaced by the backoff', () => {
    const c = createCluster({ seed: 14 });
    c.client.create(JOBS, job('boom', { backoffLimit: 2 }, ['sh', '-c', 'exit 1']), NS);
    c.advance(200);
    const failed = getJob(c, 'boom');
    expect(conditionTypes(failed)).toEqual(['FailureTarget', 'Failed']);
    expect(failed.status?.conditions?.find((x) => x.type === 'Failed')).toMatchObject({ reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' });
    expect(failed.status?.failed).toBe(3);
    const starts = jobPods(c, 'boom').map((p) => Date.parse(p.metadata!.creationTimestamp!)).sort((a, b) => a - b);
    expect(starts).toHaveLength(3);
    // Replacements wait 10 s, then 20 s, after the previous failure.
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(10_000);
    expect(starts[2] - starts[1]).toBeGreaterThanOrEqual(20_000);
    expect(events(c, 'boom')).toContain('BackoffLimitExceeded Job has reached the specified backoff limit');
  });

  it('stops a Job past activeDeadlineSeconds with DeadlineExceeded and deletes its pods', () => {
    const c = createCluster({ seed: 15 });
    c.client.create(JOBS, job('slow', { activeDeadlineSeconds: 10 }, ['sh', '-c', 'sleep 600']), NS);
    c.advance(30);
    c.settle();
    const failed = getJob(c, 'slow');
    expect(failed.status?.conditions?.find((x) => x.type === 'Failed')).toMatchObject({ status: 'True', reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' });
    expect(jobPods(c, 'slow')).toEqual([]);
  });

  it('deletes a finished Job and its pods ttlSecondsAfterFinished later', () => {
    const c = createCluster({ seed: 16 });
    c.client.create(JOBS, job('brief', { ttlSecondsAfterFinished: 30 }, ['sh', '-c', 'echo hi']), NS);
    c.settle();
    expect(conditionTypes(getJob(c, 'brief'))).toContain('Complete');
    c.advance(10);
    expect(jobPods(c, 'brief')).toHaveLength(1);
    c.advance(30);
    c.settle();
    expect(c.client.list(JOBS, NS).items).toEqual([]);
    expect(jobPods(c, 'brief')).toEqual([]);
  });

  it('suspend deletes the active pods; resuming starts them again', () => {
    const c = createCluster({ seed: 17 });
    c.client.create(JOBS, job('paused', { suspend: true }, ['sh', '-c', 'sleep 20']), NS);
    c.settle();
    expect(jobPods(c, 'paused')).toEqual([]);
    expect(getJob(c, 'paused').status?.conditions?.find((x) => x.type === 'Suspended')).toMatchObject({ status: 'True', reason: 'JobSuspended', message: 'Job suspended' });
    expect(getJob(c, 'paused').status?.startTime).toBeUndefined();
    c.client.patch(JOBS, 'paused', 'merge', { spec: { suspend: false } }, NS);
    c.advance(60);
    const done = getJob(c, 'paused');
    expect(done.status?.conditions?.find((x) => x.type === 'Suspended')).toMatchObject({ status: 'False', reason: 'JobResumed' });
    expect(conditionTypes(done)).toContain('Complete');
    expect(events(c, 'paused').slice(0, 2)).toEqual(['Suspended Job suspended', 'Resumed Job resumed']);
  });
});
