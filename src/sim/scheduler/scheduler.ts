/**
 * kube-scheduler: watches pods nobody has placed yet, runs them one at a time through the
 * filter and score plugins, and binds each to the best node through the pods/binding
 * subresource — or explains, in a FailedScheduling event and the PodScheduled condition, why
 * no node fits.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { Clock } from '../../common/clock';
import type { Rng } from '../../common/rng';
import { isApiError } from '../api/errors';
import { NODES, PERSISTENTVOLUMECLAIMS, PERSISTENTVOLUMES, PODDISRUPTIONBUDGETS, PODS, STORAGECLASSES } from '../api/resources';
import type { Stored } from '../api/types';
import { EventRecorder } from '../client/eventRecorder';
import { keyOf, splitKey, type Informer, type SharedInformerFactory } from '../client/informer';
import type { Runnable } from '../client/runnable';
import type { ClusterClient } from '../client/types';
import { WorkQueue } from '../client/workQueue';
import { explainAttempt, AttemptLog, type SchedulingExplanation } from './explanation';
import { ERR_NO_NODES_AVAILABLE, fitErrorMessage, preFilterErrorMessage } from './fitError';
import { unresolvable, type CycleState, type FilterPlugin, type ScorePlugin, type Status } from './framework';
import type { NodeInfo } from './nodeInfo';
import { podInfoOf } from './podInfo';
import { patchPodScheduledCondition } from './podCondition';
import { DEFAULT_FILTER_PLUGINS, DEFAULT_SCORE_PLUGINS } from './plugins';
import { runFilters, scheduleCycle, type CycleResult } from './scheduleCycle';
import { Nominator } from './preemption/nominator';
import { preempt } from './preemption/preempt';
import { prepareCandidate } from './preemption/prepareCandidate';
import { SchedulerCache } from './schedulerCache';
import { ANY_PLUGIN, SchedulingQueue } from './schedulingQueue';
import { assignedPodAddHint, bindingHint, isAssigned, isTerminal, nodeChangeMatters, podChangeMatters, volumeHint } from './events';

export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';

export interface SchedulerOptions {
  client: ClusterClient;
  informers: SharedInformerFactory;
  clock: Clock;
  rng: Rng;
  filters?: readonly FilterPlugin[];
  scorers?: readonly ScorePlugin[];
}

export class Scheduler implements Runnable {
  readonly name = 'scheduler';
  readonly queue: WorkQueue;
  private readonly client: ClusterClient;
  private readonly clock: Clock;
  private readonly rng: Rng;
  private readonly filters: readonly FilterPlugin[];
  private readonly scorers: readonly ScorePlugin[];
  private readonly filterNames: readonly string[];
  private readonly pods: Informer<Pod>;
  private readonly pdbs: Informer<PodDisruptionBudget>;
  private readonly nominator = new Nominator();
  private readonly cache = new SchedulerCache();
  private readonly waiting: SchedulingQueue;
  private readonly recorder: EventRecorder;
  private readonly attempts = new AttemptLog();
  private nextStartNodeIndex = 0;

  constructor(opts: SchedulerOptions) {
    this.client = opts.client;
    this.clock = opts.clock;
    this.rng = opts.rng;
    this.filters = opts.filters ?? DEFAULT_FILTER_PLUGINS;
    this.scorers = opts.scorers ?? DEFAULT_SCORE_PLUGINS;
    this.filterNames = this.filters.map((f) => f.name);
    this.queue = new WorkQueue(opts.clock);
    this.waiting = new SchedulingQueue(this.queue, opts.clock);
    this.recorder = new EventRecorder(opts.client, opts.clock, { component: DEFAULT_SCHEDULER_NAME });
    this.pods = opts.informers.for<Pod>(PODS);
    this.pdbs = opts.informers.for<PodDisruptionBudget>(PODDISRUPTIONBUDGETS);
    this.pods.addHandler({
      onAdd: (p) => this.onPodChange(undefined, p),
      onUpdate: (o, p) => this.onPodChange(o, p),
      onDelete: (p) => this.onPodDelete(p),
    });
    opts.informers.for<Node>(NODES).addHandler({
      onAdd: (n) => {
        this.cache.upsertNode(n);
        this.waiting.moveAllToActiveOrBackoff(ANY_PLUGIN);
      },
      onUpdate: (o, n) => {
        this.cache.upsertNode(n);
        if (nodeChangeMatters(o, n)) this.waiting.moveAllToActiveOrBackoff(ANY_PLUGIN);
      },
      onDelete: (n) => this.cache.removeNode(n.metadata.name),
    });
    // VolumeBinding's EventsToRegister: what a pod waiting for its claims may be waiting for.
    const volumeEvent = () => this.waiting.moveAllToActiveOrBackoff(volumeHint);
    for (const r of [PERSISTENTVOLUMECLAIMS, PERSISTENTVOLUMES, STORAGECLASSES]) opts.informers.for(r).addHandler({ onAdd: volumeEvent, onUpdate: volumeEvent });
  }

  /** The last scheduling attempt for a pod, per node and plugin; undefined if none is remembered. */
  explain(namespace: string, name: string): SchedulingExplanation | undefined {
    const r = this.attempts.get(`${namespace}/${name}`);
    return r && explainAttempt(r);
  }

  sync(key: string): void {
    const pod = this.pods.getByKey(key);
    if (!pod || !this.isPending(pod) || this.cache.hasPod(key)) return this.waiting.done(key);
    const wait = this.waiting.backoffRemaining(key);
    if (wait > 0) return this.queue.addAfter(key, wait);
    this.waiting.activate(key);
    this.scheduleOne(pod);
  }

  /** Unscheduled, ours, and not on its way out: what the scheduler's queue admits. */
  private isPending(pod: Stored<Pod>): boolean {
    return !isAssigned(pod) && (pod.spec?.schedulerName ?? DEFAULT_SCHEDULER_NAME) === DEFAULT_SCHEDULER_NAME && !pod.metadata.deletionTimestamp && !isTerminal(pod);
  }

  private onPodChange(old: Stored<Pod> | undefined, pod: Stored<Pod>): void {
    const key = keyOf(pod);
    this.nominator.update(pod);
    if (isAssigned(pod)) {
      if (isTerminal(pod)) return this.podGone(key);
      this.cache.addPod(pod);
      if (!old || !isAssigned(old)) {
        this.waiting.done(key);
        this.waiting.moveAllToActiveOrBackoff(assignedPodAddHint);
      }
      return;
    }
    if (!this.isPending(pod)) return this.waiting.done(key);
    // Our own status writes (the PodScheduled condition) must not trigger another attempt.
    if (!old || podChangeMatters(old, pod)) this.queue.add(key);
  }

  private onPodDelete(pod: Stored<Pod>): void {
    const key = keyOf(pod);
    this.waiting.done(key);
    this.attempts.forget(key);
    this.nominator.remove(key);
    this.podGone(key);
  }

  /** A bound pod that finished or was deleted frees its node's room. */
  private podGone(key: string): void {
    if (!this.cache.hasPod(key)) return;
    this.cache.removePod(key);
    this.waiting.moveAllToActiveOrBackoff(bindingHint);
  }

  private scheduleOne(pod: Stored<Pod>): void {
    const key = keyOf(pod);
    const podInfo = podInfoOf(pod);
    const state: CycleState = { pod, podInfo, allNodes: this.cache.nodes(), imageNodeCounts: this.cache.imageNodeCounts, data: new Map() };
    const attempt = this.waiting.attempts(key) + 1;
    if (state.allNodes.length === 0) return this.fail(pod, attempt, ERR_NO_NODES_AVAILABLE, new Set());
    const nodeView = (n: NodeInfo) => this.nominator.withNominatedPods(n, pod, key);
    let cycle = this.evaluateNominatedNode(state, nodeView);
    if (!cycle) {
      cycle = scheduleCycle({ state, filters: this.filters, scorers: this.scorers, startNodeIndex: this.nextStartNodeIndex, rng: this.rng, nodeView });
      this.nextStartNodeIndex = cycle.nextStartNodeIndex;
    }
    const rejected = cycle.preFilterRejection;
    if (rejected) {
      const statuses = new Map(state.allNodes.map((n) => [n.name, unresolvable(...rejected.status.reasons)]));
      const post = this.postFilter(state, statuses, nodeView);
      const message = preFilterErrorMessage(cycle.numAllNodes, rejected.status, post.message);
      return this.fail(pod, attempt, message, new Set([this.filterNames[rejected.failedAt]]), cycle, post.nominatedNodeName);
    }
    if (!cycle.selected) {
      const post = this.postFilter(state, new Map(cycle.failures.map((f) => [f.node, f.status])), nodeView);
      const message = fitErrorMessage(cycle.numAllNodes, cycle.failures.map((f) => f.status), post.message);
      return this.fail(pod, attempt, message, new Set(cycle.failures.map((f) => this.filterNames[f.failedAt])), cycle, post.nominatedNodeName);
    }
    const node = cycle.selected;
    // Assume first: the binding's watch event, and the next pod of this instant, see it placed.
    this.cache.assume(podInfo, node);
    try {
      this.bind(pod, node);
    } catch (e) {
      this.cache.forget(key);
      if (isApiError(e, 'NotFound')) return;
      throw e;
    }
    const message = `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node}`;
    this.record(pod, attempt, message, cycle);
    this.waiting.done(key);
    this.recorder.event(pod, 'Normal', 'Scheduled', message);
  }

  /** evaluateNominatedNode: a pod that preempted for a node goes there as soon as it fits. */
  private evaluateNominatedNode(state: CycleState, nodeView: (n: NodeInfo) => NodeInfo): CycleResult | undefined {
    const node = state.pod.status?.nominatedNodeName ? this.cache.node(state.pod.status.nominatedNodeName) : undefined;
    if (!node || runFilters(this.filters, state, nodeView(node))) return undefined;
    return { numAllNodes: state.allNodes.length, failures: [], feasible: [node.name], selected: node.name, nextStartNodeIndex: this.nextStartNodeIndex };
  }

  /**
   * DefaultPreemption, the only PostFilter plugin: evict lower-priority pods somewhere so this
   * one fits later. Returns what goes after the filters' reasons, and the nomination to write.
   */
  private postFilter(state: CycleState, statuses: Map<string, Status>, nodeView: (n: NodeInfo) => NodeInfo): { message: string; nominatedNodeName?: string } {
    const pod = state.pod as Stored<Pod>;
    const outcome = preempt({
      pod,
      nodes: this.cache.nodes(),
      statuses,
      pdbs: this.pdbs.list(),
      fits: (n) => runFilters(this.filters, state, nodeView(n))?.status,
      nowMs: this.clock.now(),
    });
    if ('message' in outcome) return { message: outcome.message, nominatedNodeName: outcome.clearNomination ? '' : undefined };
    const deps = { client: this.client, recorder: this.recorder, nominator: this.nominator, nowMs: this.clock.now() };
    prepareCandidate(deps, pod, outcome.candidate, pod.spec?.schedulerName ?? DEFAULT_SCHEDULER_NAME);
    return { message: '', nominatedNodeName: outcome.candidate.node };
  }

  private bind(pod: Stored<Pod>, node: string): void {
    const { name, namespace } = pod.metadata;
    const binding = { apiVersion: 'v1', kind: 'Binding', metadata: { name, namespace }, target: { apiVersion: 'v1', kind: 'Node', name: node } };
    this.client.createSubresource(PODS, name, 'binding', binding, { namespace });
  }

  private fail(pod: Stored<Pod>, attempt: number, message: string, plugins: ReadonlySet<string>, cycle?: CycleResult, nominatedNodeName?: string): void {
    const key = keyOf(pod);
    this.record(pod, attempt, message, cycle);
    this.waiting.addUnschedulable(key, plugins);
    this.recorder.event(pod, 'Warning', 'FailedScheduling', message);
    patchPodScheduledCondition(this.client, pod, message, this.clock.now(), nominatedNodeName);
  }

  private record(pod: Stored<Pod>, attempt: number, message: string, cycle: CycleResult | undefined): void {
    const { namespace, name } = splitKey(keyOf(pod));
    this.attempts.record(keyOf(pod), {
      namespace,
      name,
      uid: pod.metadata.uid,
      attempt,
      timeMs: this.clock.now(),
      message,
      filterPlugins: this.filterNames,
      cycle,
    });
  }
}
