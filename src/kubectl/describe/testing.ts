/** Objects shared by the describer tests: a minikube-like pod, its ReplicaSet and Deployment. */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Event, Pod } from 'kubernetes-types/core/v1';
import { ago } from '../printers/testing';

const owner = (kind: string, name: string, uid: string) => [{ apiVersion: 'apps/v1', kind, name, uid, controller: true, blockOwnerDeletion: true }];

export const template = {
  metadata: { labels: { app: 'web' } },
  spec: { containers: [{ name: 'nginx', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }] }] },
};

export const deployment: Deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'web',
    namespace: 'default',
    uid: 'd-1',
    creationTimestamp: ago(120),
    labels: { app: 'web' },
    annotations: { 'deployment.kubernetes.io/revision': '1' },
  },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'web' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
    template,
  },
  status: {
    replicas: 3,
    updatedReplicas: 3,
    readyReplicas: 3,
    availableReplicas: 3,
    conditions: [
      { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
      { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' },
    ],
  },
};

export const replicaSet: ReplicaSet = {
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: {
    name: 'web-7d4b9c8f5b',
    namespace: 'default',
    uid: 'rs-1',
    creationTimestamp: ago(120),
    labels: { app: 'web', 'pod-template-hash': '7d4b9c8f5b' },
    ownerReferences: owner('Deployment', 'web', 'd-1'),
  },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'web', 'pod-template-hash': '7d4b9c8f5b' } },
    template: { ...template, metadata: { labels: { app: 'web', 'pod-template-hash': '7d4b9c8f5b' } } },
  },
  status: { replicas: 3, readyReplicas: 3 },
};

export const pod: Pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: 'web-7d4b9c8f5b-x2x9k',
    namespace: 'default',
    uid: 'p-1',
    creationTimestamp: ago(10),
    labels: { app: 'web', 'pod-template-hash': '7d4b9c8f5b' },
    ownerReferences: owner('ReplicaSet', 'web-7d4b9c8f5b', 'rs-1'),
  },
  spec: {
    nodeName: 'minikube',
    priority: 0,
    serviceAccountName: 'default',
    containers: [
      {
        name: 'nginx',
        image: 'nginx:1.25',
        ports: [{ containerPort: 80, protocol: 'TCP' }],
        volumeMounts: [{ name: 'kube-api-access-abcde', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }],
      },
    ],
    volumes: [
      {
        name: 'kube-api-access-abcde',
        projected: {
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
            { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
          ],
        },
      },
    ],
    tolerations: [
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ],
  },
  status: {
    phase: 'Running',
    hostIP: '192.168.49.2',
    podIP: '10.244.0.5',
    podIPs: [{ ip: '10.244.0.5' }],
    startTime: ago(10),
    qosClass: 'BestEffort',
    conditions: [
      { type: 'PodReadyToStartContainers', status: 'True' },
      { type: 'Initialized', status: 'True' },
      { type: 'Ready', status: 'True' },
      { type: 'ContainersReady', status: 'True' },
      { type: 'PodScheduled', status: 'True' },
    ],
    containerStatuses: [
      {
        name: 'nginx',
        ready: true,
        started: true,
        restartCount: 0,
        image: 'nginx:1.25',
        imageID: 'docker-pullable://nginx@sha256:0123',
        containerID: 'docker://c0ffee',
        state: { running: { startedAt: ago(5) } },
      },
    ],
  },
};

export function event(reason: string, message: string, from: string, firstAgo: number, lastAgo = firstAgo, count = 1): Event {
  return {
    metadata: { name: `web.${reason}`, namespace: 'default' },
    involvedObject: { kind: 'Pod', name: pod.metadata!.name, namespace: 'default', uid: 'p-1' },
    reason,
    message,
    type: 'Normal',
    source: { component: from },
    firstTimestamp: ago(firstAgo),
    lastTimestamp: ago(lastAgo),
    count,
  };
}
