/**
 * One scheduling cycle for one pod (schedulePod): filter the nodes — stopping once enough
 * feasible ones are found, as percentageOfNodesToScore does — score the feasible ones, pick the
 * highest total, ties broken by the seeded Rng. Pure apart from the Rng: no client calls.
 */
import type { Rng } from '../../common/rng';
import type { CycleState, FilterPlugin, ScorePlugin, Status } from './framework';
import type { NodeInfo } from './nodeInfo';

/** minFeasibleNodesToFind / minFeasibleNodesPercentageToFind. */
const MIN_FEASIBLE_NODES_TO_FIND = 100;
const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

/** numFeasibleNodesToFind with the adaptive default: 50% minus 1% per 125 nodes, at least 5%. */
export function numFeasibleNodesToFind(numAllNodes: number): number {
  if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) return numAllNodes;
  const percentage = Math.max(50 - Math.trunc(numAllNodes / 125), MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND);
  return Math.max(Math.trunc((numAllNodes * percentage) / 100), MIN_FEASIBLE_NODES_TO_FIND);
}

export interface NodeFailure {
  node: string;
  /** Index into the filter plugins of the one that rejected the node; the ones before it passed. */
  failedAt: number;
  status: Status;
}

export interface PluginScores {
  plugin: string;
  weight: number;
  /** Normalized scores, aligned with CycleResult.feasible. */
  scores: number[];
}

export interface CycleResult {
  numAllNodes: number;
  /** A PreFilter rejected the pod: no node was filtered (failures and feasible are empty). */
  preFilterRejection?: { failedAt: number; status: Status };
  /** Nodes a filter rejected, in the order filtering looked at them. */
  failures: NodeFailure[];
  /** Nodes every filter passed; together with failures, all the nodes this cycle looked at. */
  feasible: string[];
  /** Absent when scoring was skipped (a single feasible node needs no ranking). */
  scores?: PluginScores[];
  totals?: number[];
  selected?: string;
  /** Where the next cycle starts filtering, so every node gets its turn. */
  nextStartNodeIndex: number;
}

export interface CycleInput {
  state: CycleState;
  filters: readonly FilterPlugin[];
  scorers: readonly ScorePlugin[];
  startNodeIndex: number;
  rng: Rng;
  /** The node as filters should see it: with the nominated pods the pod must leave room for. */
  nodeView?: (node: NodeInfo) => NodeInfo;
}

export function runFilters(filters: readonly FilterPlugin[], state: CycleState, node: NodeInfo): NodeFailure | undefined {
  for (let i = 0; i < filters.length; i++) {
    const status = filters[i].filter(state, node);
    if (status) return { node: node.name, failedAt: i, status };
  }
  return undefined;
}

function prioritize(state: CycleState, scorers: readonly ScorePlugin[], feasible: readonly NodeInfo[]): { scores: PluginScores[]; totals: number[] } {
  const totals = new Array<number>(feasible.length).fill(0);
  const out: PluginScores[] = [];
  for (const p of scorers) {
    if (p.relevant && !p.relevant(state)) continue;
    const pre = p.preScore?.(state, feasible);
    const scores = new Array<number>(feasible.length);
    for (let i = 0; i < feasible.length; i++) scores[i] = p.score(state, feasible[i], pre);
    p.normalize?.(scores, state, feasible, pre);
    for (let i = 0; i < scores.length; i++) totals[i] += scores[i] * p.weight;
    out.push({ plugin: p.name, weight: p.weight, scores });
  }
  return { scores: out, totals };
}

/** selectHost: the highest total; among equals, a seeded pick so runs repeat exactly. */
function selectHost(feasible: readonly NodeInfo[], totals: readonly number[], rng: Rng): string {
  let best = -Infinity;
  let ties: number[] = [];
  for (let i = 0; i < totals.length; i++) {
    if (totals[i] > best) [best, ties] = [totals[i], [i]];
    else if (totals[i] === best) ties.push(i);
  }
  return feasible[ties.length === 1 ? ties[0] : ties[rng.int(0, ties.length - 1)]].name;
}

function runPreFilters(filters: readonly FilterPlugin[], state: CycleState): CycleResult['preFilterRejection'] {
  for (let i = 0; i < filters.length; i++) {
    const status = filters[i].preFilter?.(state);
    if (status) return { failedAt: i, status };
  }
  return undefined;
}

export function scheduleCycle({ state, filters, scorers, startNodeIndex, rng, nodeView }: CycleInput): CycleResult {
  const nodes = state.allNodes;
  const n = nodes.length;
  const preFilterRejection = runPreFilters(filters, state);
  if (preFilterRejection) return { numAllNodes: n, preFilterRejection, failures: [], feasible: [], nextStartNodeIndex: startNodeIndex };
  const want = numFeasibleNodesToFind(n);
  const failures: NodeFailure[] = [];
  const feasible: NodeInfo[] = [];
  const start = n ? startNodeIndex % n : 0;
  let looked = 0;
  for (; looked < n && feasible.length < want; looked++) {
    const node = nodes[(start + looked) % n];
    const failure = runFilters(filters, state, nodeView ? nodeView(node) : node);
    if (failure) failures.push(failure);
    else feasible.push(node);
  }
  const base = { numAllNodes: n, failures, feasible: feasible.map((x) => x.name), nextStartNodeIndex: n ? (start + looked) % n : 0 };
  if (feasible.length === 0) return base;
  if (feasible.length === 1) return { ...base, selected: feasible[0].name };
  const { scores, totals } = prioritize(state, scorers, feasible);
  return { ...base, scores, totals, selected: selectHost(feasible, totals, rng) };
}
