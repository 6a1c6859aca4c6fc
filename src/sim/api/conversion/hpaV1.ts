/**
 * autoscaling/v1 ⇄ autoscaling/v2 HorizontalPodAutoscaler conversion (pkg/apis/autoscaling/v1/
 * conversion.go): HPAs are stored as v2. v1 only knows a CPU utilization target; what it cannot
 * express travels in the `autoscaling.alpha.kubernetes.io/*` annotations, JSON encoded in the
 * v1 types' field order, so a v1 round trip keeps them.
 */
import type { HorizontalPodAutoscaler as HpaV1 } from 'kubernetes-types/autoscaling/v1';
import type { HorizontalPodAutoscaler as HpaV2, MetricSpec, MetricStatus } from 'kubernetes-types/autoscaling/v2';
import { clone } from '../../../common/objects';

export const METRIC_SPECS_ANNOTATION = 'autoscaling.alpha.kubernetes.io/metrics';
export const METRIC_STATUSES_ANNOTATION = 'autoscaling.alpha.kubernetes.io/current-metrics';
export const CONDITIONS_ANNOTATION = 'autoscaling.alpha.kubernetes.io/conditions';
export const BEHAVIOR_ANNOTATION = 'autoscaling.alpha.kubernetes.io/behavior';

const isCpuUtilization = (m: MetricSpec) => m.type === 'Resource' && m.resource?.name === 'cpu' && m.resource.target?.averageUtilization !== undefined;

/** v1's MetricSpec (the v2beta1 shape) for the annotation. */
function v1MetricSpec(m: MetricSpec): object {
  if (m.type === 'Resource' && m.resource) {
    const t = m.resource.target;
    return { type: m.type, resource: { name: m.resource.name, ...(t?.averageUtilization !== undefined ? { targetAverageUtilization: t.averageUtilization } : {}), ...(t?.averageValue !== undefined ? { targetAverageValue: t.averageValue } : {}) } };
  }
  return clone(m);
}

function v1MetricStatus(m: MetricStatus): object {
  if (m.type === 'Resource' && m.resource) {
    const c = m.resource.current;
    return { type: m.type, resource: { name: m.resource.name, ...(c?.averageUtilization !== undefined ? { currentAverageUtilization: c.averageUtilization } : {}), currentAverageValue: c?.averageValue ?? '0' } };
  }
  return clone(m);
}

function v2MetricSpec(m: { type: string; resource?: { name: string; targetAverageUtilization?: number; targetAverageValue?: string } }): MetricSpec {
  if (m.type === 'Resource' && m.resource) {
    const r = m.resource;
    const target = r.targetAverageUtilization !== undefined ? { type: 'Utilization', averageUtilization: r.targetAverageUtilization } : { type: 'AverageValue', averageValue: r.targetAverageValue };
    return { type: 'Resource', resource: { name: r.name, target } };
  }
  return clone(m) as MetricSpec;
}

/** The stored (v2) object as a v1 client sees it. */
export function hpaToV1(hpa: HpaV2): HpaV1 {
  const annotations: Record<string, string> = { ...hpa.metadata?.annotations };
  for (const k of [METRIC_SPECS_ANNOTATION, METRIC_STATUSES_ANNOTATION, CONDITIONS_ANNOTATION, BEHAVIOR_ANNOTATION]) delete annotations[k];
  const metrics = hpa.spec?.metrics ?? [];
  const cpu = metrics.find(isCpuUtilization);
  const other = metrics.filter((m) => !isCpuUtilization(m));
  if (other.length) annotations[METRIC_SPECS_ANNOTATION] = JSON.stringify(other.map(v1MetricSpec));
  const status = hpa.status;
  if (status?.currentMetrics?.length) annotations[METRIC_STATUSES_ANNOTATION] = JSON.stringify(status.currentMetrics.map(v1MetricStatus));
  if (hpa.spec?.behavior) annotations[BEHAVIOR_ANNOTATION] = JSON.stringify(hpa.spec.behavior);
  if (status?.conditions?.length) {
    annotations[CONDITIONS_ANNOTATION] = JSON.stringify(status.conditions.map((c) => ({ type: c.type, status: c.status, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message })));
  }
  const cpuNow = status?.currentMetrics?.find((m) => m.type === 'Resource' && m.resource?.name === 'cpu')?.resource?.current?.averageUtilization;
  const { annotations: _dropped, ...meta } = clone(hpa.metadata ?? {});
  return {
    apiVersion: 'autoscaling/v1',
    kind: 'HorizontalPodAutoscaler',
    metadata: { ...meta, ...(Object.keys(annotations).length ? { annotations } : {}) },
    spec: {
      scaleTargetRef: clone(hpa.spec?.scaleTargetRef ?? { kind: '', name: '' }),
      ...(hpa.spec?.minReplicas !== undefined ? { minReplicas: hpa.spec.minReplicas } : {}),
      maxReplicas: hpa.spec?.maxReplicas ?? 0,
      ...(cpu ? { targetCPUUtilizationPercentage: cpu.resource?.target?.averageUtilization } : {}),
    },
    status: {
      ...(status?.observedGeneration !== undefined ? { observedGeneration: status.observedGeneration } : {}),
      ...(status?.lastScaleTime ? { lastScaleTime: status.lastScaleTime } : {}),
      currentReplicas: status?.currentReplicas ?? 0,
      desiredReplicas: status?.desiredReplicas ?? 0,
      ...(cpuNow !== undefined ? { currentCPUUtilizationPercentage: cpuNow } : {}),
    },
  };
}

function parseAnnotation<T>(annotations: Record<string, string>, key: string): T | undefined {
  const text = annotations[key];
  delete annotations[key];
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** A v1 request body as the object to store (v2). */
export function hpaFromV1(hpa: HpaV1): HpaV2 {
  const annotations: Record<string, string> = { ...hpa.metadata?.annotations };
  const other = parseAnnotation<Parameters<typeof v2MetricSpec>[0][]>(annotations, METRIC_SPECS_ANNOTATION) ?? [];
  const behavior = parseAnnotation<NonNullable<HpaV2['spec']>['behavior']>(annotations, BEHAVIOR_ANNOTATION);
  const conditions = parseAnnotation<NonNullable<HpaV2['status']>['conditions']>(annotations, CONDITIONS_ANNOTATION);
  delete annotations[METRIC_STATUSES_ANNOTATION];
  const spec = hpa.spec;
  const metrics: MetricSpec[] = [];
  if (spec?.targetCPUUtilizationPercentage !== undefined) {
    metrics.push({ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: spec.targetCPUUtilizationPercentage } } });
  }
  metrics.push(...other.map(v2MetricSpec));
  const { annotations: _dropped, ...meta } = clone(hpa.metadata ?? {});
  const status = hpa.status;
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { ...meta, ...(Object.keys(annotations).length ? { annotations } : {}) },
    spec: {
      scaleTargetRef: clone(spec?.scaleTargetRef ?? { kind: '', name: '' }),
      ...(spec?.minReplicas !== undefined ? { minReplicas: spec.minReplicas } : {}),
      maxReplicas: spec?.maxReplicas as number,
      ...(metrics.length ? { metrics } : {}),
      ...(behavior ? { behavior } : {}),
    },
    ...(status
      ? {
          status: {
            ...(status.observedGeneration !== undefined ? { observedGeneration: status.observedGeneration } : {}),
            ...(status.lastScaleTime ? { lastScaleTime: status.lastScaleTime } : {}),
            currentReplicas: status.currentReplicas,
            desiredReplicas: status.desiredReplicas,
            ...(conditions ? { conditions } : {}),
          },
        }
      : {}),
  };
}
