/**
 * DaemonSets on a booted cluster: kube-proxy on every node (and on a node that joins), the docs'
 * fluentd DaemonSet with its control-plane toleration, node selectors, and rolling updates.
 */
import { describe, expect, it } from 'vitest';
import type { ControllerRevision, DaemonSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { CONTROLLERREVISIONS, DAEMONSETS, NODES, PODS } from '../../api/resources';
import { createCluster, type RunningCluster } from '../../cluster/createCluster';
import { addNode } from '../../cluster/nodes';
import { PROFILES } from '../../cluster/profiles';

const KS = { namespace: 'kube-system' };

function fluentd(extra: object = {}, tolerateControlPlane = true) {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'fluentd-elasticsearch', namespace: 'kube-system', labels: { 'k8s-app': 'fluentd-logging' } },
    spec: {
      selector: { matchLabels: { name: 'fluentd-elasticsearch' } },
      template: {
        metadata: { labels: { name: 'fluentd-elasticsearch' } },
        spec: {
          tolerations: tolerateControlPlane ? [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] : [],
          containers: [{ name: 'fluentd-elasticsearch', image: 'nginx:1.25' }],
        },
      },
      ...extra,
    },
  };
}

const dsPods = (c: RunningCluster, selector: string) => c.client.list<Pod>(PODS, { ...KS, labelSelector: selector }).items.filter((p) => !p.metadata?.deletionTimestamp);
const nodesOf = (pods: Pod[]) => pods.map((p) => p.spec?.nodeName).sort();
const running = (pods: Pod[]) => pods.filter((p) => p.status?.phase === 'Running');
const getDs = (c: RunningCluster, name: string) => c.client.get<DaemonSet>(DAEMONSETS, name, KS);

describe('DaemonSet controller on a cluster', () => {
  it('runs kube-proxy as a DaemonSet with one pod per node', () => {
    const c = createCluster({ seed: 31, profile: 'multinode' });
    const pods = running(dsPods(c, 'k8s-app=kube-proxy'));
    expect(nodesOf(pods)).toEqual(['controlplane', 'node01', 'node02']);
    expect(pods[0].metadata?.name).toMatch(/^kube-proxy-[a-z0-9]{5}$/);
    expect(pods[0].spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms[0].matchFields?.[0]).toMatchObject({ key: 'metadata.name', operator: 'In' });
    expect(pods[0].spec?.tolerations?.map((t) => t.key ?? '')).toEqual(['', 'node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable', 'node.kubernetes.io/disk-pressure', 'node.kubernetes.io/memory-pressure', 'node.kubernetes.io/pid-pressure', 'node.kubernetes.io/unschedulable', 'node.kubernetes.io/network-unavailable']);
    const ds = getDs(c, 'kube-proxy');
    expect(ds.status).toMatchObject({ desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 3, numberAvailable: 3, updatedNumberScheduled: 3, numberMisscheduled: 0, observedGeneration: 1 });
    const revisions = c.client.list<ControllerRevision>(CONTROLLERREVISIONS, KS).items.filter((r) => r.metadata?.name?.startsWith('kube-proxy-'));
    expect(revisions).toHaveLength(1);
    expect(pods[0].metadata?.labels?.['controller-revision-hash']).toBe(revisions[0].metadata?.labels?.['controller-revision-hash']);
    expect(revisions[0].metadata?.name).toBe(`kube-proxy-${revisions[0].metadata?.labels?.['controller-revision-hash']}`);
    expect(c.loop.errors).toEqual([]);
  });

  it('gives a node that joins its own kube-proxy', () => {
    const c = createCluster({ seed: 32 });
    const primary = PROFILES.minikube.nodes[0];
    addNode(c, { ...primary, name: 'minikube-m02', controlPlane: false, internalIP: '192.168.49.3', podCIDR: '10.244.1.0/24' });
    c.settle();
    expect(nodesOf(running(dsPods(c, 'k8s-app=kube-proxy')))).toEqual(['minikube', 'minikube-m02']);
    expect(getDs(c, 'kube-proxy').status?.desiredNumberScheduled).toBe(2);
  });

  it('skips the tainted control plane unless the template tolerates it', () => {
    const c = createCluster({ seed: 33, profile: 'multinode' });
    c.client.create(DAEMONSETS, fluentd({}, false), KS);
    c.settle();
    expect(nodesOf(dsPods(c, 'name=fluentd-elasticsearch'))).toEqual(['node01', 'node02']);
    c.client.delete(DAEMONSETS, 'fluentd-elasticsearch', KS);
    c.settle();
    c.client.create(DAEMONSETS, fluentd(), KS);
    c.settle();
    expect(nodesOf(running(dsPods(c, 'name=fluentd-elasticsearch')))).toEqual(['controlplane', 'node01', 'node02']);
  });

  it('follows a nodeSelector as node labels change', () => {
    const c = createCluster({ seed: 34, profile: 'multinode' });
    const ds = fluentd();
    ds.spec.template.spec = { ...ds.spec.template.spec, nodeSelector: { disk: 'ssd' } } as typeof ds.spec.template.spec;
    c.client.create(DAEMONSETS, ds, KS);
    c.settle();
    expect(dsPods(c, 'name=fluentd-elasticsearch')).toEqual([]);
    c.client.patch(NODES, 'node02', 'merge', { metadata: { labels: { disk: 'ssd' } } });
    c.settle();
    expect(nodesOf(dsPods(c, 'name=fluentd-elasticsearch'))).toEqual(['node02']);
    c.client.patch(NODES, 'node02', 'merge', { metadata: { labels: { disk: null } } });
    c.settle();
    expect(dsPods(c, 'name=fluentd-elasticsearch')).toEqual([]);
  });

  it('rolls a template change one node at a time (maxUnavailable 1)', () => {
    const c = createCluster({ seed: 35, profile: 'multinode' });
    c.client.create(DAEMONSETS, fluentd(), KS);
    c.settle();
    c.client.patch(DAEMONSETS, 'fluentd-elasticsearch', 'strategic', { spec: { template: { spec: { containers: [{ name: 'fluentd-elasticsearch', image: 'nginx:1.27' }] } } } }, KS);
    c.drain();
    const terminating = c.client.list<Pod>(PODS, { ...KS, labelSelector: 'name=fluentd-elasticsearch' }).items.filter((p) => p.metadata?.deletionTimestamp);
    expect(terminating).toHaveLength(1);
    c.settle();
    const pods = running(dsPods(c, 'name=fluentd-elasticsearch'));
    expect(pods.map((p) => p.spec?.containers[0].image)).toEqual(['nginx:1.27', 'nginx:1.27', 'nginx:1.27']);
    expect(getDs(c, 'fluentd-elasticsearch').status).toMatchObject({ updatedNumberScheduled: 3, numberAvailable: 3, observedGeneration: 2 });
    expect(c.client.list(CONTROLLERREVISIONS, KS).items.filter((r) => r.metadata?.name?.startsWith('fluentd-'))).toHaveLength(2);
  });

  it('OnDelete leaves old pods until they are deleted', () => {
    const c = createCluster({ seed: 36, profile: 'multinode' });
    c.client.create(DAEMONSETS, fluentd({ updateStrategy: { type: 'OnDelete' } }), KS);
    c.settle();
    c.client.patch(DAEMONSETS, 'fluentd-elasticsearch', 'strategic', { spec: { template: { spec: { containers: [{ name: 'fluentd-elasticsearch', image: 'nginx:1.27' }] } } } }, KS);
    c.settle();
    const before = dsPods(c, 'name=fluentd-elasticsearch');
    expect(before.every((p) => p.spec?.containers[0].image === 'nginx:1.25')).toBe(true);
    c.client.delete(PODS, before.find((p) => p.spec?.nodeName === 'node01')!.metadata!.name!, KS);
    c.settle();
    const onNode01 = dsPods(c, 'name=fluentd-elasticsearch').find((p) => p.spec?.nodeName === 'node01');
    expect(onNode01?.spec?.containers[0].image).toBe('nginx:1.27');
    expect(getDs(c, 'fluentd-elasticsearch').status?.updatedNumberScheduled).toBe(1);
  });
});
