import type { Affinity, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { cycleState, makeNode, makePod, nodeInfo } from '../fixtures';
import type { Status } from '../framework';
import {
  ERR_REASON_AFFINITY_RULES_NOT_MATCH,
  ERR_REASON_ANTI_AFFINITY_RULES_NOT_MATCH,
  ERR_REASON_EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH,
  interPodAffinityFilter,
  interPodAffinityScore,
} from './interPodAffinity';

const labelled = (name: string, app: string, affinity?: Affinity, namespace = 'default') => makePod(name, { affinity }, undefined, { labels: { app }, namespace });
const term = (app: string, topologyKey = 'kubernetes.io/hostname') => ({ labelSelector: { matchLabels: { app } }, topologyKey });
const antiAffinity = (app: string, key?: string): Affinity => ({ podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term(app, key)] } });
const affinity = (app: string, key?: string): Affinity => ({ podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term(app, key)] } });

/** node-a (zone 1) runs `onA`; node-b (zone 1) and node-c (zone 2) run nothing. */
function verdicts(pod: Pod, onA: Pod[]): (Status | undefined)[] {
  const nodes = [
    nodeInfo(makeNode('node-a', { labels: { zone: '1' } }), onA),
    nodeInfo(makeNode('node-b', { labels: { zone: '1' } })),
    nodeInfo(makeNode('node-c', { labels: { zone: '2' } })),
  ];
  const state = cycleState(pod, nodes);
  return nodes.map((n) => interPodAffinityFilter.filter(state, n));
}

const anti = { code: 'Unschedulable', reasons: [ERR_REASON_ANTI_AFFINITY_RULES_NOT_MATCH] };
const existingAnti = { code: 'Unschedulable', reasons: [ERR_REASON_EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH] };
const aff = { code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_AFFINITY_RULES_NOT_MATCH] };

describe('InterPodAffinity filter', () => {
  const cases: { name: string; pod: Pod; onA: Pod[]; want: unknown[] }[] = [
    { name: 'no terms, no neighbours with rules', pod: labelled('p', 'web'), onA: [labelled('x', 'web')], want: [undefined, undefined, undefined] },
    { name: 'anti-affinity per hostname', pod: labelled('p', 'web', antiAffinity('web')), onA: [labelled('x', 'web')], want: [anti, undefined, undefined] },
    { name: 'anti-affinity per zone', pod: labelled('p', 'web', antiAffinity('web', 'zone')), onA: [labelled('x', 'web')], want: [anti, anti, undefined] },
    { name: 'anti-affinity ignores other namespaces', pod: labelled('p', 'web', antiAffinity('web')), onA: [labelled('x', 'web', undefined, 'other')], want: [undefined, undefined, undefined] },
    { name: 'affinity to a db pod per zone', pod: labelled('p', 'web', affinity('db', 'zone')), onA: [labelled('db', 'db')], want: [undefined, undefined, aff] },
    { name: 'affinity on a key no node has', pod: labelled('p', 'web', affinity('db', 'rack')), onA: [labelled('db', 'db')], want: [aff, aff, aff] },
    { name: 'first pod of a self-affine group may go anywhere', pod: labelled('p', 'cache', affinity('cache')), onA: [], want: [undefined, undefined, undefined] },
    { name: "an existing pod's anti-affinity keeps the newcomer out", pod: labelled('p', 'web'), onA: [labelled('x', 'db', antiAffinity('web', 'zone'))], want: [existingAnti, existingAnti, undefined] },
  ];
  it.each(cases)('$name', ({ pod, onA, want }) => expect(verdicts(pod, onA)).toEqual(want));
});

describe('InterPodAffinity score', () => {
  it('scores preferred anti-affinity: domains without matching pods win', () => {
    const pod = labelled('p', 'web', { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: term('web') }] } });
    const nodes = [nodeInfo(makeNode('a'), [labelled('x', 'web')]), nodeInfo(makeNode('b'))];
    const state = cycleState(pod, nodes);
    const pre = interPodAffinityScore.preScore!(state, nodes);
    const scores = nodes.map((n) => interPodAffinityScore.score(state, n, pre));
    interPodAffinityScore.normalize!(scores, state, nodes, pre);
    expect(scores).toEqual([0, 100]);
  });
});
