/**
 * metrics-server's scrape target: each node's kubelet, which reports what the pod's running
 * containers use now (its resource metrics endpoint) — idle footprint, what programs allocated,
 * a shell's own memory — so `kubectl top` shows the kubelet's usage model, not catalogue figures.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { ContainerSample, UsageSource } from './types';

/** The part of a kubelet metrics-server talks to. */
export interface ResourceMetricsEndpoint {
  resourceUsage(pod: Pod): ContainerSample[];
}

export function kubeletUsage(kubeletOf: (nodeName: string) => ResourceMetricsEndpoint | undefined): UsageSource {
  return {
    containerUsage(pod: Pod): ContainerSample[] {
      const node = pod.spec?.nodeName;
      return (node && kubeletOf(node)?.resourceUsage(pod)) || [];
    },
  };
}
