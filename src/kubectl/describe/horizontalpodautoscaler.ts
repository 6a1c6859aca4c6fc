/**
 * `kubectl describe hpa` (describeHorizontalPodAutoscalerV2): each metric as `current / target`,
 * the replica bounds, any scaling behavior, and the controller's conditions.
 */
import type { HorizontalPodAutoscaler, HPAScalingRules, MetricSpec, MetricStatus } from 'kubernetes-types/autoscaling/v2';
import type { Event } from 'kubernetes-types/core/v1';
import { describeEvents } from './events';
import { printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './format';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter, tabbedString } from './prefixWriter';

const q = (v: string | number | undefined) => (v === undefined ? '<unset>' : String(v));

function describeResourceMetric(w: PrefixWriter, label: string, spec: NonNullable<MetricSpec['resource']>, current: MetricStatus['resource']): void {
  w.write(LEVEL_1, label);
  if (spec.target.averageValue !== undefined) {
    w.write(LEVEL_0, `:\t${current?.current.averageValue ?? '<unknown>'} / ${spec.target.averageValue}\n`);
    return;
  }
  const util = current?.current.averageUtilization;
  const now = util === undefined ? '<unknown>' : `${util}% (${q(current?.current.averageValue)})`;
  const target = spec.target.averageUtilization === undefined ? '<auto>' : `${spec.target.averageUtilization}%`;
  w.write(LEVEL_1, `(as a percentage of request):\t${now} / ${target}\n`);
}

function describeMetric(w: PrefixWriter, metric: MetricSpec, status: MetricStatus | undefined): void {
  switch (metric.type) {
    case 'Resource':
      return describeResourceMetric(w, `resource ${metric.resource!.name} on pods`, metric.resource!, status?.resource);
    case 'ContainerResource': {
      const cr = metric.containerResource!;
      return describeResourceMetric(w, `resource ${cr.name} of container "${cr.container}" on pods`, cr, status?.containerResource);
    }
    case 'Pods': {
      const current = status?.pods?.current.averageValue ?? '<unknown>';
      return w.write(LEVEL_1, `"${metric.pods!.metric.name}" on pods:\t${current} / ${q(metric.pods!.target.averageValue)}\n`);
    }
    default:
      return w.write(LEVEL_1, `<unknown metric type "${metric.type}">\n`);
  }
}

function describeDirection(w: PrefixWriter, direction: string, rules: HPAScalingRules | undefined): void {
  if (!rules) return;
  w.write(LEVEL_1, `${direction}:\n`);
  if (rules.stabilizationWindowSeconds !== undefined) w.write(LEVEL_2, `Stabilization Window: ${rules.stabilizationWindowSeconds} seconds\n`);
  if (!rules.policies?.length) return;
  w.write(LEVEL_2, `Select Policy: ${rules.selectPolicy ?? 'Max'}\n`);
  w.write(LEVEL_2, 'Policies:\n');
  for (const p of rules.policies) w.write(LEVEL_3, `- Type=${p.type}  Value=${p.value}  Period=${p.periodSeconds} seconds\n`);
}

export function describeHorizontalPodAutoscaler(hpa: HorizontalPodAutoscaler, events: Event[] | undefined, now: number): string {
  const ref = hpa.spec?.scaleTargetRef;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${hpa.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${hpa.metadata?.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', hpa.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', hpa.metadata?.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(hpa.metadata?.creationTimestamp)}\n`);
    w.write(LEVEL_0, `Reference:\t${ref?.kind}/${ref?.name}\n`);
    w.write(LEVEL_0, 'Metrics:\t( current / target )\n');
    (hpa.spec?.metrics ?? []).forEach((m, i) => describeMetric(w, m, hpa.status?.currentMetrics?.[i]));
    w.write(LEVEL_0, `Min replicas:\t${q(hpa.spec?.minReplicas)}\n`);
    w.write(LEVEL_0, `Max replicas:\t${hpa.spec?.maxReplicas}\n`);
    if (hpa.spec?.behavior) {
      w.write(LEVEL_0, 'Behavior:\n');
      describeDirection(w, 'Scale Up', hpa.spec.behavior.scaleUp);
      describeDirection(w, 'Scale Down', hpa.spec.behavior.scaleDown);
    }
    w.write(LEVEL_0, `${ref?.kind} pods:\t${hpa.status?.currentReplicas ?? 0} current / ${hpa.status?.desiredReplicas ?? 0} desired\n`);
    const conditions = hpa.status?.conditions ?? [];
    if (conditions.length) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t------\t-------\n');
      for (const c of conditions) w.write(LEVEL_1, `${c.type}\t${c.status}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
    }
    describeEvents(events, w, now);
  });
}
