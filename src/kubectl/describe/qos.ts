/** A pod's QoS class: status.qosClass when the kubelet set it, else computed (qos.GetPodQOS). */
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { parseQuantity } from './quantity';

const COMPUTE = ['cpu', 'memory'];

export function podQOSClass(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const containers: Container[] = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  const requests = new Map<string, bigint>();
  const limits = new Map<string, bigint>();
  let guaranteed = true;
  for (const c of containers) {
    for (const [name, q] of Object.entries(c.resources?.requests ?? {})) {
      if (!COMPUTE.includes(name)) continue;
      const nanos = parseQuantity(q).nanos;
      if (nanos !== 0n) requests.set(name, (requests.get(name) ?? 0n) + nanos);
    }
    const containerLimits = new Set<string>();
    for (const [name, q] of Object.entries(c.resources?.limits ?? {})) {
      if (!COMPUTE.includes(name)) continue;
      const nanos = parseQuantity(q).nanos;
      if (nanos !== 0n) {
        containerLimits.add(name);
        limits.set(name, (limits.get(name) ?? 0n) + nanos);
      }
    }
    if (!COMPUTE.every((name) => containerLimits.has(name))) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, req] of requests) {
      if (limits.get(name) !== req) guaranteed = false;
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}
