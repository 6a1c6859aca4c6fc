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
  });

  it.each([
    ['daemonset', 'ds', 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  selector:\n    matchLabels:\n      app: agent\n  template:\n    metadata:\n      labels:\n        app: agent\n    spec:\n      containers:\n      - name: agent\n        image: nginx:1.25\n'],
    ['statefulset', 'sts', 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: agent\nspec:\n  serviceName: agent\n  replicas: 1\n  selector:\n    matchLabels:\n      app: agent\n  template:\n    metadata:\n      labels:\n        app: agent\n    spec:\n      containers:\n      - name: agent\n        image: nginx:1.25\n'],
  ])('%s: history lists ControllerRevisions, --revision shows a template, undo goes back', async (kind, short, manifest) => {
    const s = clusterSession(7, { '/w.yaml': manifest });
    const ref = `${kind}.apps/agent`;
    await s.run('apply -f /w.yaml');
    await s.run(`set image ${short}/agent agent=nginx:1.26`);
    await s.run(['annotate', `${short}/agent`, 'kubernetes.io/change-cause=recorded']);
    await s.run(`set image ${short}/agent agent=nginx:1.27`);
    expect(await s.run(`rollout history ${short}/agent`)).toEqual({
      code: 0,
      stdout: `${ref} \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n3         kubectl set image ${short}/agent agent=nginx:1.27\n\n`,
      stderr: '',
    });
    const one = await s.run(`rollout history ${short}/agent --revision=1`);
    expect(one.stdout).toBe(
      `${ref} with revision #1\nPod Template:\n  Labels:  app=agent\n  Containers:\n   agent:\n    Image:         nginx:1.25\n    Port:          <none>\n` +
        '    Host Port:     <none>\n    Environment:   <none>\n    Mounts:        <none>\n  Volumes:         <none>\n  Node-Selectors:  <none>\n  Tolerations:     <none>\n\n',
    );
    expect((await s.run(`rollout history ${short}/agent --revision=9`)).stderr).toBe('error: unable to find the specified revision\n');
    expect((await s.run(`rollout undo ${short}/agent --dry-run=client`)).stdout).toContain(`${ref} will roll back to Pod Template:\n  Labels:  app=agent\n`);
    expect((await s.run(`rollout undo ${short}/agent`)).stdout).toBe(`${ref} rolled back\n`);
    expect((await s.run(['get', short, 'agent', '-o', 'jsonpath={.spec.template.spec.containers[0].image}'])).stdout).toBe('nginx:1.26');
    expect((await s.run(`rollout undo ${short}/agent --to-revision=1`)).stdout).toBe(`${ref} rolled back\n`);
    expect((await s.run(`rollout undo ${short}/agent --to-revision=5`)).stdout).toBe(`${ref} skipped rollback (current template already matches revision 5)\n`);
    expect((await s.run(`rollout undo ${short}/agent --to-revision=7`)).stderr).toBe('error: unable to find specified revision 7 in history\n');
    expect((await s.run(`rollout history ${short}/agent`)).stdout).toBe(`${ref} \nREVISION  CHANGE-CAUSE\n3         kubectl set image ${short}/agent agent=nginx:1.27\n4         <none>\n5         <none>\n\n`);
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
