import { describe, expect, it } from 'vitest';
import type { HorizontalPodAutoscaler as HpaV2 } from 'kubernetes-types/autoscaling/v2';
import { hpaFromV1, hpaToV1 } from './hpaV1';

const ref = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'frontend' };

describe('autoscaling/v1 ⇄ v2', () => {
  it('a CPU target becomes a Resource metric and back', () => {
    const v2 = hpaFromV1({ apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: { name: 'h' }, spec: { scaleTargetRef: ref, minReplicas: 3, maxReplicas: 10, targetCPUUtilizationPercentage: 50 } });
    expect(v2.apiVersion).toBe('autoscaling/v2');
    expect(v2.spec).toEqual({ scaleTargetRef: ref, minReplicas: 3, maxReplicas: 10, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] });
    expect(hpaToV1(v2).spec).toEqual({ scaleTargetRef: ref, minReplicas: 3, maxReplicas: 10, targetCPUUtilizationPercentage: 50 });
  });

  it('what v1 cannot hold travels in annotations and survives a round trip', () => {
    const v2: HpaV2 = {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'h', annotations: { team: 'a' } },
      spec: {
        scaleTargetRef: ref,
        maxReplicas: 5,
        metrics: [{ type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '100Mi' } } }],
        behavior: { scaleDown: { stabilizationWindowSeconds: 60 } },
      },
      status: {
        currentReplicas: 2,
        desiredReplicas: 3,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 70, averageValue: '140m' } } }],
        conditions: [{ type: 'AbleToScale', status: 'True', lastTransitionTime: '2024-06-01T00:00:00Z', reason: 'ReadyForNewScale', message: 'ok' }],
      },
    };
    const v1 = hpaToV1(v2);
    expect(v1.metadata?.annotations).toEqual({
      team: 'a',
      'autoscaling.alpha.kubernetes.io/metrics': '[{"type":"Resource","resource":{"name":"memory","targetAverageValue":"100Mi"}}]',
      'autoscaling.alpha.kubernetes.io/current-metrics': '[{"type":"Resource","resource":{"name":"cpu","currentAverageUtilization":70,"currentAverageValue":"140m"}}]',
      'autoscaling.alpha.kubernetes.io/behavior': '{"scaleDown":{"stabilizationWindowSeconds":60}}',
      'autoscaling.alpha.kubernetes.io/conditions': '[{"type":"AbleToScale","status":"True","lastTransitionTime":"2024-06-01T00:00:00Z","reason":"ReadyForNewScale","message":"ok"}]',
    });
    expect(v1.status).toEqual({ currentReplicas: 2, desiredReplicas: 3, currentCPUUtilizationPercentage: 70 });
    const back = hpaFromV1(v1);
    expect(back.metadata?.annotations).toEqual({ team: 'a' });
    expect(back.spec).toEqual(v2.spec);
    expect(back.status?.conditions).toEqual(v2.status?.conditions);
  });
});
