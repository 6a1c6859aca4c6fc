import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import { describe, expect, it } from 'vitest';
import { setNewReplicaSetAnnotations } from './annotations';

const deploy = (annotations: Record<string, string> = {}): Deployment => ({ metadata: { name: 'web', annotations }, spec: { replicas: 4, selector: {}, template: {} } });
const rs = (annotations?: Record<string, string>): ReplicaSet => ({ metadata: { name: 'web-x', annotations }, spec: { selector: {} } });

describe('setNewReplicaSetAnnotations', () => {
  it.each([
    {
      name: 'a new set gets the revision, the replica annotations and the change-cause',
      d: deploy({ 'kubernetes.io/change-cause': 'kubectl set image', 'kubectl.kubernetes.io/last-applied-configuration': '{}', 'deployment.kubernetes.io/revision': '1' }),
      set: rs(),
      revision: '2',
      exists: false,
      changed: true,
      want: {
        'kubernetes.io/change-cause': 'kubectl set image',
        'deployment.kubernetes.io/revision': '2',
        'deployment.kubernetes.io/desired-replicas': '4',
        'deployment.kubernetes.io/max-replicas': '5',
      },
    },
    {
      name: 'a rolled-back-to set remembers its old revision',
      d: deploy(),
      set: rs({ 'deployment.kubernetes.io/revision': '1' }),
      revision: '3',
      exists: true,
      changed: true,
      want: { 'deployment.kubernetes.io/revision': '3', 'deployment.kubernetes.io/revision-history': '1' },
    },
    {
      name: 'history grows comma-separated',
      d: deploy(),
      set: rs({ 'deployment.kubernetes.io/revision': '3', 'deployment.kubernetes.io/revision-history': '1' }),
      revision: '5',
      exists: true,
      changed: true,
      want: { 'deployment.kubernetes.io/revision': '5', 'deployment.kubernetes.io/revision-history': '1,3' },
    },
    {
      name: 'a revision is never lowered',
      d: deploy(),
      set: rs({ 'deployment.kubernetes.io/revision': '7' }),
      revision: '3',
      exists: true,
      changed: false,
      want: { 'deployment.kubernetes.io/revision': '7' },
    },
  ])('$name', ({ d, set, revision, exists, changed, want }) => {
    expect(setNewReplicaSetAnnotations(d, set, revision, exists)).toBe(changed);
    expect(set.metadata?.annotations).toEqual(want);
  });

  it('drops the oldest history entries past the length limit', () => {
    const set = rs({ 'deployment.kubernetes.io/revision': '30', 'deployment.kubernetes.io/revision-history': '10,20' });
    setNewReplicaSetAnnotations(deploy(), set, '40', true, 6);
    expect(set.metadata?.annotations?.['deployment.kubernetes.io/revision-history']).toBe('20,30');
  });
});
