import { describe, expect, it } from 'vitest';
import type { HorizontalPodAutoscaler as HpaV1 } from 'kubernetes-types/autoscaling/v1';
import type { HorizontalPodAutoscaler as HpaV2 } from 'kubernetes-types/autoscaling/v2';
import { BUILTIN_RESOURCES, findByKind, resolveResource } from '../api/resources';
import { createCluster } from '../cluster/createCluster';

const V1 = { group: 'autoscaling', version: 'v1', resource: 'horizontalpodautoscalers' };
const V2 = { group: 'autoscaling', version: 'v2', resource: 'horizontalpodautoscalers' };
const hpa: HpaV1 = {
  apiVersion: 'autoscaling/v1',
  kind: 'HorizontalPodAutoscaler',
  metadata: { name: 'web' },
  spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 2, maxReplicas: 5, targetCPUUtilizationPercentage: 60 },
};

describe('serving autoscaling/v1 HPAs from v2 storage', () => {
  it('create in v1, read in both versions, patch in v1, list and watch in v1', () => {
    const { client } = createCluster({ seed: 1 });
    expect(client.create<HpaV1>(V1, hpa, { namespace: 'default' }).apiVersion).toBe('autoscaling/v1');
    const stored = client.get<HpaV2>(V2, 'web', { namespace: 'default' });
    expect(stored.spec?.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }]);
    const events: string[] = [];
    const stop = client.watch(V1, { namespace: 'default' }, (e) => events.push(`${e.type} ${(e.object as HpaV1).spec?.targetCPUUtilizationPercentage}`));
    client.patch(V1, 'web', 'merge', { spec: { targetCPUUtilizationPercentage: 75 } }, { namespace: 'default' });
    stop();
    expect(events).toEqual(['MODIFIED 75']);
    expect(client.get<HpaV2>(V2, 'web', { namespace: 'default' }).spec?.metrics?.[0].resource?.target?.averageUtilization).toBe(75);
    const list = client.list<HpaV1>(V1, { namespace: 'default' });
    expect([list.apiVersion, list.items[0].apiVersion, list.items[0].spec?.targetCPUUtilizationPercentage]).toEqual(['autoscaling/v1', 'autoscaling/v1', 75]);
  });

  it('refuses a body of another version, as the API server does', () => {
    const { client } = createCluster({ seed: 1 });
    expect(() => client.create(V1, { ...hpa, apiVersion: 'autoscaling/v2' }, { namespace: 'default' })).toThrow(
      'the API version in the data (autoscaling/v2) does not match the expected API version (autoscaling/v1)',
    );
  });
});

describe('mapping to a non-preferred version', () => {
  it.each([
    ['short name picks the preferred version', () => resolveResource(BUILTIN_RESOURCES, 'hpa')?.version, 'v2'],
    ['resource.version.group reaches v1', () => resolveResource(BUILTIN_RESOURCES, 'hpa.v1.autoscaling')?.version, 'v1'],
    ['a manifest apiVersion reaches v1', () => findByKind(BUILTIN_RESOURCES, 'autoscaling/v1', 'HorizontalPodAutoscaler')?.version, 'v1'],
    ['discovery lists only the preferred version', () => BUILTIN_RESOURCES.filter((r) => r.resource === 'horizontalpodautoscalers').length, 1],
  ])('%s', (_name, got, expected) => {
    expect(got()).toBe(expected);
  });
});
