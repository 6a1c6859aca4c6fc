import type { Ingress, IngressClass } from 'kubernetes-types/networking/v1';
import { describe, expect, it } from 'vitest';
import { printTable } from '../print';
import { NOW, ago } from '../testing';

const backend = { service: { name: 'web', port: { number: 8080 } } };
const rule = (host?: string) => ({ ...(host ? { host } : {}), http: { paths: [{ path: '/', pathType: 'Prefix', backend }] } });
const ingress = (name: string, spec: Ingress['spec'], ips: string[] = []): Ingress => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name, namespace: 'default', creationTimestamp: ago(90) },
  spec,
  status: { loadBalancer: { ingress: ips.map((ip) => ({ ip })) } },
});
const nginxClass: IngressClass = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'IngressClass',
  metadata: { name: 'nginx', creationTimestamp: ago(600) },
  spec: { controller: 'k8s.io/ingress-nginx' },
};
const paramClass: IngressClass = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'IngressClass',
  metadata: { name: 'external-lb', creationTimestamp: ago(600) },
  spec: { controller: 'example.com/ingress-controller', parameters: { apiGroup: 'k8s.example.com', kind: 'IngressParameters', name: 'external-lb' } },
};

describe('ingress tables', () => {
  it.each<[string, object[], string]>([
    [
      'ingress: class, hosts, address and ports',
      [
        ingress('example-ingress', { ingressClassName: 'nginx', rules: [rule('hello-world.example')] }, ['192.168.49.2']),
        ingress('catch-all', { rules: [rule()] }),
        ingress('tls', { ingressClassName: 'nginx', tls: [{ hosts: ['a.example'] }], rules: [rule('a.example'), rule('b.example')] }),
        ingress('many', { ingressClassName: 'nginx', rules: [rule('a.example'), rule(), rule('c.example'), rule('d.example'), rule('e.example')] }),
      ],
      'NAME              CLASS    HOSTS                                       ADDRESS        PORTS     AGE\n' +
        'example-ingress   nginx    hello-world.example                         192.168.49.2   80        90s\n' +
        'catch-all         <none>   *                                                          80        90s\n' +
        'tls               nginx    a.example,b.example                                        80, 443   90s\n' +
        'many              nginx    a.example,c.example,d.example + 2 more...                  80        90s\n',
    ],
    [
      'ingressclass: controller and parameters',
      [nginxClass, paramClass],
      'NAME          CONTROLLER                       PARAMETERS                                      AGE\n' +
        'nginx         k8s.io/ingress-nginx             <none>                                          10m\n' +
        'external-lb   example.com/ingress-controller   IngressParameters.k8s.example.com/external-lb   10m\n',
    ],
  ])('%s', (_name, objects, want) => {
    expect(printTable(objects as never, { now: NOW, wide: false })).toBe(want);
  });
});
