/**
 * DefaultPreemption's PostFilter (Evaluator.Preempt) as a pure function: is the pod allowed to
 * preempt; on which nodes could removing lower-priority pods help (not those a filter called
 * unresolvable); the victims on each (dry run); and the node that hurts least. The scheduler
 * acts on the answer: nominate the node, delete the victims.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { histogram, PREEMPTION_NOT_HELPFUL } from '../fitError';
import { unresolvable, type Status } from '../framework';
import type { NodeInfo } from '../nodeInfo';
import { podPriority } from './nominator';
import { pickOneNodeForPreemption, type Candidate } from './pickOneNode';
import { isVictims, selectVictimsOnNode } from './selectVictims';

export const NOT_ELIGIBLE_NEVER = 'not eligible due to preemptionPolicy=Never.';
export const NOT_ELIGIBLE_TERMINATING = 'not eligible due to a terminating pod on the nominated node.';

/** The DisruptionTarget reason the scheduler gives its victims. */
export const PREEMPTION_BY_SCHEDULER = 'PreemptionByScheduler';

export interface PreemptInput {
  pod: Pod;
  /** The nodes in filtering order. */
  nodes: readonly NodeInfo[];
  /** Why each node failed filtering. */
  statuses: ReadonlyMap<string, Status>;
  pdbs: readonly PodDisruptionBudget[];
  /** Runs the filter plugins (with nominated pods) against a what-if node. */
  fits: (node: NodeInfo) => Status | undefined;
  nowMs: number;
}

/**
 * `clearNomination`: the dry run found no node, so an old nomination no longer holds; a pod
 * not eligible to preempt keeps the one it has.
 */
export type PreemptOutcome = { candidate: Candidate } | { message: string; clearNomination: boolean };

/** podTerminatingByPreemption: deleted, and deleted by a scheduler's preemption. */
function terminatingByPreemption(pod: Pod): boolean {
  return !!pod.metadata?.deletionTimestamp && !!pod.status?.conditions?.some((c) => c.type === 'DisruptionTarget' && c.status === 'True' && c.reason === PREEMPTION_BY_SCHEDULER);
}

/** PodEligibleToPreemptOthers: undefined when eligible, else why not. */
export function notEligibleReason(pod: Pod, nodes: readonly NodeInfo[], statuses: ReadonlyMap<string, Status>): string | undefined {
  if (pod.spec?.preemptionPolicy === 'Never') return NOT_ELIGIBLE_NEVER;
  const nominated = pod.status?.nominatedNodeName;
  if (!nominated || statuses.get(nominated)?.code === 'UnschedulableAndUnresolvable') return undefined;
  const node = nodes.find((n) => n.name === nominated);
  const priority = podPriority(pod);
  for (const p of node?.pods.values() ?? []) {
    if (podPriority(p.pod) < priority && terminatingByPreemption(p.pod)) return NOT_ELIGIBLE_TERMINATING;
  }
  return undefined;
}

export function preempt(input: PreemptInput): PreemptOutcome {
  const { pod, nodes, statuses } = input;
  const why = notEligibleReason(pod, nodes, statuses);
  if (why) return { message: `preemption: ${why}`, clearNomination: false };
  const verdicts: Status[] = [];
  const candidates: Candidate[] = [];
  for (const node of nodes) {
    const status = statuses.get(node.name);
    if (!status || status.code === 'UnschedulableAndUnresolvable') {
      verdicts.push(unresolvable(PREEMPTION_NOT_HELPFUL));
      continue;
    }
    const result = selectVictimsOnNode(node, pod, input.pdbs, input.fits, input.nowMs);
    if (isVictims(result)) candidates.push({ node: node.name, victims: result });
    else verdicts.push(result);
  }
  const candidate = pickOneNodeForPreemption(candidates, input.nowMs);
  if (candidate) return { candidate };
  return { message: `preemption: 0/${nodes.length} nodes are available: ${histogram(verdicts)}.`, clearNomination: true };
}
