import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { planStatefulSet, type PlanInput, type StatefulSetAction } from './planStatefulSet';

const NOW = Date.parse('2024-06-01T00:10:00Z');
type State = 'ready' | 'pending' | 'terminating' | 'failed';
function pod(name: string, state: State = 'ready', revision = 'r1'): Pod {
  const ready = state === 'ready' || state === 'terminating';
  return {
    metadata: { name, labels: { 'controller-revision-hash': revision }, ...(state === 'terminating' ? { deletionTimestamp: '2024-06-01T00:09:00Z' } : {}) },
    status: { phase: state === 'failed' ? 'Failed' : state === 'pending' ? 'Pending' : 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: '2024-06-01T00:00:00Z' }] },
  };
}
const plan = (p: Partial<PlanInput>) => planStatefulSet({ replicas: [], condemned: [], monotonic: true, partition: 0, updateRevision: 'r1', minReadySeconds: 0, nowMs: NOW, ...p });
const show = (actions: StatefulSetAction[]) => actions.map((a) => (a.op === 'create' ? `create ${a.index}` : `delete ${a.pod.metadata?.name} (${a.why})`));

describe('planStatefulSet', () => {
  it.each([
    { name: 'OrderedReady creates the first missing ordinal only', in: { replicas: [undefined, undefined, undefined] }, want: ['create 0'] },
    { name: 'waits while web-0 is not ready', in: { replicas: [pod('web-0', 'pending'), undefined] }, want: [] },
    { name: 'creates web-1 once web-0 is ready', in: { replicas: [pod('web-0'), undefined] }, want: ['create 1'] },
    { name: 'Parallel creates every missing pod', in: { replicas: [undefined, pod('web-1', 'pending'), undefined], monotonic: false }, want: ['create 0', 'create 2'] },
    { name: 'a failed pod is deleted to be recreated', in: { replicas: [pod('web-0', 'failed')] }, want: ['delete web-0 (failed)'] },
    { name: 'scale down removes the highest ordinal first', in: { replicas: [pod('web-0')], condemned: [pod('web-1'), pod('web-2')] }, want: ['delete web-2 (condemned)'] },
    { name: 'scale down waits for the terminating pod', in: { replicas: [pod('web-0')], condemned: [pod('web-1'), pod('web-2', 'terminating')] }, want: [] },
    { name: 'scale down waits while a kept pod is unhealthy', in: { replicas: [pod('web-0', 'pending')], condemned: [pod('web-1')] }, want: [] },
    { name: 'Parallel scale down deletes all at once', in: { replicas: [pod('web-0')], condemned: [pod('web-1'), pod('web-2')], monotonic: false }, want: ['delete web-2 (condemned)', 'delete web-1 (condemned)'] },
    { name: 'rolling update replaces the highest ordinal first', in: { replicas: [pod('web-0'), pod('web-1'), pod('web-2')], updateRevision: 'r2' }, want: ['delete web-2 (update)'] },
    { name: 'rolling update moves down once the updated pod is ready', in: { replicas: [pod('web-0'), pod('web-1'), pod('web-2', 'ready', 'r2')], updateRevision: 'r2' }, want: ['delete web-1 (update)'] },
    { name: 'rolling update waits for the updated pod', in: { replicas: [pod('web-0'), pod('web-1'), pod('web-2', 'pending', 'r2')], updateRevision: 'r2', monotonic: false }, want: [] },
    { name: 'partition keeps lower ordinals', in: { replicas: [pod('web-0'), pod('web-1'), pod('web-2', 'ready', 'r2')], updateRevision: 'r2', partition: 2 }, want: [] },
    { name: 'OnDelete never deletes for an update', in: { replicas: [pod('web-0'), pod('web-1')], updateRevision: 'r2', partition: undefined }, want: [] },
  ])('$name', ({ in: input, want }) => {
    expect(show(plan(input as Partial<PlanInput>))).toEqual(want);
  });
});
