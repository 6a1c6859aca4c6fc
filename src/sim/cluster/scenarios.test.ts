/**
 * Behaviour across every component of a booted cluster: what a learner watches happen.
 */
import { describe, expect, it } from 'vitest';
import type { Event, Node, Pod } from 'kubernetes-types/core/v1';
import type { Deployment } from 'kubernetes-types/apps/v1';
import { DEPLOYMENTS, EVENTS, NODES, PODS } from '../api/resources';
import { createCluster, type RunningCluster } from './createCluster';

const deployment = (name: string, replicas: number, extra: object = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25', ...extra }] } },
  },
});

const pods = (c: RunningCluster, selector = 'app=web') => c.client.list<Pod>(PODS, { namespace: 'default', labelSelector: selector }).items;
const running = (ps: Pod[]) => ps.filter((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp);

describe('a booted cluster', () => {
  it('brings up the kube-system pods on a Ready node', () => {
    const c = createCluster({ seed: 1 });
    const node = c.client.get<Node>(NODES, 'minikube');
    expect(node.status?.conditions?.find((x) => x.type === 'Ready')?.status).toBe('True');
    const system = c.client.list<Pod>(PODS, { namespace: 'kube-system' }).items;
    const names = system.map((p) => p.metadata!.name!);
    const expected = [/^coredns-[a-z0-9]{8,10}-[a-z0-9]{5}$/, /^etcd-minikube$/, /^kube-apiserver-minikube$/, /^kube-controller-manager-minikube$/, /^kube-proxy-[a-z0-9]{5}$/, /^kube-scheduler-minikube$/, /^storage-provisioner$/];
    for (const re of expected) expect(names.filter((n) => re.test(n))).toHaveLength(1);
    expect(names).toHaveLength(expected.length);
    expect(running(system)).toHaveLength(system.length);
    expect(c.loop.errors).toEqual([]);
  });

  it('heals a deployment whose pods are deleted', () => {
    const c = createCluster({ seed: 2 });
    c.client.create(DEPLOYMENTS, deployment('web', 3), { namespace: 'default' });
    c.settle();
    const before = running(pods(c)).map((p) => p.metadata!.name);
    expect(before).toHaveLength(3);
    for (const name of before) c.client.delete(PODS, name!, { namespace: 'default' });
    c.settle();
    const after = running(pods(c)).map((p) => p.metadata!.name);
    expect(after).toHaveLength(3);
    expect(after.filter((n) => before.includes(n))).toEqual([]);
  });

  it('reschedules pods from a node that stops heartbeating, after the 300 s toleration', () => {
    const c = createCluster({ seed: 3, profile: 'multinode' });
    c.client.create(DEPLOYMENTS, deployment('web', 4), { namespace: 'default' });
    c.settle();
    const onNode01 = running(pods(c)).filter((p) => p.spec?.nodeName === 'node01');
    expect(onNode01.length).toBeGreaterThan(0);
    c.kubelets.get('node01')!.stop();
    c.advance(50);
    const node = c.client.get<Node>(NODES, 'node01');
    expect(node.status?.conditions?.find((x) => x.type === 'Ready')).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown' });
    expect(node.spec?.taints?.map((t) => t.key)).toContain('node.kubernetes.io/unreachable');
    expect(running(pods(c)).filter((p) => p.spec?.nodeName === 'node01')).toHaveLength(onNode01.length);
    c.advance(300);
    c.settle();
    const now = pods(c);
    // The old pods stay Terminating (no kubelet confirms them); replacements run on node02.
    expect(now.filter((p) => p.spec?.nodeName === 'node01').every((p) => p.metadata?.deletionTimestamp)).toBe(true);
    expect(running(now).filter((p) => p.spec?.nodeName === 'node02')).toHaveLength(4);
    c.kubelets.get('node01')!.start();
    c.settle();
    expect(c.client.get<Node>(NODES, 'node01').status?.conditions?.find((x) => x.type === 'Ready')?.status).toBe('True');
    expect(pods(c).filter((p) => p.spec?.nodeName === 'node01')).toEqual([]);
  });

  it('keeps a pod that requests more CPU than any node has Pending with the scheduler’s message', () => {
    const c = createCluster({ seed: 4, profile: 'multinode' });
    c.client.create(PODS, { metadata: { name: 'big' }, spec: { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '64' } } }] } }, { namespace: 'default' });
    c.settle();
    const pod = c.client.get<Pod>(PODS, 'big', { namespace: 'default' });
    expect(pod.status?.phase).toBe('Pending');
    const message =
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.';
    expect(pod.status?.conditions?.find((x) => x.type === 'PodScheduled')).toMatchObject({ status: 'False', reason: 'Unschedulable', message });
    const events = c.client.list<Event>(EVENTS, { namespace: 'default', fieldSelector: 'involvedObject.name=big' }).items;
    expect(events.map((e) => [e.reason, e.message])).toContainEqual(['FailedScheduling', message]);
  });

  it('rolls back to the previous template and keeps serving during a failed rollout', () => {
    const c = createCluster({ seed: 5 });
    c.client.create(DEPLOYMENTS, deployment('web', 3), { namespace: 'default' });
    c.settle();
    c.client.patch(DEPLOYMENTS, 'web', 'strategic', { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:no-such-tag' }] } } } }, { namespace: 'default' });
    c.settle();
    const during = pods(c);
    expect(running(during).filter((p) => p.spec?.containers[0].image === 'nginx:1.25').length).toBeGreaterThanOrEqual(2);
    expect(during.some((p) => ['ErrImagePull', 'ImagePullBackOff'].includes(p.status?.containerStatuses?.[0].state?.waiting?.reason ?? ''))).toBe(true);
    const old = c.client.get<Deployment>(DEPLOYMENTS, 'web', { namespace: 'default' });
    c.client.patch(DEPLOYMENTS, 'web', 'strategic', { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] } } } }, { namespace: 'default' });
    c.settle();
    const after = pods(c);
    expect(after).toHaveLength(3);
    expect(running(after).every((p) => p.spec?.containers[0].image === 'nginx:1.25')).toBe(true);
    expect(c.client.get<Deployment>(DEPLOYMENTS, 'web', { namespace: 'default' }).metadata?.generation).toBeGreaterThan(old.metadata!.generation!);
  });

  it('is deterministic: the same seed gives the same names and times', () => {
    const names = (seed: number) => {
      const c = createCluster({ seed });
      c.client.create(DEPLOYMENTS, deployment('web', 2), { namespace: 'default' });
      c.settle();
      return pods(c).map((p) => `${p.metadata?.name}@${p.status?.startTime}/${p.status?.podIP}`);
    };
    expect(names(9)).toEqual(names(9));
    expect(names(9)).not.toEqual(names(10));
  });
});
