/**
 * A private image registry. minikube runs `registry` (a ReplicationController) plus a
 * `registry-proxy` DaemonSet in kube-system; MicroK8s runs a Deployment in `container-registry`
 * behind NodePort 32000 with its storage on a hostpath claim.
 */
import type { KubeObject } from '../../api/types';
import { configMap, daemonSet, deployment, meta, namespace, replicationController, service } from './objects';

export const REGISTRY_IMAGE = 'docker.io/registry:2.8.3';
export const REGISTRY_PROXY_IMAGE = 'gcr.io/k8s-minikube/kube-registry-proxy:0.0.8';
export const MICROK8S_REGISTRY_IMAGE = 'docker.io/library/registry:2.8.1';

export function minikubeRegistryObjects(): KubeObject[] {
  const addon = { 'kubernetes.io/minikube-addons': 'registry', 'addonmanager.kubernetes.io/mode': 'Reconcile' };
  const rcSel = { 'kubernetes.io/minikube-addons': 'registry', 'actual-registry': 'true' };
  const proxySel = { 'kubernetes.io/minikube-addons': 'registry', 'registry-proxy': 'true' };
  return [
    replicationController('kube-system', 'registry', addon, rcSel, [
      { name: 'registry', image: REGISTRY_IMAGE, env: [{ name: 'REGISTRY_STORAGE_DELETE_ENABLED', value: 'true' }], ports: [{ containerPort: 5000, protocol: 'TCP' }] },
    ], { podLabels: { 'addonmanager.kubernetes.io/mode': 'Reconcile' } }),
    daemonSet('kube-system', 'registry-proxy', addon, proxySel, [
      {
        name: 'registry-proxy',
        image: REGISTRY_PROXY_IMAGE,
        env: [{ name: 'REGISTRY_HOST', value: 'registry.kube-system.svc.cluster.local' }, { name: 'REGISTRY_PORT', value: '80' }],
        ports: [{ name: 'registry', containerPort: 80, hostPort: 5000 }],
      },
    ], { podLabels: { 'addonmanager.kubernetes.io/mode': 'Reconcile' } }),
    service('kube-system', 'registry', addon, rcSel, [{ name: 'http', port: 80, targetPort: 5000 }, { name: 'https', port: 443, targetPort: 443 }]),
  ];
}

export function microk8sRegistryObjects(): KubeObject[] {
  const sel = { app: 'registry' };
  return [
    namespace('container-registry'),
    {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: meta('registry-claim', 'container-registry'),
      spec: { accessModes: ['ReadWriteMany'], storageClassName: 'microk8s-hostpath', resources: { requests: { storage: '20Gi' } } },
    },
    deployment('container-registry', 'registry', sel, sel, [
      {
        name: 'registry',
        image: MICROK8S_REGISTRY_IMAGE,
        env: [{ name: 'REGISTRY_HTTP_ADDR', value: ':5000' }, { name: 'REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY', value: '/var/lib/registry' }, { name: 'REGISTRY_STORAGE_DELETE_ENABLED', value: 'yes' }],
        ports: [{ name: 'registry', containerPort: 5000, protocol: 'TCP' }],
        volumeMounts: [{ name: 'registry-data', mountPath: '/var/lib/registry' }],
      },
    ], { spec: { volumes: [{ name: 'registry-data', persistentVolumeClaim: { claimName: 'registry-claim' } }] } }),
    service('container-registry', 'registry', sel, sel, [{ name: 'registry', port: 5000, targetPort: 5000, nodePort: 32000 }], 'NodePort'),
    configMap('kube-public', 'local-registry-hosting', { 'localRegistryHosting.v1': 'host: "localhost:32000"\nhelp: "https://microk8s.io/docs/registry-built-in"\n' }),
  ];
}
