/**
 * The tolerations every DaemonSet pod gets (util.AddOrUpdateDaemonPodTolerations): a daemon
 * keeps running on a node that is not ready or unreachable, and is placed on nodes under
 * pressure or cordoned — a node's agents must run most when the node is in trouble.
 */
import type { PodSpec, Toleration } from 'kubernetes-types/core/v1';

const daemonTolerations: Toleration[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];

/** Host-network daemons (kube-proxy, CNI agents) must start before the node's network is up. */
const networkUnavailable: Toleration = { key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' };

/** Adds each toleration unless one with the same key, operator, value and effect is there (tolerationSeconds aside). */
export function addOrUpdateDaemonPodTolerations(spec: PodSpec): Toleration[] {
  const wanted = spec.hostNetwork ? [...daemonTolerations, networkUnavailable] : daemonTolerations;
  const out = [...(spec.tolerations ?? [])];
  for (const t of wanted) {
    const i = out.findIndex((x) => x.key === t.key && (x.operator ?? 'Equal') === t.operator && (x.value ?? '') === '' && x.effect === t.effect);
    if (i >= 0) out[i] = { ...t };
    else out.push({ ...t });
  }
  return out;
}
