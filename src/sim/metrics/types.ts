/** The shapes metrics-server serves (`metrics.k8s.io/v1beta1`) and the sources it scrapes. */
import type { Pod } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from '../api/types';

export interface ResourceUsage {
  cpu: string;
  memory: string;
}

export interface PodMetrics {
  apiVersion: 'metrics.k8s.io/v1beta1';
  kind: 'PodMetrics';
  metadata: ObjectMeta & { name: string; namespace: string };
  timestamp: string;
  window: string;
  containers: { name: string; usage: ResourceUsage }[];
}

export interface NodeMetrics {
  apiVersion: 'metrics.k8s.io/v1beta1';
  kind: 'NodeMetrics';
  metadata: ObjectMeta & { name: string };
  timestamp: string;
  window: string;
  usage: ResourceUsage;
}

/** A container's own footprint, before served requests: what the kubelet's runtime reports. */
export interface ContainerSample {
  name: string;
  cpuMilli: number;
  memoryBytes: number;
  /** From the spec; CPU is throttled here (CFS quota). */
  cpuLimitMilli?: number;
}

/** Who knows what a pod's running containers use at rest (the kubelets, or the image catalogue). */
export interface UsageSource {
  containerUsage(pod: Pod): ContainerSample[];
}

/** Cumulative CPU the pod spent serving requests (the network's request ledger). */
export interface RequestCpuSource {
  requestStats(podUid: string): { cpuMs: number };
}
