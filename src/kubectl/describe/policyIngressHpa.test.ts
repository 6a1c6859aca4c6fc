import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import type { Endpoints, Service } from 'kubernetes-types/core/v1';
import type { Ingress } from 'kubernetes-types/networking/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { describe, expect, it } from 'vitest';
import { describeHorizontalPodAutoscaler } from './horizontalpodautoscaler';
import { describeIngress, formatEndpoints } from './ingress';
import { describePodDisruptionBudget, describePriorityClass } from './policy';

const meta = (name: string) => ({ name, namespace: 'default', creationTimestamp: '2024-06-01T00:00:00Z' });

describe('describe ingress', () => {
  const ing: Ingress = {
    metadata: meta('web'),
    spec: {
      ingressClassName: 'nginx',
      tls: [{ hosts: ['demo.local'], secretName: 'demo-tls' }],
      rules: [
        { host: 'demo.local', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } },
        { http: { paths: [{ path: '/api', pathType: 'Prefix', backend: { service: { name: 'api', port: { name: 'http' } } } }] } },
      ],
    },
    status: { loadBalancer: { ingress: [{ ip: '192.168.49.2' }] } },
  };
  const services: Service[] = [{ metadata: meta('web'), spec: { ports: [{ port: 80 }] } }];
  const endpoints: Endpoints[] = [{ metadata: meta('web'), subsets: [{ addresses: [{ ip: '10.244.0.5' }, { ip: '10.244.0.6' }], ports: [{ port: 80 }] }] }];

  it('prints the rules table with endpoints, lookup errors and TLS', () => {
    expect(describeIngress(ing, { services, endpoints }, [], 0)).toBe(
      [
        'Name:             web',
        'Labels:           <none>',
        'Namespace:        default',
        'Address:          192.168.49.2',
        'Ingress Class:    nginx',
        'Default backend:  <default>',
        'TLS:',
        '  demo-tls terminates demo.local',
        'Rules:',
        '  Host        Path  Backends',
        '  ----        ----  --------',
        '  demo.local  ',
        '              /   web:80 (10.244.0.5:80,10.244.0.6:80)',
        '  *           ',
        '              /api   api:http (<error: endpoints "api" not found>)',
        'Annotations:  <none>',
        'Events:       <none>',
        '',
      ].join('\n'),
    );
  });

  it('without rules: one catch-all row naming the default backend', () => {
    const out = describeIngress({ metadata: meta('d'), spec: { defaultBackend: { service: { name: 'web', port: { number: 80 } } } } }, { services, endpoints }, undefined, 0);
    expect(out).toContain('Default backend:  web:80 (10.244.0.5:80,10.244.0.6:80)\n');
    expect(out).toContain('  *           *     web:80 (10.244.0.5:80,10.244.0.6:80)\n');
  });

  it.each([
    ['no subsets', { subsets: [] }, '', '<none>'],
    ['more than three', { subsets: [{ addresses: ['1', '2', '3', '4', '5'].map((i) => ({ ip: `10.0.0.${i}` })), ports: [{ port: 8080 }] }] }, '', '10.0.0.1:8080,10.0.0.2:8080,10.0.0.3:8080 + 2 more...'],
    ['only the named port', { subsets: [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ name: 'http', port: 80 }, { name: 'metrics', port: 9090 }] }] }, 'http', '10.0.0.1:80'],
  ])('formatEndpoints: %s', (_n, ep, port, want) => {
    expect(formatEndpoints(ep as Endpoints, port)).toBe(want);
  });
});

describe('describe pdb and priorityclass', () => {
  it.each([
    ['minAvailable', { minAvailable: 2 }, 'Min available:  2'],
    ['maxUnavailable percent', { maxUnavailable: '50%' }, 'Max unavailable:  50%'],
  ])('%s', (_n, bound, line) => {
    const pdb: PodDisruptionBudget = { metadata: meta('web'), spec: { ...bound, selector: { matchLabels: { app: 'web' } } }, status: { currentHealthy: 2, desiredHealthy: 2, disruptionsAllowed: 0, expectedPods: 2 } };
    const out = describePodDisruptionBudget(pdb, undefined, 0).split('\n');
    expect(out[2].replace(/ +/, ' ')).toBe(line.replace(/ +/, ' '));
    expect(out.slice(3)).toEqual(expect.arrayContaining(['Status:', '    Allowed disruptions:  0', '    Current:              2', '    Desired:              2', '    Total:                2']));
  });

  it('priorityclass', () => {
    expect(describePriorityClass({ metadata: { name: 'high' }, value: 1000, preemptionPolicy: 'Never', description: 'urgent' }, [], 0)).toBe(
      'Name:              high\nValue:             1000\nGlobalDefault:     false\nPreemptionPolicy:  Never\nDescription:       urgent\nAnnotations:       <none>\nEvents:            <none>\n',
    );
  });
});

describe('describe hpa', () => {
  const hpa: HorizontalPodAutoscaler = {
    metadata: meta('web'),
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      minReplicas: 1,
      maxReplicas: 5,
      metrics: [
        { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } },
        { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '100Mi' } } },
      ],
      behavior: { scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] } },
    },
    status: {
      currentReplicas: 2,
      desiredReplicas: 3,
      currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 75, averageValue: '75m' } } }],
      conditions: [{ type: 'AbleToScale', status: 'True', reason: 'SucceededRescale', message: 'the HPA controller was able to update the target scale to 3' }],
    },
  };
  it('prints metrics as current / target, behavior and conditions', () => {
    expect(describeHorizontalPodAutoscaler(hpa, undefined, 0)).toBe(
      [
        'Name:                                                  web',
        'Namespace:                                             default',
        'Labels:                                                <none>',
        'Annotations:                                           <none>',
        'CreationTimestamp:                                     Sat, 01 Jun 2024 00:00:00 +0000',
        'Reference:                                             Deployment/web',
        'Metrics:                                               ( current / target )',
        '  resource cpu on pods  (as a percentage of request):  75% (75m) / 50%',
        '  resource memory on pods:                             <unknown> / 100Mi',
        'Min replicas:                                          1',
        'Max replicas:                                          5',
        'Behavior:',
        '  Scale Down:',
        '    Stabilization Window: 300 seconds',
        '    Select Policy: Max',
        '    Policies:',
        '      - Type=Percent  Value=100  Period=15 seconds',
        'Deployment pods:  2 current / 3 desired',
        'Conditions:',
        '  Type         Status  Reason            Message',
        '  ----         ------  ------            -------',
        '  AbleToScale  True    SucceededRescale  the HPA controller was able to update the target scale to 3',
        '',
      ].join('\n'),
    );
  });
});
