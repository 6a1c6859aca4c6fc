import type { DaemonSet, StatefulSet } from 'kubernetes-types/apps/v1';
import { describe, expect, it } from 'vitest';
import { printTable } from '../print';
import { NOW, ago } from '../testing';

const sts: StatefulSet = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'db', namespace: 'default', creationTimestamp: ago(40) },
  spec: { replicas: 3, serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template: { spec: { containers: [{ name: 'pg', image: 'postgres:16' }] } } },
  status: { replicas: 2, readyReplicas: 2 },
};

const ds: DaemonSet = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'kube-proxy', namespace: 'kube-system', creationTimestamp: ago(86400) },
  spec: {
    selector: { matchLabels: { 'k8s-app': 'kube-proxy' } },
    template: { spec: { nodeSelector: { 'kubernetes.io/os': 'linux' }, containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.32.0' }] } },
  },
  status: { desiredNumberScheduled: 1, currentNumberScheduled: 1, numberReady: 1, updatedNumberScheduled: 1, numberAvailable: 1, numberMisscheduled: 0 },
};

describe('workload tables', () => {
  it.each<[string, object[], boolean, string]>([
    ['statefulset', [sts], false, 'NAME   READY   AGE\ndb     2/3     40s\n'],
    ['statefulset -o wide', [sts], true, 'NAME   READY   AGE   CONTAINERS   IMAGES\ndb     2/3     40s   pg           postgres:16\n'],
    [
      'daemonset',
      [ds],
      false,
      'NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE\n' +
        'kube-proxy   1         1         1       1            1           kubernetes.io/os=linux   24h\n',
    ],
  ])('%s', (_name, objects, wide, want) => {
    expect(printTable(objects as never, { now: NOW, wide })).toBe(want);
  });
});
