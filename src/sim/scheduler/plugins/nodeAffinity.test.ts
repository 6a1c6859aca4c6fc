import type { NodeSelectorRequirement, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { cycleState, makeNode, makePod, nodeInfo } from '../fixtures';
import { ERR_REASON_POD, nodeAffinityFilter, nodeAffinityScore } from './nodeAffinity';

const required = (...terms: NodeSelectorRequirement[][]): Partial<NonNullable<Pod['spec']>> => ({
  affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms.map((matchExpressions) => ({ matchExpressions })) } } },
});

describe('NodeAffinity filter', () => {
  const labels = { disktype: 'ssd', zone: 'a', cores: '8' };
  const cases: { name: string; spec: Partial<NonNullable<Pod['spec']>>; fits: boolean }[] = [
    { name: 'no constraints', spec: {}, fits: true },
    { name: 'nodeSelector matches', spec: { nodeSelector: { disktype: 'ssd' } }, fits: true },
    { name: 'nodeSelector differs', spec: { nodeSelector: { disktype: 'hdd' } }, fits: false },
    { name: 'In', spec: required([{ key: 'zone', operator: 'In', values: ['a', 'b'] }]), fits: true },
    { name: 'NotIn', spec: required([{ key: 'zone', operator: 'NotIn', values: ['a'] }]), fits: false },
    { name: 'NotIn on a missing label', spec: required([{ key: 'gpu', operator: 'NotIn', values: ['x'] }]), fits: true },
    { name: 'Exists', spec: required([{ key: 'disktype', operator: 'Exists' }]), fits: true },
    { name: 'DoesNotExist', spec: required([{ key: 'disktype', operator: 'DoesNotExist' }]), fits: false },
    { name: 'Gt', spec: required([{ key: 'cores', operator: 'Gt', values: ['4'] }]), fits: true },
    { name: 'Lt', spec: required([{ key: 'cores', operator: 'Lt', values: ['4'] }]), fits: false },
    { name: 'Gt with a non-integer value matches nothing', spec: required([{ key: 'cores', operator: 'Gt', values: ['four'] }]), fits: false },
    { name: 'terms are ORed', spec: required([{ key: 'zone', operator: 'In', values: ['z'] }], [{ key: 'disktype', operator: 'In', values: ['ssd'] }]), fits: true },
    { name: 'expressions in a term are ANDed', spec: required([{ key: 'zone', operator: 'In', values: ['a'] }, { key: 'disktype', operator: 'In', values: ['hdd'] }]), fits: false },
    { name: 'an empty term matches nothing', spec: required([]), fits: false },
    { name: 'nodeSelector and affinity must both hold', spec: { nodeSelector: { disktype: 'hdd' }, ...required([{ key: 'zone', operator: 'In', values: ['a'] }]) }, fits: false },
  ];
  it.each(cases)('$name', ({ spec, fits }) => {
    const status = nodeAffinityFilter.filter(cycleState(makePod('p', spec)), nodeInfo(makeNode('n', { labels })));
    expect(status === undefined).toBe(fits);
    if (!fits) expect(status).toEqual({ code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_POD] });
  });
});

describe('NodeAffinity score', () => {
  it('sums the weights of matching preferred terms and scales to the best node', () => {
    const pod = makePod('p', {
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 80, preference: { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] } },
            { weight: 20, preference: { matchExpressions: [{ key: 'disktype', operator: 'In', values: ['ssd'] }] } },
          ],
        },
      },
    });
    const nodes = [nodeInfo(makeNode('both', { labels: { zone: 'a', disktype: 'ssd' } })), nodeInfo(makeNode('zone', { labels: { zone: 'a' } })), nodeInfo(makeNode('none'))];
    const state = cycleState(pod, nodes);
    expect(nodeAffinityScore.relevant!(state)).toBe(true);
    const pre = nodeAffinityScore.preScore!(state, nodes);
    const scores = nodes.map((n) => nodeAffinityScore.score(state, n, pre));
    nodeAffinityScore.normalize!(scores, state, nodes, pre);
    expect(scores).toEqual([100, 80, 0]);
  });
});
