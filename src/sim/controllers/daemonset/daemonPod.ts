/**
 * The pod a DaemonSet creates for one node: the template, the daemon tolerations, the
 * revision's hash label, and node affinity rewritten to that one node
 * (ReplaceDaemonSetPodNodeNameNodeAffinity) — the default scheduler then binds it there.
 */
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Affinity, Pod } from 'kubernetes-types/core/v1';
import type { OwnerReference } from '../../api/types';
import { getPodFromTemplate } from '../replicaset/podControl';
import { CONTROLLER_REVISION_HASH_LABEL } from '../statefulset/history';
import { addOrUpdateDaemonPodTolerations } from './daemonPodTolerations';

export function replaceDaemonSetPodNodeNameNodeAffinity(affinity: Affinity | undefined, nodeName: string): Affinity {
  const required = { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] }] };
  return { ...affinity, nodeAffinity: { ...affinity?.nodeAffinity, requiredDuringSchedulingIgnoredDuringExecution: required } };
}

/** The node a daemon pod is for: where it runs, or where its affinity pins it. */
export function daemonPodNodeName(pod: Pod): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const t of terms) {
    const f = t.matchFields?.find((x) => x.key === 'metadata.name' && x.operator === 'In' && x.values?.length === 1);
    if (f) return f.values![0];
  }
  return undefined;
}

export function newDaemonPod(ds: DaemonSet, nodeName: string, hash: string, controllerRef: OwnerReference): Pod {
  const pod = getPodFromTemplate(ds.spec?.template ?? {}, ds.metadata?.name ?? '', controllerRef);
  pod.metadata!.labels = { ...pod.metadata!.labels, [CONTROLLER_REVISION_HASH_LABEL]: hash };
  const spec = pod.spec!;
  spec.tolerations = addOrUpdateDaemonPodTolerations(spec);
  spec.affinity = replaceDaemonSetPodNodeNameNodeAffinity(spec.affinity, nodeName);
  return pod;
}
