import type { Deployment, DeploymentStatus } from 'kubernetes-types/apps/v1';
import { describe, expect, it } from 'vitest';
import { deploymentComplete, deploymentProgressing, deploymentTimedOut, newDeploymentCondition, setDeploymentCondition } from './conditions';

const T0 = Date.UTC(2024, 5, 1);
const at = (s: number) => T0 + s * 1000;

describe('setDeploymentCondition', () => {
  it.each([
    { name: 'same status and reason: kept as is', next: ['True', 'ReplicaSetUpdated'], updated: '2024-06-01T00:00:00Z', transitioned: '2024-06-01T00:00:00Z' },
    { name: 'new reason, same status: transition time kept', next: ['True', 'NewReplicaSetAvailable'], updated: '2024-06-01T00:01:00Z', transitioned: '2024-06-01T00:00:00Z' },
    { name: 'new status: both times move', next: ['False', 'ProgressDeadlineExceeded'], updated: '2024-06-01T00:01:00Z', transitioned: '2024-06-01T00:01:00Z' },
  ])('$name', ({ next, updated, transitioned }) => {
    const status: DeploymentStatus = {};
    setDeploymentCondition(status, newDeploymentCondition('Progressing', 'True', 'ReplicaSetUpdated', 'm', at(0)));
    setDeploymentCondition(status, newDeploymentCondition('Available', 'True', 'MinimumReplicasAvailable', 'm', at(0)));
    setDeploymentCondition(status, newDeploymentCondition('Progressing', next[0], next[1], 'm2', at(60)));
    const c = status.conditions!.find((x) => x.type === 'Progressing')!;
    expect([c.reason, c.lastUpdateTime, c.lastTransitionTime]).toEqual([next[1], updated, transitioned]);
  });

  it('moves a replaced condition to the end, as kubectl describe lists them', () => {
    const status: DeploymentStatus = {};
    setDeploymentCondition(status, newDeploymentCondition('Progressing', 'True', 'NewReplicaSetCreated', 'm', at(0)));
    setDeploymentCondition(status, newDeploymentCondition('Available', 'False', 'MinimumReplicasUnavailable', 'm', at(0)));
    setDeploymentCondition(status, newDeploymentCondition('Progressing', 'True', 'ReplicaSetUpdated', 'm', at(0)));
    expect(status.conditions!.map((c) => c.type)).toEqual(['Available', 'Progressing']);
  });
});

const deploy = (status: DeploymentStatus, generation = 1): Deployment => ({ metadata: { generation }, spec: { replicas: 3, selector: {}, template: {}, progressDeadlineSeconds: 600 }, status });

describe('progress checks', () => {
  it.each([
    { name: 'complete', status: { observedGeneration: 1, replicas: 3, updatedReplicas: 3, availableReplicas: 3 }, want: true },
    { name: 'an old generation is not complete', status: { observedGeneration: 0, replicas: 3, updatedReplicas: 3, availableReplicas: 3 }, want: false },
    { name: 'surplus pods are not complete', status: { observedGeneration: 1, replicas: 4, updatedReplicas: 3, availableReplicas: 3 }, want: false },
  ])('deploymentComplete: $name', ({ status, want }) => {
    expect(deploymentComplete(deploy({}), status)).toBe(want);
  });

  it.each([
    { name: 'more updated', status: { replicas: 4, updatedReplicas: 2 }, want: true },
    { name: 'fewer old', status: { replicas: 3, updatedReplicas: 1 }, want: true },
    { name: 'more available', status: { replicas: 4, updatedReplicas: 1, availableReplicas: 4 }, want: true },
    { name: 'nothing moved', status: { replicas: 4, updatedReplicas: 1, availableReplicas: 3 }, want: false },
  ])('deploymentProgressing: $name', ({ status, want }) => {
    expect(deploymentProgressing(deploy({ replicas: 4, updatedReplicas: 1, availableReplicas: 3 }), status)).toBe(want);
  });

  it.each([
    { name: 'within the deadline', reason: 'ReplicaSetUpdated', now: 600, want: false },
    { name: 'past the deadline', reason: 'ReplicaSetUpdated', now: 601, want: true },
    { name: 'a finished rollout never times out', reason: 'NewReplicaSetAvailable', now: 6000, want: false },
  ])('deploymentTimedOut: $name', ({ reason, now, want }) => {
    const status = { conditions: [newDeploymentCondition('Progressing', 'True', reason, 'm', at(0))] };
    expect(deploymentTimedOut(deploy(status), status, at(now))).toBe(want);
  });
});
