import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { getPodsToDelete } from './getPodsToDelete';

const NOW = Date.UTC(2024, 5, 1, 12);

function pod(name: string, node: string | undefined, ready: boolean): Pod {
  return {
    metadata: { name, uid: name, creationTimestamp: '2024-06-01T11:00:00Z' },
    spec: { containers: [], nodeName: node },
    status: { phase: node ? 'Running' : 'Pending', conditions: ready ? [{ type: 'Ready', status: 'True', lastTransitionTime: '2024-06-01T11:00:00Z' }] : [] },
  };
}

describe('getPodsToDelete', () => {
  const pods = [pod('ready-a', 'n1', true), pod('pending', undefined, false), pod('ready-b', 'n2', true), pod('starting', 'n2', false)];

  it.each([
    { name: 'one: the unscheduled pod', diff: 1, related: [] as Pod[], want: ['pending'] },
    { name: 'two: then the not-ready one', diff: 2, related: [], want: ['pending', 'starting'] },
    { name: 'three: then the ready pod on the more crowded node', diff: 3, related: [pod('other', 'n2', true), pod('other2', 'n2', true)], want: ['pending', 'starting', 'ready-b'] },
    { name: 'all: no ranking needed', diff: 4, related: [], want: ['ready-a', 'pending', 'ready-b', 'starting'] },
  ])('$name', ({ diff, related, want }) => {
    expect(getPodsToDelete(pods, related, diff, NOW).map((p) => p.metadata?.name)).toEqual(want);
  });
});
