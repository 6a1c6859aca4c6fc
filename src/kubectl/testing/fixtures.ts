/**
 * Objects as the simulated cluster would hold them, for command tests against the FakeClient:
 * a Deployment with its ReplicaSets (one per revision) and pods, and nodes.
 */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { FakeClient } from './fakeClient';

export const DEPLOYMENTS = { group: 'apps', version: 'v1', resource: 'deployments' };
export const REPLICASETS = { group: 'apps', version: 'v1', resource: 'replicasets' };
export const PODS = { group: '', version: 'v1', resource: 'pods' };
export const NODES = { group: '', version: 'v1', resource: 'nodes' };

const template = (image: string, hash?: string) => ({
  metadata: { labels: { app: 'web', ...(hash ? { 'pod-template-hash': hash } : {}) } },
  spec: { containers: [{ name: 'nginx', image }] },
});

export function seedDeployment(client: FakeClient, image = 'nginx:1.25', replicas = 3): Deployment {
  return client.seed<Deployment>(DEPLOYMENTS, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', uid: 'deploy-uid', generation: 1, labels: { app: 'web' }, annotations: { 'deployment.kubernetes.io/revision': '1' } },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: template(image) },
    status: { observedGeneration: 1, replicas, updatedReplicas: replicas, readyReplicas: replicas, availableReplicas: replicas },
  });
}

export function seedReplicaSet(client: FakeClient, revision: number, image: string, hash: string, replicas: number, changeCause?: string): ReplicaSet {
  return client.seed<ReplicaSet>(REPLICASETS, {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `web-${hash}`,
      namespace: 'default',
      labels: { app: 'web', 'pod-template-hash': hash },
      annotations: { 'deployment.kubernetes.io/revision': String(revision), ...(changeCause ? { 'kubernetes.io/change-cause': changeCause } : {}) },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'deploy-uid', controller: true }],
    },
    spec: { replicas, selector: { matchLabels: { app: 'web', 'pod-template-hash': hash } }, template: template(image, hash) },
  });
}

export function seedPod(client: FakeClient, name: string, opts: { node?: string; owner?: { kind: string; name: string }; containers?: string[]; phase?: string; labels?: Record<string, string>; emptyDir?: boolean } = {}): Pod {
  const containers = opts.containers ?? ['nginx'];
  return client.seed<Pod>(PODS, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      labels: opts.labels ?? { app: 'web' },
      ...(opts.owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: opts.owner.kind, name: opts.owner.name, uid: `${opts.owner.name}-uid`, controller: true }] } : {}),
    },
    spec: {
      nodeName: opts.node ?? 'node-1',
      containers: containers.map((c) => ({ name: c, image: 'nginx:1.25' })),
      ...(opts.emptyDir ? { volumes: [{ name: 'scratch', emptyDir: {} }] } : {}),
    },
    status: {
      phase: opts.phase ?? 'Running',
      containerStatuses: containers.map((c) => ({ name: c, ready: true, restartCount: 0, image: 'nginx:1.25', imageID: '', state: { running: { startedAt: '2024-01-01T00:00:00Z' } } })),
    },
  });
}

export function seedNode(client: FakeClient, name: string, unschedulable = false): Node {
  return client.seed<Node>(NODES, {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name } },
    spec: unschedulable ? { unschedulable: true } : {},
    status: { conditions: [{ type: 'Ready', status: 'True' }] },
  });
}
