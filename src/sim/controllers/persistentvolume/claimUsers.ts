/** Which pods use which claims, from the pods' `persistentVolumeClaim` volumes. */
import type { Pod } from 'kubernetes-types/core/v1';

export function claimNamesOf(pod: Pod): string[] {
  return (pod.spec?.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim?.claimName ? [v.persistentVolumeClaim.claimName] : []));
}

export function claimKeysOf(pod: Pod): string[] {
  return claimNamesOf(pod).map((n) => `${pod.metadata?.namespace ?? 'default'}/${n}`);
}

export const CLAIM_INDEX = 'byClaim';

/** Indexer: a pod is listed under every `namespace/claim` it mounts. */
export const claimIndexFunc = (pod: Pod): string[] => claimKeysOf(pod);
