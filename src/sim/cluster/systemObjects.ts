/**
 * What a freshly installed cluster already holds: the four namespaces, the `kubernetes` and
 * `kube-dns` Services, CoreDNS, and the control-plane pods that `kubectl get pods -A` lists.
 */
import type { KubeObject } from '../api/types';
import type { ClusterProfile, NodeProfile } from './profiles';

const SYSTEM_NODE_CRITICAL = { priorityClassName: 'system-node-critical', priority: 2000001000 };

export function systemNamespaces(): KubeObject[] {
  return ['default', 'kube-node-lease', 'kube-public', 'kube-system'].map((name) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }));
}

/** The two classes kube-apiserver creates at start (scheduling/v1's SystemPriorityClasses). */
export function systemPriorityClasses(): KubeObject[] {
  const pc = (name: string, value: number, description: string): KubeObject => ({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, value, globalDefault: false, description, preemptionPolicy: 'PreemptLowerPriority' });
  return [
    pc('system-node-critical', 2000001000, 'Used for system critical pods that must not be moved from their current node.'),
    pc('system-cluster-critical', 2000000000, 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.'),
  ];
}

export function systemServices(profile: ClusterProfile): KubeObject[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
      spec: { ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: apiServerPort(profile) }], sessionAffinity: 'None', type: 'ClusterIP' },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'kube-dns',
        namespace: 'kube-system',
        labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
        annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
      },
      spec: {
        clusterIP: '10.96.0.10',
        selector: { 'k8s-app': 'kube-dns' },
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
          { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
        ],
      },
    },
  ];
}

export const apiServerPort = (profile: ClusterProfile) => (profile.name === 'minikube' ? 8443 : profile.name === 'microk8s' ? 16443 : 6443);

export function corednsDeployment(profile: ClusterProfile): KubeObject {
  const labels = { 'k8s-app': 'kube-dns' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'coredns', namespace: 'kube-system', labels },
    spec: {
      replicas: profile.corednsReplicas,
      selector: { matchLabels: labels },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
      template: {
        metadata: { labels },
        spec: {
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'coredns',
          tolerations: [
            { key: 'CriticalAddonsOnly', operator: 'Exists' },
            { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
          ],
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          containers: [
            {
              name: 'coredns',
              image: 'registry.k8s.io/coredns/coredns:v1.11.3',
              args: ['-conf', '/etc/coredns/Corefile'],
              ports: [
                { name: 'dns', containerPort: 53, protocol: 'UDP' },
                { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
              ],
              resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
            },
          ],
        },
      },
    },
  };
}

function staticPod(component: string, image: string, node: NodeProfile, cpu: string, memory?: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${component}-${node.name}`,
      namespace: 'kube-system',
      labels: { component, tier: 'control-plane' },
      annotations: { 'kubernetes.io/config.source': 'file', 'kubernetes.io/config.mirror': 'static', 'kubernetes.io/config.seen': '' },
    },
    spec: {
      nodeName: node.name,
      hostNetwork: true,
      ...SYSTEM_NODE_CRITICAL,
      automountServiceAccountToken: false,
      tolerations: [{ operator: 'Exists', effect: 'NoExecute' }],
      containers: [{ name: component, image, resources: { requests: { cpu, ...(memory ? { memory } : {}) } } }],
    },
  };
}

/** Mirror pods of the control plane's static pods, bound to the control-plane node. */
export function controlPlanePods(profile: ClusterProfile): KubeObject[] {
  const cp = profile.nodes.find((n) => n.controlPlane)!;
  const v = profile.kubernetesVersion;
  return [
    staticPod('etcd', 'registry.k8s.io/etcd:3.5.16-0', cp, '100m', '100Mi'),
    staticPod('kube-apiserver', `registry.k8s.io/kube-apiserver:${v}`, cp, '250m'),
    staticPod('kube-controller-manager', `registry.k8s.io/kube-controller-manager:${v}`, cp, '200m'),
    staticPod('kube-scheduler', `registry.k8s.io/kube-scheduler:${v}`, cp, '100m'),
  ];
}

/** kube-proxy runs on every node, as kubeadm and minikube install it: a DaemonSet. */
export function kubeProxyDaemonSet(profile: ClusterProfile): KubeObject {
  const labels = { 'k8s-app': 'kube-proxy' };
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'kube-proxy', namespace: 'kube-system', labels },
    spec: {
      selector: { matchLabels: labels },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
      template: {
        metadata: { labels },
        spec: {
          hostNetwork: true,
          priorityClassName: SYSTEM_NODE_CRITICAL.priorityClassName,
          serviceAccountName: 'kube-proxy',
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          tolerations: [{ operator: 'Exists' }],
          containers: [
            {
              name: 'kube-proxy',
              image: `registry.k8s.io/kube-proxy:${profile.kubernetesVersion}`,
              command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'],
              env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }],
              securityContext: { privileged: true },
            },
          ],
        },
      },
    },
  };
}

/**
 * The StorageClasses a fresh cluster has: minikube's addon makes `standard` the default, served
 * by its hostpath provisioner; a kubeadm cluster has none until one is installed (a class such
 * as rancher's `local-path` would be added here, next to its provisioner).
 */
export function defaultStorageClasses(profile: ClusterProfile): KubeObject[] {
  if (!profile.storageProvisioner) return [];
  return [
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: {
        name: 'standard',
        labels: { 'addonmanager.kubernetes.io/mode': 'EnsureExists' },
        annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
      },
      provisioner: 'k8s.io/minikube-hostpath',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'Immediate',
    },
  ];
}

export function storageProvisionerPod(profile: ClusterProfile): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'storage-provisioner',
      namespace: 'kube-system',
      labels: { 'addonmanager.kubernetes.io/mode': 'Reconcile', 'integration-test': 'storage-provisioner' },
    },
    spec: {
      nodeName: profile.nodes[0].name,
      hostNetwork: true,
      serviceAccountName: 'storage-provisioner',
      containers: [{ name: 'storage-provisioner', image: 'gcr.io/k8s-minikube/storage-provisioner:v5', command: ['/storage-provisioner'] }],
    },
  };
}

/** Service accounts the system pods run as (the ServiceAccount admission plugin requires them). */
export function systemServiceAccounts(profile: ClusterProfile): KubeObject[] {
  const names = ['coredns', 'kube-proxy', ...(profile.storageProvisioner ? ['storage-provisioner'] : [])];
  return names.map((name) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: 'kube-system' } }));
}
