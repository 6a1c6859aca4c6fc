import { describe, expect, it } from 'vitest';
import type { Job } from 'kubernetes-types/batch/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { formatIndexes, firstPendingIndexes, parseIndexesFromString } from './indexes';
import { countPods, deadlineRemaining, exceedsBackoffLimit, failureBackoffRemaining, successCriteriaMet, wantActive } from './jobStatus';

const NOW = Date.parse('2024-06-01T00:10:00Z');
const pod = (phase: string, extra: Partial<Pod['metadata']> = {}, restarts = 0, finishedAt?: string): Pod => ({
  metadata: { name: 'p', creationTimestamp: '2024-06-01T00:00:00Z', ...extra },
  status: { phase, containerStatuses: [{ name: 'c', image: 'i', imageID: '', ready: false, restartCount: restarts, ...(finishedAt ? { state: { terminated: { exitCode: 1, finishedAt } } } : {}) }] },
});
const job = (spec: Partial<NonNullable<Job['spec']>>, status?: Job['status']): Job => ({ spec: { template: {}, ...spec }, status });

describe('job status calculation', () => {
  it.each([
    { name: 'single completion, nothing yet', spec: { completions: 1, parallelism: 1 }, succeeded: 0, active: 0, want: 1 },
    { name: 'completions 5 parallelism 2, 4 done', spec: { completions: 5, parallelism: 2 }, succeeded: 4, active: 0, want: 1 },
    { name: 'completions reached', spec: { completions: 3, parallelism: 3 }, succeeded: 3, active: 0, want: 0 },
    { name: 'work queue, none done', spec: { parallelism: 3 }, succeeded: 0, active: 1, want: 3 },
    { name: 'work queue, one done: start no more', spec: { parallelism: 3 }, succeeded: 1, active: 2, want: 2 },
  ])('wantActive: $name', ({ spec, succeeded, active, want }) => {
    expect(wantActive(job(spec), succeeded, active)).toBe(want);
  });

  it('counts pods by phase, never below what status recorded', () => {
    const c = countPods(job({ completions: 3 }, { succeeded: 2, failed: 0 }), [pod('Succeeded'), pod('Running'), pod('Failed'), pod('Running', { deletionTimestamp: '2024-06-01T00:09:00Z' })]);
    expect({ active: c.active.length, succeeded: c.succeeded, failed: c.failed, terminating: c.terminating }).toEqual({ active: 1, succeeded: 2, failed: 1, terminating: 1 });
  });

  it('counts completed indexes for Indexed jobs', () => {
    const idx = (i: number) => ({ annotations: { 'batch.kubernetes.io/job-completion-index': String(i) } });
    const c = countPods(job({ completions: 4, completionMode: 'Indexed' }, { completedIndexes: '0' }), [pod('Succeeded', idx(2)), pod('Succeeded', idx(2)), pod('Running', idx(1))]);
    expect(c.succeeded).toBe(2);
    expect(formatIndexes(c.completedIndexes)).toBe('0,2');
    expect(firstPendingIndexes(c.completedIndexes, c.active, 5, 4)).toEqual([3]);
  });

  it.each([
    { name: 'failed pods over the limit', spec: { backoffLimit: 2 }, failed: 3, pods: [], want: true },
    { name: 'failed pods at the limit', spec: { backoffLimit: 2 }, failed: 2, pods: [], want: false },
    { name: 'OnFailure restarts reach the limit', spec: { backoffLimit: 2, template: { spec: { containers: [], restartPolicy: 'OnFailure' } } }, failed: 0, pods: [pod('Running', {}, 2)], want: true },
    { name: 'OnFailure with backoffLimit 0: any restart', spec: { backoffLimit: 0, template: { spec: { containers: [], restartPolicy: 'OnFailure' } } }, failed: 0, pods: [pod('Running', {}, 1)], want: true },
  ])('exceedsBackoffLimit: $name', ({ spec, failed, pods, want }) => {
    const j = job(spec as Partial<NonNullable<Job['spec']>>);
    expect(exceedsBackoffLimit(j, { ...countPods(j, pods), failed })).toBe(want);
  });

  it('success criteria: completions, or one success with nothing active', () => {
    expect(successCriteriaMet(job({ completions: 2 }), countPods(job({ completions: 2 }), [pod('Succeeded'), pod('Succeeded')]))).toBe(true);
    expect(successCriteriaMet(job({ parallelism: 2 }), countPods(job({ parallelism: 2 }), [pod('Succeeded'), pod('Running')]))).toBe(false);
    expect(successCriteriaMet(job({ parallelism: 2 }), countPods(job({ parallelism: 2 }), [pod('Succeeded')]))).toBe(true);
  });

  it('failure backoff doubles from 10 s and the deadline counts from startTime', () => {
    const failedAt = '2024-06-01T00:09:55Z';
    const c = countPods(job({}), [pod('Failed', {}, 0, failedAt), pod('Failed', {}, 0, '2024-06-01T00:09:00Z')]);
    expect(failureBackoffRemaining(c, NOW)).toBe(15);
    expect(deadlineRemaining(job({ activeDeadlineSeconds: 700 }, { startTime: '2024-06-01T00:00:00Z' }), NOW)).toBe(100);
  });

  it('index intervals round-trip', () => {
    expect(formatIndexes(parseIndexesFromString('0-2,4,6-7', 10))).toBe('0-2,4,6-7');
    expect(parseIndexesFromString('3-5', 4)).toEqual([3]);
  });
});
