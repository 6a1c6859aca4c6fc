/**
 * HorizontalPodAutoscaler rows (printHorizontalPodAutoscaler): REFERENCE Kind/name, TARGETS as
 * `cpu: 250%/50%` per metric (current `<unknown>` until the controller has measured it; at most
 * two shown, then `+ N more...`), MINPODS `<unset>` when absent.
 */
import type { HorizontalPodAutoscaler, MetricSpec, MetricStatus } from 'kubernetes-types/autoscaling/v2';
import { translateTimestampSince } from '../age';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

const UNKNOWN = '<unknown>';
const percent = (n: number | undefined) => (n === undefined ? undefined : `${n}%`);

/** One metric of the TARGETS column, e.g. `cpu: 0%/50%`; the graph shows each on its own. */
export function formatHPAMetric(spec: MetricSpec, status: MetricStatus | undefined): string {
  switch (spec.type) {
    case 'Resource':
    case 'ContainerResource': {
      const source = spec.type === 'Resource' ? spec.resource : spec.containerResource;
      const current = spec.type === 'Resource' ? status?.resource?.current : status?.containerResource?.current;
      const target = source?.target;
      if (target?.averageValue !== undefined) return `${source?.name}: ${current?.averageValue ?? UNKNOWN}/${target.averageValue}`;
      return `${source?.name}: ${percent(current?.averageUtilization) ?? UNKNOWN}/${percent(target?.averageUtilization) ?? '<auto>'}`;
    }
    case 'Pods':
      return `${status?.pods?.current.averageValue ?? UNKNOWN}/${spec.pods?.target.averageValue ?? ''}`;
    case 'Object': {
      const t = spec.object?.target;
      const c = status?.object?.current;
      return t?.averageValue !== undefined ? `${c?.averageValue ?? UNKNOWN}/${t.averageValue} (avg)` : `${c?.value ?? UNKNOWN}/${t?.value ?? ''}`;
    }
    case 'External': {
      const t = spec.external?.target;
      const c = status?.external?.current;
      return t?.averageValue !== undefined ? `${c?.averageValue ?? UNKNOWN}/${t.averageValue} (avg)` : `${c?.value ?? UNKNOWN}/${t?.value ?? ''}`;
    }
    default:
      return '<unknown type>';
  }
}

export function formatHPAMetrics(specs: MetricSpec[] | undefined, statuses: MetricStatus[] | undefined): string {
  if (!specs?.length) return '<none>';
  const shown = specs.slice(0, 2).map((s, i) => formatHPAMetric(s, statuses?.[i]));
  return specs.length > 2 ? `${shown.join(', ')} + ${specs.length - 2} more...` : shown.join(', ');
}

export const horizontalPodAutoscalerTable: TableConvertor<HorizontalPodAutoscaler> = {
  columns: [nameColumn, col('Reference'), col('Targets'), col('MinPods'), col('MaxPods'), col('Replicas'), ageColumn],
  cells(hpa, now) {
    const ref = hpa.spec?.scaleTargetRef;
    return [
      hpa.metadata?.name ?? '',
      `${ref?.kind ?? ''}/${ref?.name ?? ''}`,
      formatHPAMetrics(hpa.spec?.metrics, hpa.status?.currentMetrics),
      hpa.spec?.minReplicas ?? '<unset>',
      hpa.spec?.maxReplicas ?? 0,
      hpa.status?.currentReplicas ?? 0,
      translateTimestampSince(hpa.metadata?.creationTimestamp, now),
    ];
  },
};
