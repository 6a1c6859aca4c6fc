/**
 * The facts about a pod the plugins read again and again, computed once per pod version:
 * parsed requests, host ports, its controller (for spreading) and its images.
 */
import type { ContainerPort, Pod } from 'kubernetes-types/core/v1';
import type { Stored } from '../api/types';
import { keyOf } from '../client/informer';
import { affinityTermsOf, type PodAffinityTerms } from './affinityTerms';
import { podRequests, type Resources } from './podResources';

export interface HostPort {
  hostIP: string;
  protocol: string;
  port: number;
}

export interface PodInfo {
  key: string;
  pod: Stored<Pod>;
  requests: Resources;
  /** The requests NodeResourcesFit checks, in the order it reports them; zero amounts left out. */
  fitRequests: [string, number][];
  cpu: number;
  memory: number;
  /** With 100m / 200Mi filled in for unset container requests: what scoring counts. */
  nonZeroCpu: number;
  nonZeroMemory: number;
  hostPorts: HostPort[];
  /** The uid of the controlling ReplicaSet, StatefulSet …: pods of one owner spread out. */
  controllerUid?: string;
  terminating: boolean;
  /** Present only for pods with podAffinity or podAntiAffinity. */
  affinity?: PodAffinityTerms;
}

/** schedutil.GetContainerPorts: only ports that claim a port on the node. */
function hostPortsOf(pod: Pod): HostPort[] {
  const ports: ContainerPort[] = (pod.spec?.containers ?? []).flatMap((c) => c.ports ?? []);
  return ports
    .filter((p) => (p.hostPort ?? 0) > 0)
    .map((p) => ({ hostIP: p.hostIP || '0.0.0.0', protocol: p.protocol || 'TCP', port: p.hostPort! }));
}

const NATIVE_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'];

/** schedutil.IsScalarResourceName: extended resources (`nvidia.com/gpu`) and hugepages. */
const isScalar = (name: string) => name.startsWith('hugepages-') || (name.includes('/') && !name.startsWith('kubernetes.io/'));

function fitRequestsOf(requests: Resources): [string, number][] {
  const names = [...NATIVE_RESOURCES, ...[...requests.keys()].filter(isScalar).sort()];
  return names.map((n): [string, number] => [n, requests.get(n) ?? 0]).filter(([, v]) => v > 0);
}

/**
 * `previous`: the same pod's info from before this update. Requests, ports and owner cannot
 * change on a live pod, so a new version (a binding, a status write) reuses them.
 */
export function podInfoOf(pod: Stored<Pod>, previous?: PodInfo): PodInfo {
  if (previous?.pod.metadata.uid === pod.metadata.uid) return { ...previous, pod, terminating: !!pod.metadata.deletionTimestamp };
  const requests = podRequests(pod);
  const nonZero = podRequests(pod, true);
  return {
    key: keyOf(pod),
    pod,
    requests,
    fitRequests: fitRequestsOf(requests),
    cpu: requests.get('cpu') ?? 0,
    memory: requests.get('memory') ?? 0,
    nonZeroCpu: nonZero.get('cpu') ?? 0,
    nonZeroMemory: nonZero.get('memory') ?? 0,
    hostPorts: hostPortsOf(pod),
    controllerUid: pod.metadata.ownerReferences?.find((r) => r.controller)?.uid,
    terminating: !!pod.metadata.deletionTimestamp,
    affinity: affinityTermsOf(pod),
  };
}
