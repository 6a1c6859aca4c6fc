/**
 * The horizontal pod autoscaler (autoscaling/v2): every 15 s it reads the target's `scale`
 * subresource, the pods behind its selector and their metrics, computes the replicas each
 * resource metric asks for, applies the behaviour's stabilisation and rate limits, writes the new
 * size through `scale`, and reports it all in status conditions and events.
 */
import type { HorizontalPodAutoscaler, HorizontalPodAutoscalerCondition, HorizontalPodAutoscalerStatus, MetricSpec, MetricStatus } from 'kubernetes-types/autoscaling/v2';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Clock } from '../../../common/clock';
import { clone, deepEqual } from '../../../common/objects';
import { rfc3339 } from '../../../common/time';
import { matches, parseSelector } from '../../api/labels';
import { BUILTIN_RESOURCES, HORIZONTALPODAUTOSCALERS, PODS, findByKind } from '../../api/resources';
import type { Stored } from '../../api/types';
import { EventRecorder } from '../../client/eventRecorder';
import { keyOf, type Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import type { PodMetrics } from '../../metrics/types';
import type { ControllerContext } from '../util/controllerContext';
import { asKubeObject } from '../util/controllerRef';
import { limitRate, stabilize, withDefaults, type Recommendation, type ScaleEvent } from './behavior';
import { setCondition } from './conditions';
import { podResourceInfo } from './podMetrics';
import { ReplicaCalculationError, resourceReplicas } from './replicaCalculator';

export const SYNC_PERIOD_SECONDS = 15;
const DEFAULT_METRICS: MetricSpec[] = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }];

/** The resource metrics API as the controller reads it (metrics-server behind the aggregator). */
export interface ResourceMetricsSource {
  available(): boolean;
  podMetrics(namespace: string): PodMetrics[];
}

interface Scale {
  spec?: { replicas?: number };
  status?: { replicas?: number; selector?: string };
}

interface MetricsOutcome {
  replicas: number;
  metric: string;
  statuses: MetricStatus[];
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class HorizontalController implements Runnable {
  readonly name = 'horizontal-pod-autoscaler';
  readonly queue: WorkQueue;
  private readonly client: ClusterClient;
  private readonly clock: Clock;
  private readonly recorder: EventRecorder;
  private readonly hpas: Informer<HorizontalPodAutoscaler>;
  private readonly pods: Informer<Pod>;
  private readonly recommendations = new Map<string, Recommendation[]>();
  private readonly scaleUpEvents = new Map<string, ScaleEvent[]>();
  private readonly scaleDownEvents = new Map<string, ScaleEvent[]>();

  constructor(ctx: Pick<ControllerContext, 'client' | 'informers' | 'clock'> & { metrics: ResourceMetricsSource }) {
    this.client = ctx.client;
    this.clock = ctx.clock;
    this.metrics = ctx.metrics;
    this.queue = new WorkQueue(ctx.clock);
    this.recorder = new EventRecorder(ctx.client, ctx.clock, { component: 'horizontal-pod-autoscaler' });
    this.hpas = ctx.informers.for<HorizontalPodAutoscaler>(HORIZONTALPODAUTOSCALERS);
    this.pods = ctx.informers.for<Pod>(PODS);
    // Spec changes resync at once; the periodic resync comes from each sync's own requeue.
    this.hpas.addHandler({ onAdd: (h) => this.queue.add(keyOf(h)), onUpdate: (o, h) => o.metadata.generation !== h.metadata.generation && this.queue.add(keyOf(h)) });
  }

  private readonly metrics: ResourceMetricsSource;

  sync(key: string): void {
    const hpa = this.hpas.getByKey(key);
    if (!hpa || hpa.metadata.deletionTimestamp) {
      for (const m of [this.recommendations, this.scaleUpEvents, this.scaleDownEvents]) m.delete(key);
      return;
    }
    this.queue.addAfter(key, SYNC_PERIOD_SECONDS);
    this.reconcile(key, hpa);
  }

  private reconcile(key: string, hpa: Stored<HorizontalPodAutoscaler>): void {
    const now = this.clock.now();
    const status: HorizontalPodAutoscalerStatus = clone(hpa.status ?? { desiredReplicas: 0 });
    let conditions = status.conditions ?? [];
    const target = hpa.spec?.scaleTargetRef;
    const info = target && findByKind(BUILTIN_RESOURCES, target.apiVersion ?? '', target.kind);
    const namespace = hpa.metadata.namespace ?? '';
    let scale: Scale;
    try {
      if (!info) throw new Error(`no matches for kind "${target?.kind}" in group "${(target?.apiVersion ?? '').split('/').slice(0, -1).join('/')}"`);
      scale = this.client.get<Scale>(info, target.name, { namespace, subresource: 'scale' });
    } catch (e) {
      this.recorder.event(asKubeObject(hpa), 'Warning', 'FailedGetScale', errorText(e));
      conditions = setCondition(conditions, now, 'AbleToScale', false, 'FailedGetScale', `the HPA controller was unable to get the target's current scale: ${errorText(e)}`);
      this.writeStatus(hpa, { ...status, conditions });
      return;
    }
    conditions = setCondition(conditions, now, 'AbleToScale', true, 'SucceededGetScale', "the HPA controller was able to get the target's current scale");
    const current = scale.spec?.replicas ?? 0;
    const min = hpa.spec?.minReplicas ?? 1;
    const max = hpa.spec?.maxReplicas ?? min;
    let desired: number;
    let reason = '';
    let statuses = status.currentMetrics;
    if (current === 0 && min !== 0) {
      desired = 0;
      conditions = setCondition(conditions, now, 'ScalingActive', false, 'ScalingDisabled', 'scaling is disabled since the replica count of the target is zero');
    } else if (current > max || current < min) {
      desired = current > max ? max : min;
      reason = current > max ? 'Current number of replicas above Spec.MaxReplicas' : 'Current number of replicas below Spec.MinReplicas';
      conditions = setCondition(conditions, now, 'ScalingLimited', true, current > max ? 'TooManyReplicas' : 'TooFewReplicas', current > max ? 'the desired replica count is more than the maximum replica count' : 'the desired replica count is less than the minimum replica count');
    } else {
      let outcome: MetricsOutcome;
      try {
        outcome = this.computeReplicas(hpa, current, scale.status?.selector ?? '');
      } catch (e) {
        const failed = this.metricFailure(hpa, e, now, conditions);
        this.writeStatus(hpa, { ...status, currentReplicas: current, desiredReplicas: status.desiredReplicas ?? current, conditions: failed.conditions, currentMetrics: failed.currentMetrics });
        return;
      }
      statuses = outcome.statuses;
      conditions = setCondition(conditions, now, 'ScalingActive', true, 'ValidMetricFound', `the HPA was able to successfully calculate a replica count from ${outcome.metric}`);
      const normalized = this.normalize(key, hpa, now, current, outcome.replicas, min, max);
      desired = normalized.replicas;
      if (normalized.stabilized) conditions = setCondition(conditions, now, 'AbleToScale', true, normalized.stabilized.reason, normalized.stabilized.message);
      conditions = setCondition(conditions, now, 'ScalingLimited', normalized.limit.reason !== 'DesiredWithinRange', normalized.limit.reason, normalized.limit.message);
      reason = desired > current ? `${outcome.metric} above target` : 'All metrics below target';
    }
    let lastScaleTime = status.lastScaleTime;
    if (desired !== current) {
      try {
        this.client.patch(info, target.name, 'merge', { spec: { replicas: desired } }, { namespace, subresource: 'scale' });
      } catch (e) {
        this.recorder.event(asKubeObject(hpa), 'Warning', 'FailedRescale', `New size: ${desired}; reason: ${reason}; error: ${errorText(e)}`);
        conditions = setCondition(conditions, now, 'AbleToScale', false, 'FailedUpdateScale', `the HPA controller was unable to update the target scale: ${errorText(e)}`);
        this.writeStatus(hpa, { ...status, conditions });
        return;
      }
      this.recordScale(key, now, desired - current);
      this.recorder.event(asKubeObject(hpa), 'Normal', 'SuccessfulRescale', `New size: ${desired}; reason: ${reason}`);
      conditions = setCondition(conditions, now, 'AbleToScale', true, 'SucceededRescale', `the HPA controller was able to update the target scale to ${desired}`);
      lastScaleTime = rfc3339(now);
    } else if (!conditions.some((c) => c.type === 'AbleToScale' && c.reason?.endsWith('Stabilized'))) {
      conditions = setCondition(conditions, now, 'AbleToScale', true, 'ReadyForNewScale', 'recommended size matches current size');
    }
    this.writeStatus(hpa, { ...status, ...(lastScaleTime ? { lastScaleTime } : {}), currentReplicas: current, desiredReplicas: desired, currentMetrics: statuses, conditions });
  }

  private computeReplicas(hpa: Stored<HorizontalPodAutoscaler>, current: number, selector: string): MetricsOutcome {
    const namespace = hpa.metadata.namespace ?? '';
    const parsed = parseSelector(selector);
    const pods = this.pods.list(namespace).filter((p) => matches(parsed, p.metadata.labels ?? {}));
    if (!this.metrics.available()) throw new ReplicaCalculationError('unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)');
    const metrics = this.metrics.podMetrics(namespace);
    let best: MetricsOutcome = { replicas: 0, metric: '', statuses: [] };
    for (const spec of hpa.spec?.metrics ?? DEFAULT_METRICS) {
      const name = spec.resource?.name ?? '';
      const targetUtilization = spec.resource?.target.averageUtilization;
      if (spec.type !== 'Resource' || targetUtilization === undefined) continue;
      const r = resourceReplicas(current, targetUtilization, name, podResourceInfo(name, pods, metrics));
      const averageValue = name === 'cpu' ? `${Math.round(r.averageValueMilli)}m` : String(Math.round(r.averageValueMilli));
      best.statuses.push({ type: 'Resource', resource: { name, current: { averageUtilization: r.utilization, averageValue } } });
      if (r.replicas > best.replicas || !best.metric) best = { ...best, replicas: r.replicas, metric: `${name} resource utilization (percentage of request)` };
    }
    return best;
  }

  private metricFailure(hpa: Stored<HorizontalPodAutoscaler>, e: unknown, now: number, conditions: HorizontalPodAutoscalerCondition[]) {
    const specs = hpa.spec?.metrics ?? DEFAULT_METRICS;
    const name = specs.find((s) => s.type === 'Resource')?.resource?.name ?? 'cpu';
    const message = `failed to get ${name} utilization: ${errorText(e)}`;
    this.recorder.event(asKubeObject(hpa), 'Warning', 'FailedGetResourceMetric', message);
    this.recorder.event(asKubeObject(hpa), 'Warning', 'FailedComputeMetricsReplicas', `invalid metrics (1 invalid out of ${specs.length}), first error is: failed to get ${name} resource metric value: ${message}`);
    return {
      conditions: setCondition(conditions, now, 'ScalingActive', false, 'FailedGetResourceMetric', `the HPA was unable to compute the replica count: ${message}`),
      currentMetrics: specs.map((s): MetricStatus => (s.type === 'Resource' ? { type: 'Resource', resource: { name: s.resource?.name ?? '', current: {} } } : { type: s.type })),
    };
  }

  private normalize(key: string, hpa: Stored<HorizontalPodAutoscaler>, now: number, current: number, recommended: number, min: number, max: number) {
    const behavior = withDefaults(hpa.spec?.behavior);
    const history = this.recommendations.get(key) ?? [];
    const stable = stabilize(now, current, recommended, history, behavior);
    const keep = Math.max(behavior.scaleUp.stabilizationWindowSeconds, behavior.scaleDown.stabilizationWindowSeconds) * 1000;
    this.recommendations.set(key, [...history.filter((r) => r.at > now - keep), { at: now, replicas: recommended }]);
    const limit = limitRate(now, current, stable.replicas, min, max, this.scaleUpEvents.get(key) ?? [], this.scaleDownEvents.get(key) ?? [], behavior);
    return { replicas: limit.replicas, stabilized: stable.reason ? { reason: stable.reason, message: stable.message ?? '' } : undefined, limit: { reason: limit.reason ?? 'DesiredWithinRange', message: limit.message ?? '' } };
  }

  private recordScale(key: string, now: number, change: number): void {
    const events = change > 0 ? this.scaleUpEvents : this.scaleDownEvents;
    // Rate policies look back at most 30 min (the API's limit on periodSeconds).
    events.set(key, [...(events.get(key) ?? []).filter((e) => e.at > now - 1800 * 1000), { at: now, change: Math.abs(change) }]);
  }

  private writeStatus(hpa: Stored<HorizontalPodAutoscaler>, status: HorizontalPodAutoscalerStatus): void {
    if (deepEqual(hpa.status, status)) return;
    this.client.update(HORIZONTALPODAUTOSCALERS, { ...clone(hpa), status }, { namespace: hpa.metadata.namespace, subresource: 'status' });
  }
}
