/**
 * pickOneNodeForPreemption: of the nodes where preemption would work, the one that hurts least —
 * fewest budget violations, then the lowest highest-priority victim, then the smallest sum of
 * victim priorities, then the fewest victims, then the node whose most important victims started
 * last (they have done the least work). Ties go to the first node in filtering order.
 */
import { podPriority } from './nominator';
import { podStartTime, type Victims } from './selectVictims';

export interface Candidate {
  node: string;
  victims: Victims;
}

/** Priorities are shifted by MaxInt32 + 1 so that negative ones still add up to more victims costing more. */
const PRIORITY_OFFSET = 2 ** 31;

function highestPriority(v: Victims): number {
  return Math.max(...v.pods.map((p) => podPriority(p.pod)));
}

function prioritySum(v: Victims): number {
  return v.pods.reduce((sum, p) => sum + podPriority(p.pod) + PRIORITY_OFFSET, 0);
}

/** GetEarliestPodStartTime: the earliest start among the victims of the highest priority. */
function earliestStartOfHighest(v: Victims, nowMs: number): number {
  const top = highestPriority(v);
  return Math.min(...v.pods.filter((p) => podPriority(p.pod) === top).map((p) => podStartTime(p.pod, nowMs)));
}

/** Keeps the candidates with the lowest (or, for `max`, highest) score. */
function keepBest(cands: Candidate[], score: (c: Candidate) => number, max = false): Candidate[] {
  const scores = cands.map(score);
  const best = max ? Math.max(...scores) : Math.min(...scores);
  return cands.filter((_, i) => scores[i] === best);
}

export function pickOneNodeForPreemption(candidates: readonly Candidate[], nowMs: number): Candidate | undefined {
  if (candidates.length === 0) return undefined;
  const free = candidates.find((c) => c.victims.pods.length === 0);
  if (free) return free;
  let rest = keepBest([...candidates], (c) => c.victims.numPDBViolations);
  rest = keepBest(rest, (c) => highestPriority(c.victims));
  rest = keepBest(rest, (c) => prioritySum(c.victims));
  rest = keepBest(rest, (c) => c.victims.pods.length);
  rest = keepBest(rest, (c) => earliestStartOfHighest(c.victims, nowMs), true);
  return rest[0];
}
