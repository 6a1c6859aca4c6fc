import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { podIsTransitional } from './quiet';

const waiting = (reason: string): Pod => ({
  metadata: { name: 'p' },
  spec: { nodeName: 'n', containers: [] },
  status: { phase: 'Pending', containerStatuses: [{ name: 'c', image: 'x', imageID: '', ready: false, restartCount: 0, state: { waiting: { reason } } }] },
});

const running: Pod = {
  metadata: { name: 'p' },
  spec: { nodeName: 'n', containers: [] },
  status: { phase: 'Running', containerStatuses: [{ name: 'c', image: 'x', imageID: '', ready: true, restartCount: 0, state: { running: {} } }] },
};

describe('podIsTransitional', () => {
  const cases: [string, Pod, boolean][] = [
    ['not yet scheduled', { metadata: { name: 'p' }, spec: { containers: [] }, status: { phase: 'Pending' } }, true],
    [
      'unschedulable',
      { metadata: { name: 'p' }, spec: { containers: [] }, status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] } },
      false,
    ],
    [
      'unschedulable but nominated by preemption',
      { metadata: { name: 'p' }, spec: { containers: [] }, status: { phase: 'Pending', nominatedNodeName: 'n', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] } },
      true,
    ],
    ['bound, no statuses yet', { metadata: { name: 'p' }, spec: { nodeName: 'n', containers: [] }, status: { phase: 'Pending' } }, true],
    ['creating', waiting('ContainerCreating'), true],
    ['running', running, false],
    ['image pull back-off', waiting('ImagePullBackOff'), false],
    ['crash loop', waiting('CrashLoopBackOff'), false],
    ['terminating', { metadata: { name: 'p', deletionTimestamp: '2024-01-01T00:00:00Z' }, spec: { containers: [] }, status: { phase: 'Running' } }, true],
    ['an ephemeral container not yet reported', { ...running, spec: { ...running.spec!, ephemeralContainers: [{ name: 'debugger', image: 'busybox' }] } }, true],
    ['an ephemeral container being created', { ...running, status: { ...running.status, ephemeralContainerStatuses: [waiting('ContainerCreating').status!.containerStatuses![0]] } }, true],
    ['completed', { metadata: { name: 'p' }, spec: { nodeName: 'n', containers: [] }, status: { phase: 'Succeeded' } }, false],
  ];
  it.each(cases)('%s', (_name, pod, expected) => {
    expect(podIsTransitional(pod)).toBe(expected);
  });
});
