/**
 * The Node object a kubelet registers and the status it keeps posting: labels, capacity,
 * conditions, addresses and system info as `kubectl describe node` shows them.
 */
import type { Node, NodeCondition } from 'kubernetes-types/core/v1';
import { rfc3339 } from '../../common/time';
import type { Rng } from '../../common/rng';

/** What the kubelet is told about its machine (a cluster profile's node entry). */
export interface NodeSpecInput {
  name: string;
  controlPlane: boolean;
  tainted: boolean;
  internalIP: string;
  podCIDR: string;
  cpu: string;
  memory: string;
  pods: string;
  ephemeralStorage: string;
  extraLabels: Record<string, string>;
  /** False where the distribution labels no roles (MicroK8s); kubeadm and minikube label the control plane. */
  roleLabel?: boolean;
}

export interface MachineInfo {
  kubernetesVersion: string;
  containerRuntime: string;
  osImage: string;
  kernelVersion: string;
}

const CONDITIONS: [string, string, string][] = [
  ['MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
  ['DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
  ['PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
  ['Ready', 'KubeletReady', 'kubelet is posting ready status'],
];

export function healthyConditions(nowMs: number, previous: NodeCondition[] = []): NodeCondition[] {
  const now = rfc3339(nowMs);
  return CONDITIONS.map(([type, reason, message]) => {
    const status = type === 'Ready' ? 'True' : 'False';
    const old = previous.find((c) => c.type === type);
    const transition = old && old.status === status ? old.lastTransitionTime : now;
    return { type, status, lastHeartbeatTime: now, lastTransitionTime: transition, reason, message };
  });
}

export function nodeObject(input: NodeSpecInput, machine: MachineInfo, rng: Rng, nowMs: number): Node {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': input.name,
    'kubernetes.io/os': 'linux',
    ...input.extraLabels,
  };
  if (input.controlPlane && input.roleLabel !== false) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  const resources = { cpu: input.cpu, 'ephemeral-storage': input.ephemeralStorage, 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: input.memory, pods: input.pods };
  const docker = machine.containerRuntime.startsWith('docker');
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: input.name,
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': docker ? 'unix:///var/run/cri-dockerd.sock' : 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: input.podCIDR,
      podCIDRs: [input.podCIDR],
      ...(input.tainted ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
    status: {
      capacity: resources,
      allocatable: resources,
      conditions: healthyConditions(nowMs),
      addresses: [
        { type: 'InternalIP', address: input.internalIP },
        { type: 'Hostname', address: input.name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: rng.string(32, '0123456789abcdef'),
        systemUUID: rng.string(32, '0123456789abcdef').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
        bootID: rng.string(32, '0123456789abcdef').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
        kernelVersion: machine.kernelVersion,
        osImage: machine.osImage,
        containerRuntimeVersion: machine.containerRuntime,
        kubeletVersion: machine.kubernetesVersion,
        kubeProxyVersion: machine.kubernetesVersion,
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
    },
  };
}
