/**
 * `kubectl autoscale`'s HorizontalPodAutoscaler, as pkg/cmd/autoscale builds an autoscaling/v2
 * one: the target by apiVersion/kind/name, `--min` only when positive, a CPU utilization metric
 * only when `--cpu-percent` was given.
 */
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import { ZERO_TIME } from './meta';

export interface HpaParams {
  name: string;
  target: { apiVersion: string; kind: string; name: string };
  min: number;
  max: number;
  cpuPercent: number;
}

export function generateHorizontalPodAutoscaler(p: HpaParams): HorizontalPodAutoscaler {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: p.name, creationTimestamp: ZERO_TIME },
    spec: {
      scaleTargetRef: p.target,
      ...(p.min > 0 ? { minReplicas: p.min } : {}),
      maxReplicas: p.max,
      ...(p.cpuPercent >= 0
        ? { metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: p.cpuPercent } } }] }
        : {}),
    },
    status: { desiredReplicas: 0 },
  };
}
