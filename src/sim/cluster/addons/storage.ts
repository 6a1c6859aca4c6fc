/**
 * Default storage: minikube's `standard` class and its hostpath provisioner pod
 * (default-storageclass / storage-provisioner), MicroK8s' `microk8s-hostpath` (hostpath-storage).
 * Provisioning volumes for claims is the storage controllers' job; these are what the add-ons
 * install.
 */
import type { KubeObject } from '../../api/types';
import type { ClusterProfile } from '../profiles';
import { storageProvisionerPod } from '../systemObjects';
import { binding, deployment, meta, rbac, serviceAccount } from './objects';

const DEFAULT_CLASS = { 'storageclass.kubernetes.io/is-default-class': 'true' };

export function minikubeDefaultStorageClass(): KubeObject[] {
  return [
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: meta('standard', undefined, { 'addonmanager.kubernetes.io/mode': 'EnsureExists' }, DEFAULT_CLASS),
      provisioner: 'k8s.io/minikube-hostpath',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'Immediate',
    },
  ];
}

export function minikubeStorageProvisioner(profile: ClusterProfile): KubeObject[] {
  const labels = { 'addonmanager.kubernetes.io/mode': 'Reconcile' };
  const sa = { name: 'storage-provisioner', namespace: 'kube-system' };
  return [
    serviceAccount('kube-system', 'storage-provisioner', labels),
    binding('ClusterRoleBinding', 'storage-provisioner', undefined, { kind: 'ClusterRole', name: 'system:persistent-volume-provisioner' }, sa, labels),
    rbac('Role', 'system:persistent-volume-provisioner', 'kube-system', { rules: [{ apiGroups: [''], resources: ['endpoints'], verbs: ['watch', 'create'] }, { apiGroups: [''], resources: ['endpoints'], resourceNames: ['k8s.io-minikube-hostpath'], verbs: ['get', 'update', 'patch'] }] }, labels),
    binding('RoleBinding', 'system:persistent-volume-provisioner', 'kube-system', { kind: 'Role', name: 'system:persistent-volume-provisioner' }, sa, labels),
    storageProvisionerPod(profile),
  ];
}

export const HOSTPATH_PROVISIONER_IMAGE = 'docker.io/cdkbot/hostpath-provisioner:1.5.0';

export function microk8sHostpathStorage(): KubeObject[] {
  const sel = { 'k8s-app': 'hostpath-provisioner' };
  const sa = { name: 'microk8s-hostpath', namespace: 'kube-system' };
  return [
    deployment('kube-system', 'hostpath-provisioner', sel, sel, [
      {
        name: 'hostpath-provisioner',
        image: HOSTPATH_PROVISIONER_IMAGE,
        env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }, { name: 'PV_DIR', value: '/var/snap/microk8s/common/default-storage' }],
      },
    ], { spec: { serviceAccountName: 'microk8s-hostpath' } }),
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: meta('microk8s-hostpath', undefined, undefined, DEFAULT_CLASS),
      provisioner: 'microk8s.io/hostpath',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'WaitForFirstConsumer',
    },
    serviceAccount('kube-system', 'microk8s-hostpath'),
    rbac('ClusterRole', 'microk8s-hostpath', undefined, {
      rules: [
        { apiGroups: [''], resources: ['persistentvolumeclaims'], verbs: ['list', 'get', 'watch', 'update'] },
        { apiGroups: [''], resources: ['persistentvolumes'], verbs: ['list', 'get', 'update', 'watch', 'create', 'delete'] },
        { apiGroups: [''], resources: ['events'], verbs: ['create', 'list', 'patch'] },
        { apiGroups: ['storage.k8s.io'], resources: ['storageclasses'], verbs: ['list', 'watch'] },
        { apiGroups: [''], resources: ['nodes'], verbs: ['get'] },
      ],
    }),
    binding('ClusterRoleBinding', 'microk8s-hostpath', undefined, { kind: 'ClusterRole', name: 'microk8s-hostpath' }, sa),
  ];
}
