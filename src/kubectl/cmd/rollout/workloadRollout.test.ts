import { describe, expect, it } from 'vitest';
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import { clusterSession } from '../../testing/clusterSession';
import { statefulSetStatus } from './workloadStatus';

describe('rollout of DaemonSets and StatefulSets', () => {
  it('reports a rolled-out daemon set and restarts it', async () => {
    const s = clusterSession();
    expect(await s.run('rollout status daemonset/kube-proxy -n kube-system')).toEqual({ code: 0, stdout: 'daemon set "kube-proxy" successfully rolled out\n', stderr: '' });
    expect((await s.run('rollout restart ds/kube-proxy -n kube-system')).stdout).toBe('daemonset.apps/kube-proxy restarted\n');
    expect((await s.run(['get', 'ds', 'kube-proxy', '-n', 'kube-system', '-o', 'jsonpath={.spec.template.metadata.annotations}'])).stdout).toContain('kubectl.kubernetes.io/restartedAt');
    expect((await s.run('rollout pause ds/kube-proxy -n kube-system')).stderr).toBe('error: daemonsets.apps "kube-proxy" pausing is not supported\n');
    expect((await s.run('rollout history ds/kube-proxy -n kube-system')).stderr).toBe('error: rollouts of daemonsets are not available in this playground\n');
  });

  it.each([
    ['spec not observed', { generation: 2, status: { observedGeneration: 1 } }, 'Waiting for statefulset spec update to be observed...', false],
    ['pods not ready', { generation: 1, replicas: 3, status: { observedGeneration: 1, readyReplicas: 1 } }, 'Waiting for 2 pods to be ready...', false],
    ['partition', { generation: 1, replicas: 3, partition: 1, status: { observedGeneration: 1, readyReplicas: 3, updatedReplicas: 1 } }, 'Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated...', false],
    ['revision pending', { generation: 1, replicas: 2, status: { observedGeneration: 1, readyReplicas: 2, updatedReplicas: 1, updateRevision: 'web-2', currentRevision: 'web-1' } }, 'waiting for statefulset rolling update to complete 1 pods at revision web-2...', false],
    ['complete', { generation: 1, replicas: 2, status: { observedGeneration: 1, readyReplicas: 2, currentReplicas: 2, updateRevision: 'web-1', currentRevision: 'web-1' } }, 'statefulset rolling update complete 2 pods at revision web-1...', true],
  ])('statefulset: %s', (_name, o, message, done) => {
    const c = o as { generation: number; replicas?: number; partition?: number; status: StatefulSet['status'] };
    const sts: StatefulSet = {
      metadata: { name: 'web', generation: c.generation },
      spec: {
        selector: {},
        serviceName: 'web',
        template: {},
        replicas: c.replicas,
        updateStrategy: { type: 'RollingUpdate', ...(c.partition !== undefined ? { rollingUpdate: { partition: c.partition } } : {}) },
      },
      status: c.status,
    };
    expect(statefulSetStatus(sts)).toEqual({ message, done });
  });
});
