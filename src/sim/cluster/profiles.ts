/**
 * Starting clusters. `minikube` is what `minikube start` gives (one untainted control-plane node,
 * Docker runtime); `multinode` is a kubeadm cluster like the ones CKA practice environments use
 * (a tainted control plane and two workers, containerd).
 */
import type { MachineInfo, NodeSpecInput } from '../kubelet/nodeObject';

/** A node's machine: what its kubelet registers (name, IP, pod CIDR, capacity, role). */
export type NodeProfile = NodeSpecInput;

export interface ClusterProfile extends MachineInfo {
  name: string;
  /** What `kubectl config current-context` and the UI's top bar say. */
  contextName: string;
  clusterName: string;
  apiServerIP: string;
  corednsReplicas: number;
  storageProvisioner: boolean;
  nodes: NodeProfile[];
  /** Who the learner's kubeconfig authenticates as: the requestor the API server records (a CSR's spec.username). */
  adminUser: { username: string; groups: string[] };
  /** The learner's terminal is the first node (MicroK8s runs on the machine itself), not a machine beside the cluster. */
  terminalOnNode?: boolean;
}

const node = (name: string, controlPlane: boolean, tainted: boolean, ip: string, index: number, extraLabels: Record<string, string> = {}): NodeProfile => ({
  name,
  controlPlane,
  tainted,
  internalIP: ip,
  podCIDR: `10.${244 + (index >> 8)}.${index & 255}.0/24`,
  cpu: '2',
  memory: '4010100Ki',
  pods: '110',
  ephemeralStorage: '61202244Ki',
  extraLabels,
});

const minikubeLabels = (primary: boolean) => ({
  'minikube.k8s.io/name': 'minikube',
  'minikube.k8s.io/primary': String(primary),
  'minikube.k8s.io/version': 'v1.35.0',
  'minikube.k8s.io/commit': 'dd5d320e41b5451cdf3c01891bc4e13d189586ed-dirty',
  'minikube.k8s.io/updated_at': '2024_06_01T00_00_00_0700',
});

export const PROFILES: Record<string, ClusterProfile> = {
  minikube: {
    name: 'minikube',
    contextName: 'minikube',
    clusterName: 'minikube',
    kubernetesVersion: 'v1.32.0',
    containerRuntime: 'docker://27.4.0',
    osImage: 'Ubuntu 22.04.5 LTS',
    kernelVersion: '5.15.0-1074-gcp',
    apiServerIP: '192.168.49.2',
    corednsReplicas: 1,
    storageProvisioner: true,
    adminUser: { username: 'minikube-user', groups: ['system:masters', 'system:authenticated'] },
    nodes: [node('minikube', true, false, '192.168.49.2', 0, minikubeLabels(true))],
  },
  multinode: {
    name: 'multinode',
    contextName: 'kubernetes-admin@kubernetes',
    clusterName: 'kubernetes',
    kubernetesVersion: 'v1.32.0',
    containerRuntime: 'containerd://1.7.24',
    osImage: 'Ubuntu 24.04.1 LTS',
    kernelVersion: '6.8.0-51-generic',
    apiServerIP: '172.30.1.2',
    corednsReplicas: 2,
    storageProvisioner: false,
    adminUser: { username: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] },
    nodes: [node('controlplane', true, true, '172.30.1.2', 0), node('node01', false, false, '172.30.2.2', 1), node('node02', false, false, '172.30.2.3', 2)],
  },
  /** What `sudo snap install microk8s --classic` gives: the node is named after the host, containerd runs pods. */
  microk8s: {
    name: 'microk8s',
    contextName: 'microk8s',
    clusterName: 'microk8s-cluster',
    kubernetesVersion: 'v1.32.3',
    containerRuntime: 'containerd://1.6.36',
    osImage: 'Ubuntu 22.04.5 LTS',
    kernelVersion: '5.15.0-131-generic',
    apiServerIP: '192.168.64.2',
    corednsReplicas: 1,
    storageProvisioner: false,
    adminUser: { username: 'admin', groups: ['system:masters', 'system:authenticated'] },
    terminalOnNode: true,
    // kubelite registers no node-role label: `kubectl get nodes` shows ROLES <none>.
    nodes: [{ ...node('microk8s-vm', true, false, '192.168.64.2', 0, { 'microk8s.io/cluster': 'true', 'node.kubernetes.io/microk8s-controlplane': 'microk8s-controlplane' }), podCIDR: '10.1.0.0/24', roleLabel: false }],
  },
};

export const DEFAULT_PROFILE = 'minikube';

/** A kubeadm-style cluster with `workers` identical workers, for benchmarks and scale demos. */
export function scaledProfile(workers: number): ClusterProfile {
  const base = PROFILES.multinode;
  const nodes = [base.nodes[0]];
  for (let i = 1; i <= workers; i++) {
    const name = `node${String(i).padStart(String(workers).length < 2 ? 2 : String(workers).length, '0')}`;
    nodes.push(node(name, false, false, `172.30.${2 + Math.floor(i / 250)}.${(i % 250) + 2}`, i));
  }
  return { ...base, name: `scaled-${workers}`, nodes };
}
