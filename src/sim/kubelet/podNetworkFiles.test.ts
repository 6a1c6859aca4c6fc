import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { etcHosts, resolvConf } from './podNetworkFiles';

const pod = (spec: Partial<NonNullable<Pod['spec']>> = {}, namespace = 'default'): Pod => ({ metadata: { name: 'web', namespace }, spec: { containers: [], ...spec } });

describe('/etc/resolv.conf', () => {
  it.each([
    ['ClusterFirst (the default)', pod(), 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n'],
    ['the namespace leads the search path', pod({}, 'shop'), 'search shop.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n'],
    ['host network falls back to the node', pod({ hostNetwork: true }), 'nameserver 192.168.49.1\n'],
    ['ClusterFirstWithHostNet keeps CoreDNS', pod({ hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' }), 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n'],
    ['Default is the node', pod({ dnsPolicy: 'Default' }), 'nameserver 192.168.49.1\n'],
    [
      'None takes dnsConfig only',
      pod({ dnsPolicy: 'None', dnsConfig: { nameservers: ['1.2.3.4'], searches: ['ns1.svc.cluster-domain.example'], options: [{ name: 'ndots', value: '2' }, { name: 'edns0' }] } }),
      'search ns1.svc.cluster-domain.example\nnameserver 1.2.3.4\noptions ndots:2 edns0\n',
    ],
    ['dnsConfig options override ClusterFirst ones', pod({ dnsConfig: { options: [{ name: 'ndots', value: '1' }] } }), 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:1\n'],
  ])('%s', (_name, p, want) => {
    expect(resolvConf(p)).toBe(want);
  });
});

describe('/etc/hosts', () => {
  const header = '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n';
  it.each([
    ['the pod IP and hostname', pod(), 'web', `${header}10.244.0.5\tweb\n`],
    ['a subdomain adds the FQDN', pod({ subdomain: 'db' }), 'db-0', `${header}10.244.0.5\tdb-0.db.default.svc.cluster.local\tdb-0\n`],
    ['hostAliases after', pod({ hostAliases: [{ ip: '127.0.0.1', hostnames: ['foo.local', 'bar.local'] }] }), 'web', `${header}10.244.0.5\tweb\n\n# Entries added by HostAliases.\n127.0.0.1\tfoo.local\tbar.local\n`],
  ])('%s', (_name, p, hostname, want) => {
    expect(etcHosts(p, '10.244.0.5', hostname)).toBe(want);
  });
});
