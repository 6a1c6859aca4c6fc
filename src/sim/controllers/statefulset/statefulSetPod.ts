/**
 * A StatefulSet pod's stable identity (stateful_set_utils.go): the name `<set>-<ordinal>`,
 * the `statefulset.kubernetes.io/pod-name` and `apps.kubernetes.io/pod-index` labels, the
 * hostname and the headless Service's subdomain, and one PersistentVolumeClaim per
 * volumeClaimTemplate, named `<template>-<set>-<ordinal>`.
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { PersistentVolumeClaim, Pod, Volume } from 'kubernetes-types/core/v1';
import { clone } from '../../../common/objects';
import type { OwnerReference } from '../../api/types';
import { getPodFromTemplate } from '../replicaset/podControl';
import { CONTROLLER_REVISION_HASH_LABEL } from './history';

export const STATEFUL_SET_POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

export const podName = (set: StatefulSet, ordinal: number) => `${set.metadata?.name}-${ordinal}`;
export const startOrdinal = (set: StatefulSet) => set.spec?.ordinals?.start ?? 0;
export const replicasOf = (set: StatefulSet) => set.spec?.replicas ?? 1;

/** The ordinal in `<set>-<n>`, or undefined when the pod's name is not one of the set's. */
export function getOrdinal(set: StatefulSet, pod: Pod): number | undefined {
  const prefix = `${set.metadata?.name}-`;
  const name = pod.metadata?.name ?? '';
  if (!name.startsWith(prefix)) return undefined;
  const rest = name.slice(prefix.length);
  return /^(0|[1-9]\d*)$/.test(rest) ? Number(rest) : undefined;
}

export const claimName = (templateName: string, set: StatefulSet, ordinal: number) => `${templateName}-${podName(set, ordinal)}`;

export const getPodRevision = (pod: Pod) => pod.metadata?.labels?.[CONTROLLER_REVISION_HASH_LABEL] ?? '';

/**
 * The claims the pod at `ordinal` mounts, labelled with the set's selector
 * (getPersistentVolumeClaims). With `whenDeleted: Delete` they are owned by the set, so the
 * garbage collector removes them with it; by default (Retain) nothing owns them.
 */
export function getPersistentVolumeClaims(set: StatefulSet & { metadata?: { uid?: string } }, ordinal: number): PersistentVolumeClaim[] {
  const selectorLabels = set.spec?.selector?.matchLabels ?? {};
  const ownedBySet = set.spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted === 'Delete';
  const owner = { apiVersion: 'apps/v1', kind: 'StatefulSet', name: set.metadata?.name ?? '', uid: set.metadata?.uid ?? '' };
  return (set.spec?.volumeClaimTemplates ?? []).map((t) => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: claimName(t.metadata?.name ?? '', set, ordinal),
      namespace: set.metadata?.namespace,
      labels: { ...t.metadata?.labels, ...selectorLabels },
      ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
      ...(ownedBySet ? { ownerReferences: [owner] } : {}),
    },
    spec: clone(t.spec ?? {}),
  }));
}

/** newStatefulSetPod plus setPodRevision: the template with the pod's identity and storage. */
export function newStatefulSetPod(set: StatefulSet, ordinal: number, revisionName: string, controllerRef: OwnerReference): Pod {
  const pod = getPodFromTemplate(set.spec?.template ?? {}, set.metadata?.name ?? '', controllerRef);
  const meta = pod.metadata!;
  const name = podName(set, ordinal);
  delete meta.generateName;
  meta.name = name;
  meta.namespace = set.metadata?.namespace;
  meta.labels = { ...meta.labels, [STATEFUL_SET_POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(ordinal), [CONTROLLER_REVISION_HASH_LABEL]: revisionName };
  const spec = pod.spec!;
  spec.hostname = name;
  if (set.spec?.serviceName) spec.subdomain = set.spec.serviceName;
  const templates = set.spec?.volumeClaimTemplates ?? [];
  if (templates.length) {
    const claimVolumes: Volume[] = templates.map((t) => ({ name: t.metadata?.name ?? '', persistentVolumeClaim: { claimName: claimName(t.metadata?.name ?? '', set, ordinal) } }));
    const names = new Set(claimVolumes.map((v) => v.name));
    spec.volumes = [...claimVolumes, ...(spec.volumes ?? []).filter((v) => !names.has(v.name))];
  }
  return pod;
}
