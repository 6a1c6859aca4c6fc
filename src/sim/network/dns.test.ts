import { describe, expect, it } from 'vitest';
import type { Service } from 'kubernetes-types/core/v1';
import { resolveFromPod, searchCandidates } from './dns';
import { fakeClusterView, pod, slice } from './fakeClusterView';

const svc = (name: string, namespace: string, spec: Service['spec']): Service => ({ metadata: { name, namespace }, spec });
const nginx0 = pod('web-0', '10.244.0.7', { app: 'nginx' }, { hostname: 'web-0', subdomain: 'nginx' });
const nginx1 = pod('web-1', '10.244.0.8', { app: 'nginx' }, { hostname: 'web-1', subdomain: 'nginx', ready: false });
const view = fakeClusterView({
  services: [
    svc('kubernetes', 'default', { clusterIP: '10.96.0.1', ports: [{ port: 443 }] }),
    svc('web', 'default', { clusterIP: '10.96.12.34', ports: [{ port: 80 }] }),
    svc('db', 'prod', { clusterIP: '10.96.55.5', ports: [{ port: 5432 }] }),
    svc('nginx', 'default', { clusterIP: 'None', ports: [{ port: 80 }] }),
    svc('ext', 'default', { type: 'ExternalName', externalName: 'web.default.svc.cluster.local' }),
  ],
  slices: [slice('nginx', [nginx0, nginx1], 80)],
  pods: [nginx0, nginx1],
  namespaces: [{ metadata: { name: 'default' } }, { metadata: { name: 'prod' } }],
});

describe('cluster DNS from a pod in default', () => {
  const cases: [string, string, string[] | 'NXDOMAIN' | string][] = [
    ['short name', 'web', ['10.96.12.34']],
    ['name.namespace', 'db.prod', ['10.96.55.5']],
    ['name.namespace.svc', 'web.default.svc', ['10.96.12.34']],
    ['fully qualified', 'web.default.svc.cluster.local', ['10.96.12.34']],
    ['kubernetes.default', 'kubernetes.default', ['10.96.0.1']],
    ['other namespace needs its name', 'db', 'NXDOMAIN'],
    ['unknown service', 'foo', 'NXDOMAIN'],
    ['headless: ready pods only', 'nginx', ['10.244.0.7']],
    ['StatefulSet pod record', 'web-0.nginx', ['10.244.0.7']],
    ['unready pod has no record', 'web-1.nginx.default.svc.cluster.local', 'NXDOMAIN'],
    ['pod A record', '10-244-0-7.default.pod.cluster.local', ['10.244.0.7']],
    ['ExternalName is a CNAME', 'ext', 'CNAME web.default.svc.cluster.local'],
    ['an IP is itself', '10.1.2.3', ['10.1.2.3']],
  ];
  it.each(cases)('%s: %s', (_n, name, want) => {
    const a = resolveFromPod(view, name, 'default');
    if (want === 'NXDOMAIN') expect(a.kind).toBe('NXDOMAIN');
    else if (typeof want === 'string') expect(a.kind === 'CNAME' && `CNAME ${a.target}`).toBe(want);
    else expect(a.kind === 'A' && a.addresses).toEqual(want);
  });

  it('tries the search path before the bare name (ndots:5)', () => {
    expect(searchCandidates('foo', 'default')).toEqual(['foo.default.svc.cluster.local', 'foo.svc.cluster.local', 'foo.cluster.local', 'foo']);
    expect(searchCandidates('a.b.c.d.e.f', 'x')[0]).toBe('a.b.c.d.e.f');
  });
});
