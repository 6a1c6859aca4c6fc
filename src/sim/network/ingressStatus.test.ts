import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Ingress } from 'kubernetes-types/networking/v1';
import { INGRESSCLASSES, INGRESSES, NODES, PODS } from '../api/resources';
import { Cluster } from '../cluster/cluster';
import { IngressStatusUpdater } from './ingressStatus';

function setup() {
  const c = new Cluster({ seed: 1 });
  const updater = new IngressStatusUpdater(c.client, c.informers, c.clock);
  c.addRunnable(updater);
  c.addBusyCheck(() => updater.isBusy());
  c.client.create(NODES, { apiVersion: 'v1', kind: 'Node', metadata: { name: 'minikube' }, status: { addresses: [{ type: 'InternalIP', address: '192.168.49.2' }] } });
  c.client.create(INGRESSCLASSES, { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx', annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } }, spec: { controller: 'k8s.io/ingress-nginx' } });
  const pod = c.client.create<Pod>(PODS, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'ingress-nginx-controller-x', namespace: 'ingress-nginx' }, spec: { nodeName: 'minikube', containers: [{ name: 'controller', image: 'registry.k8s.io/ingress-nginx/controller:v1.11.3' }] } }, { namespace: 'ingress-nginx' });
  const ready = () => c.client.update(PODS, { ...pod, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: new Date(c.now()).toISOString() }] } }, { namespace: 'ingress-nginx', subresource: 'status' });
  c.client.create(INGRESSES, { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'example' }, spec: { ingressClassName: 'nginx', rules: [{ host: 'a.example' }] } }, { namespace: 'default' });
  c.drain();
  const address = (name = 'example') => c.client.get<Ingress>(INGRESSES, name, { namespace: 'default' }).status?.loadBalancer?.ingress?.[0]?.ip;
  return { c, ready, address };
}

describe('ingress-nginx status sync', () => {
  it('publishes the node IP once the controller is ready, then on its 60 s loop', () => {
    const { c, ready, address } = setup();
    c.advance(120);
    expect(address()).toBeUndefined();
    ready();
    c.drain();
    expect(address('example')).toBe('192.168.49.2');
    c.advance(10);
    c.client.create(INGRESSES, { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'later' }, spec: { rules: [{ host: 'b.example' }] } }, { namespace: 'default' });
    c.drain();
    c.advance(30);
    expect(address('later')).toBeUndefined();
    const waited = c.settle(120);
    expect(address('later')).toBe('192.168.49.2');
    expect(waited).toBe(20);
  });
});
