/**
 * What makes a fresh cluster look like MicroK8s: the control plane runs inside one `kubelite`
 * process (no static pods, no kube-proxy DaemonSet), and Calico is the CNI (calico-node on every node,
 * calico-kube-controllers once).
 */
import { isApiError } from '../../api/errors';
import { DAEMONSETS, PODS } from '../../api/resources';
import type { ClusterClient } from '../../client/types';
import { daemonSet, deployment, serviceAccount } from './objects';
import type { KubeObject } from '../../api/types';

export const CALICO_VERSION = 'v3.28.1';

export function calicoObjects(): KubeObject[] {
  const node = { 'k8s-app': 'calico-node' };
  const kc = { 'k8s-app': 'calico-kube-controllers' };
  const critical = { priorityClassName: 'system-node-critical', tolerations: [{ operator: 'Exists' as const, effect: 'NoSchedule' }, { key: 'CriticalAddonsOnly', operator: 'Exists' as const }] };
  return [
    serviceAccount('kube-system', 'calico-node'),
    serviceAccount('kube-system', 'calico-kube-controllers'),
    daemonSet('kube-system', 'calico-node', node, node, [
      {
        name: 'calico-node',
        image: `docker.io/calico/node:${CALICO_VERSION}`,
        env: [{ name: 'DATASTORE_TYPE', value: 'kubernetes' }, { name: 'CALICO_IPV4POOL_CIDR', value: '10.1.0.0/16' }, { name: 'IP_AUTODETECTION_METHOD', value: 'first-found' }],
        resources: { requests: { cpu: '250m' } },
      },
    ], { spec: { ...critical, hostNetwork: true, serviceAccountName: 'calico-node', nodeSelector: { 'kubernetes.io/os': 'linux' } } }),
    deployment('kube-system', 'calico-kube-controllers', kc, kc, [
      { name: 'calico-kube-controllers', image: `docker.io/calico/kube-controllers:${CALICO_VERSION}`, env: [{ name: 'ENABLED_CONTROLLERS', value: 'node' }, { name: 'DATASTORE_TYPE', value: 'kubernetes' }] },
    ], { spec: { ...critical, priorityClassName: 'system-cluster-critical', serviceAccountName: 'calico-kube-controllers', nodeSelector: { 'kubernetes.io/os': 'linux' } } }),
  ];
}

/** Removes the kubeadm-style static pods and kube-proxy, which a MicroK8s node does not have. */
export function removeKubeadmPods(client: ClusterClient): void {
  for (const pod of client.list(PODS, { namespace: 'kube-system' }).items) {
    if (pod.metadata.labels?.tier === 'control-plane') client.delete(PODS, pod.metadata.name, { namespace: 'kube-system', gracePeriodSeconds: 0 });
  }
  try {
    client.delete(DAEMONSETS, 'kube-proxy', { namespace: 'kube-system', propagationPolicy: 'Background' });
  } catch (e) {
    if (!isApiError(e, 'NotFound')) throw e;
  }
}
