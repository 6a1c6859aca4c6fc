import { describe, expect, it } from 'vitest';
import type { Endpoints } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { ENDPOINTS, ENDPOINTSLICES, PODS, SERVICES } from '../../api/resources';
import { Cluster } from '../../cluster/cluster';
import { EndpointSliceController } from '../endpointslice/endpointSliceController';
import { EndpointsController } from './endpointsController';

function setup() {
  const cluster = new Cluster();
  const deps = { client: cluster.client, informers: cluster.informers, clock: cluster.clock };
  const controllers = [new EndpointsController(deps), new EndpointSliceController(deps)];
  cluster.informers.start();
  controllers.forEach((c) => cluster.addRunnable(c));
  cluster.client.create(SERVICES, { metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] } });
  return cluster;
}

function runningPod(cluster: Cluster, name: string, ip: string, ready: boolean) {
  cluster.client.create(PODS, {
    metadata: { name, labels: { app: 'web' } },
    spec: { nodeName: 'n1', containers: [{ name: 'nginx', image: 'nginx', ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] }] },
  });
  const pod = cluster.client.get(PODS, name);
  cluster.client.update(PODS, { ...pod, status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] } }, { subresource: 'status' });
}

describe('Endpoints and EndpointSlice controllers', () => {
  it('lists ready pods as addresses with the named target port resolved, others as not ready', () => {
    const cluster = setup();
    runningPod(cluster, 'web-a', '10.244.0.5', true);
    runningPod(cluster, 'web-b', '10.244.0.6', false);
    cluster.drain();
    const ep = cluster.client.get<Endpoints>(ENDPOINTS, 'web');
    expect(ep.subsets).toEqual([
      {
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
        addresses: [expect.objectContaining({ ip: '10.244.0.5', nodeName: 'n1', targetRef: expect.objectContaining({ kind: 'Pod', name: 'web-a' }) })],
        notReadyAddresses: [expect.objectContaining({ ip: '10.244.0.6' })],
      },
    ]);
    const [slice] = cluster.client.list<EndpointSlice>(ENDPOINTSLICES, { labelSelector: 'kubernetes.io/service-name=web' }).items;
    expect(slice.metadata.name).toMatch(/^web-[a-z0-9]{5}$/);
    expect(slice.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Service', name: 'web', controller: true });
    expect(slice.endpoints?.map((e) => [e.addresses[0], e.conditions?.ready])).toEqual([
      ['10.244.0.5', true],
      ['10.244.0.6', false],
    ]);
  });

  it('drops a deleted pod and removes the Endpoints with the Service', () => {
    const cluster = setup();
    runningPod(cluster, 'web-a', '10.244.0.5', true);
    cluster.drain();
    cluster.client.delete(PODS, 'web-a', { gracePeriodSeconds: 0 });
    cluster.drain();
    expect(cluster.client.get<Endpoints>(ENDPOINTS, 'web').subsets).toBeUndefined();
    cluster.client.delete(SERVICES, 'web');
    cluster.drain();
    expect(cluster.client.list(ENDPOINTS).items).toEqual([]);
  });
});
