/**
 * The facts about a pod the plugins read again and again, computed once per pod version:
 * parsed requests, host ports, its controller (for spreading) and its images.
 */
import type { ContainerPort, Pod } from 'kubernetes-types/core/v1';
import type { Stored } from '../api/types';
import { keyOf } from '../client/informer';
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
  nonZeroRequests: Resources;
  hostPorts: HostPort[];
  /** The uid of the controlling ReplicaSet, StatefulSet …: pods of one owner spread out. */
  controllerUid?: string;
  terminating: boolean;
}

/** schedutil.GetContainerPorts: only ports that claim a port on the node. */
function hostPortsOf(pod: Pod): HostPort[] {
  const ports: ContainerPort[] = (pod.spec?.containers ?? []).flatMap((c) => c.ports ?? []);
  return ports
    .filter((p) => (p.hostPort ?? 0) > 0)
    .map((p) => ({ hostIP: p.hostIP || '0.0.0.0', protocol: p.protocol || 'TCP', port: p.hostPort! }));
}

export function podInfoOf(pod: Stored<Pod>): PodInfo {
  return {
    key: keyOf(pod),
    pod,
    requests: podRequests(pod),
    nonZeroRequests: podRequests(pod, true),
    hostPorts: hostPortsOf(pod),
    controllerUid: pod.metadata.ownerReferences?.find((r) => r.controller)?.uid,
    terminating: !!pod.metadata.deletionTimestamp,
  };
}
