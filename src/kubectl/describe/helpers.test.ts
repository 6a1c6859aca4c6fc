import type { Event, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { NOW, ago } from '../printers/testing';
import { describeEvents, eventsForObject } from './events';
import { printAnnotationsMultiline, printTaintsMultiline, printTolerationsMultiline, rfc1123z } from './format';
import { smartLabelFor } from './generic';
import { PrefixWriter } from './prefixWriter';
import { podQOSClass } from './qos';

const render = (body: (w: PrefixWriter) => void) => {
  const w = new PrefixWriter();
  body(w);
  return w.text();
};

describe('print*Multiline', () => {
  it.each<[string, (w: PrefixWriter) => void, string]>([
    [
      'long annotation values get their own shortened line; last-applied is hidden',
      (w) =>
        printAnnotationsMultiline(w, 'Annotations', {
          'kubectl.kubernetes.io/last-applied-configuration': '{}',
          long: 'x'.repeat(150),
          short: 'v',
        }),
      `Annotations:  long:\n                ${'x'.repeat(138)}...\n              short: v\n`,
    ],
    [
      'taints sorted by effect then key',
      (w) =>
        printTaintsMultiline(w, 'Taints', [
          { key: 'b', effect: 'NoSchedule' },
          { key: 'a', value: 'v', effect: 'NoSchedule' },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' },
        ]),
      'Taints:  node.kubernetes.io/unreachable:NoExecute\n         a=v:NoSchedule\n         b:NoSchedule\n',
    ],
    [
      'tolerations: wildcard, value, seconds',
      (w) =>
        printTolerationsMultiline(w, 'Tolerations', [
          { operator: 'Exists' },
          { key: 'k', operator: 'Equal', value: 'v', effect: 'NoSchedule' },
          { key: 'z', operator: 'Exists', tolerationSeconds: 30 },
        ]),
      'Tolerations:  op=Exists\n              k=v:NoSchedule\n              z op=Exists for 30s\n',
    ],
  ])('%s', (_name, body, want) => {
    expect(render(body)).toBe(want);
  });
});

describe('describeEvents', () => {
  const series: Event = {
    metadata: { name: 'e' },
    involvedObject: {},
    type: 'Warning',
    reason: 'BackOff',
    message: ' Back-off restarting failed container \n',
    eventTime: ago(600),
    series: { count: 12, lastObservedTime: ago(20) },
    reportingComponent: 'kubelet',
  };
  it.each<[string, Event[] | undefined, string]>([
    ['hidden with --show-events=false', undefined, ''],
    ['none', [], 'Events:  <none>\n'],
    [
      'events.k8s.io series',
      [series],
      'Events:\n  Type     Reason   Age                 From     Message\n  ----     ------   ----                ----     -------\n  Warning  BackOff  20s (x12 over 10m)  kubelet  Back-off restarting failed container\n',
    ],
  ])('%s', (_name, events, want) => {
    expect(render((w) => describeEvents(events, w, NOW))).toBe(want);
  });
});

describe('eventsForObject', () => {
  const ev = (kind: string, name: string, uid: string, namespace = 'default'): Event => ({
    metadata: { name: `${name}.${uid}` },
    involvedObject: { kind, name, uid, namespace },
  });
  const events = [ev('Pod', 'web', 'p1'), ev('Pod', 'web', 'old'), ev('Node', 'n1', 'n1', ''), ev('Node', 'n1', 'node-uid', ''), ev('Service', 'web', 's1')];
  it.each<[string, object, string[]]>([
    ['pod by name and uid', { kind: 'Pod', metadata: { name: 'web', namespace: 'default', uid: 'p1' } }, ['web.p1']],
    ['node by uid and by name', { kind: 'Node', metadata: { name: 'n1', uid: 'node-uid' } }, ['n1.node-uid', 'n1.n1']],
    ['service by kind', { kind: 'Service', metadata: { name: 'web', namespace: 'default', uid: 's1' } }, ['web.s1']],
  ])('%s', (_name, obj, want) => {
    expect(eventsForObject(obj, events).map((e) => e.metadata?.name)).toEqual(want);
  });
});

describe('podQOSClass', () => {
  const withResources = (requests?: Record<string, string>, limits?: Record<string, string>): Pod => ({
    spec: { containers: [{ name: 'a', resources: { requests, limits } }] },
  });
  it.each<[string, Pod, string]>([
    ['no resources', withResources(), 'BestEffort'],
    ['requests only', withResources({ cpu: '100m' }), 'Burstable'],
    ['limits equal requests', withResources({ cpu: '1', memory: '1Gi' }, { cpu: '1000m', memory: '1Gi' }), 'Guaranteed'],
    ['memory limit missing', withResources({ cpu: '1' }, { cpu: '1' }), 'Burstable'],
    ['status wins', { ...withResources(), status: { qosClass: 'Guaranteed' } }, 'Guaranteed'],
  ])('%s', (_name, pod, want) => {
    expect(podQOSClass(pod)).toBe(want);
  });
});

describe('small formats', () => {
  it.each([
    ['apiVersion', 'API Version'],
    ['creationTimestamp', 'Creation Timestamp'],
    ['podCIDR', 'Pod CIDR'],
    ['uid', 'UID'],
    ['x_y', 'x_y'],
  ])('smartLabelFor(%s)', (field, want) => {
    expect(smartLabelFor(field)).toBe(want);
  });

  it.each([
    ['2024-05-01T12:00:00Z', 'Wed, 01 May 2024 12:00:00 +0000'],
    [undefined, 'Mon, 01 Jan 0001 00:00:00 +0000'],
  ])('rfc1123z(%s)', (ts, want) => {
    expect(rfc1123z(ts)).toBe(want);
  });
});
