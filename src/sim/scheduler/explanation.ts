/**
 * "Why is this pod Pending / why this node?": the last attempt's verdicts per node and plugin.
 * Cycles store their compact result; the readable form is built only when someone asks, so
 * scheduling a thousand pods a second does not allocate a thousand explanations a second.
 */
import { rfc3339 } from '../../common/time';
import type { StatusCode } from './framework';
import type { CycleResult, NodeFailure } from './scheduleCycle';

export interface FilterVerdict {
  plugin: string;
  passed: boolean;
  /** Set when the plugin rejected the node. */
  code?: StatusCode;
  reasons: string[];
}

export interface ScoreVerdict {
  plugin: string;
  /** Normalized to [0, 100]. */
  score: number;
  weight: number;
  weighted: number;
}

export interface NodeVerdict {
  node: string;
  feasible: boolean;
  /** Filters run in order and stop at the first rejection: later plugins were not asked. */
  filters: FilterVerdict[];
  /** Empty when the node was rejected or was the only feasible one (nothing to rank). */
  scores: ScoreVerdict[];
  total?: number;
  selected: boolean;
}

export interface SchedulingExplanation {
  namespace: string;
  name: string;
  uid: string;
  /** How many cycles this pod has been through, this one included. */
  attempt: number;
  time: string;
  result: 'Scheduled' | 'Unschedulable';
  node?: string;
  /** The Scheduled or FailedScheduling event's message. */
  message: string;
  numAllNodes: number;
  /** Nodes the cycle looked at: in big clusters it stops once enough feasible ones are found. */
  nodes: NodeVerdict[];
}

export interface AttemptRecord {
  namespace: string;
  name: string;
  uid: string;
  attempt: number;
  timeMs: number;
  message: string;
  filterPlugins: readonly string[];
  cycle?: CycleResult;
}

function filterVerdicts(plugins: readonly string[], failure: NodeFailure | undefined): FilterVerdict[] {
  const ran = failure ? failure.failedAt + 1 : plugins.length;
  return plugins.slice(0, ran).map((plugin, i) =>
    i === failure?.failedAt ? { plugin, passed: false, code: failure.status.code, reasons: [...failure.status.reasons] } : { plugin, passed: true, reasons: [] },
  );
}

/** In node name order, the order `kubectl get nodes` lists them. */
function nodeVerdicts(r: AttemptRecord): NodeVerdict[] {
  const c = r.cycle;
  if (!c) return [];
  const failures = new Map(c.failures.map((f) => [f.node, f]));
  const names = [...c.feasible, ...failures.keys()].sort();
  const feasibleIndex = new Map(c.feasible.map((name, i) => [name, i]));
  return names.map((node) => {
    const i = feasibleIndex.get(node);
    const scores = i === undefined ? [] : (c.scores ?? []).map((s) => ({ plugin: s.plugin, score: s.scores[i], weight: s.weight, weighted: s.scores[i] * s.weight }));
    return {
      node,
      feasible: i !== undefined,
      filters: filterVerdicts(r.filterPlugins, failures.get(node)),
      scores,
      total: i === undefined ? undefined : c.totals?.[i],
      selected: c.selected === node,
    };
  });
}

export function explainAttempt(r: AttemptRecord): SchedulingExplanation {
  return {
    namespace: r.namespace,
    name: r.name,
    uid: r.uid,
    attempt: r.attempt,
    time: rfc3339(r.timeMs),
    result: r.cycle?.selected ? 'Scheduled' : 'Unschedulable',
    node: r.cycle?.selected,
    message: r.message,
    numAllNodes: r.cycle?.numAllNodes ?? 0,
    nodes: nodeVerdicts(r),
  };
}

/** The last attempt per pod, for the most recently attempted pods only (bounded memory). */
export class AttemptLog {
  private readonly records = new Map<string, AttemptRecord>();

  constructor(private readonly limit = 500) {}

  record(key: string, r: AttemptRecord): void {
    this.records.delete(key);
    this.records.set(key, r);
    if (this.records.size > this.limit) this.records.delete(this.records.keys().next().value!);
  }

  get(key: string): AttemptRecord | undefined {
    return this.records.get(key);
  }

  forget(key: string): void {
    this.records.delete(key);
  }
}
