import { describe, expect, it } from 'vitest';
import type { JobView, PodView } from '../../../bridge/main/types';
import { ordinalList, podControllers } from './controllerElements';

const pod = (name: string, owner: { kind: string; name: string }, extra: Partial<PodView> = {}): PodView => ({
  kind: 'Pod',
  uid: `p-${name}`,
  name,
  namespace: 'default',
  labels: {},
  owners: [{ ...owner, uid: `${owner.kind}-${owner.name}` }],
  nodeName: 'node01',
  status: 'Running',
  ready: '1/1',
  restarts: 0,
  phase: 'Running',
  deleting: false,
  ...extra,
});

const sts = { kind: 'StatefulSet', name: 'web' };
const ds = { kind: 'DaemonSet', name: 'agent' };
const job = { kind: 'Job', name: 'pi' };

describe('podControllers', () => {
  it.each([
    ['StatefulSet ordinals and readiness', [pod('web-1', sts), pod('web-0', sts), pod('web-2', sts, { status: 'ContainerCreating', ready: '0/1', phase: 'Pending' })], '2/3 ready · ordinals 0–2'],
    ['StatefulSet with a gap in its ordinals', [pod('web-0', sts), pod('web-3', sts)], '2/2 ready · ordinals 0, 3'],
    ['DaemonSet nodes, one pod each', [pod('agent-a', ds, { nodeName: 'node01' }), pod('agent-b', ds, { nodeName: 'node02' }), pod('agent-c', ds, { nodeName: '', status: 'Pending', ready: '0/1', phase: 'Pending' })], '2/3 ready · 2 nodes'],
    ['Job completions', [pod('pi-a', job, { status: 'Completed', ready: '0/1', phase: 'Succeeded' })], '1 succeeded'],
    ['Job still running after a failure', [pod('pi-a', job, { status: 'Error', ready: '0/1', phase: 'Failed' }), pod('pi-b', job)], '0 succeeded · 1 active · 1 failed'],
  ])('%s', (_name, pods, detail) => {
    expect(podControllers(pods).map((c) => c.detail)).toEqual([detail]);
  });

  it.each([
    ['completed', '1/1', 'Complete', '1/1 completions · Complete'],
    ['out of retries', '0/1', 'Failed', '0/1 completions · Failed'],
    ['halfway through', '2/4', 'Running', '2/4 completions · Running'],
  ])('a Job %s shows its COMPLETIONS and STATUS', (_name, completions, status, detail) => {
    const view: JobView = { kind: 'Job', uid: 'Job-pi', name: 'pi', namespace: 'default', labels: {}, owners: [], completions, status };
    expect(podControllers([pod('pi-a', job, { status: 'Completed', ready: '0/1', phase: 'Succeeded' })], { [view.uid]: view }).map((c) => c.detail)).toEqual([detail]);
  });

  it('ignores pods of ReplicaSets and bare pods; sorts StatefulSets, DaemonSets, then Jobs', () => {
    const pods = [pod('pi-a', job), pod('rs-pod', { kind: 'ReplicaSet', name: 'web-1' }), { ...pod('bare', sts), owners: [] }, pod('agent-a', ds), pod('web-0', sts)];
    expect(podControllers(pods).map((c) => `${c.kind}/${c.name}`)).toEqual(['StatefulSet/web', 'DaemonSet/agent', 'Job/pi']);
  });
});

describe('ordinalList', () => {
  it.each([
    [[1, 0], '0, 1'],
    [[2, 0, 1, 3], '0–3'],
    [[4, 1, 2], '1, 2, 4'],
    [[], ''],
  ])('%j → %s', (ordinals, text) => expect(ordinalList(ordinals)).toBe(text));
});
