/**
 * Which PersistentVolume a claim binds to (FindMatchingVolume and the PV controller's access-mode
 * index): a volume pre-bound to the claim wins outright; otherwise the smallest Available volume
 * of the claim's class, large enough, whose labels match the claim's selector — looking first
 * among volumes offering the fewest access modes that still include every mode the claim asks for.
 */
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import { matches, selectorFromLabelSelector } from '../../api/labels';
import { compareQuantities } from '../../api/quantity';
import { claimClass, volumeClass } from './annotations';
import { volumeNodeAffinityMatches } from './volumeNodeAffinity';

/** The node a WaitForFirstConsumer claim is being bound for (the scheduler's path). */
export interface CandidateNode {
  name: string;
  labels?: Record<string, string>;
}

const storageOf = (q: Record<string, unknown> | undefined): string => String(q?.storage ?? '0');

/** IsVolumeBoundToClaim: the claimRef names this claim, and its uid if it carries one. */
export function isVolumeBoundToClaim(pv: PersistentVolume, claim: PersistentVolumeClaim): boolean {
  const ref = pv.spec?.claimRef;
  if (!ref) return false;
  if (ref.name !== claim.metadata?.name || ref.namespace !== claim.metadata?.namespace) return false;
  return !ref.uid || ref.uid === claim.metadata?.uid;
}

const volumeModeOf = (spec: { volumeMode?: string } | undefined) => spec?.volumeMode ?? 'Filesystem';

/** CheckAccessModes: every mode the claim requests is one the volume offers. */
export function accessModesContain(offered: readonly string[] | undefined, requested: readonly string[] | undefined): boolean {
  return (requested ?? []).every((m) => (offered ?? []).includes(m));
}

/** checkVolumeSatisfyClaim: why a volume the claim names (spec.volumeName) cannot serve it. */
export function checkVolumeSatisfyClaim(pv: PersistentVolume, claim: PersistentVolumeClaim): string | undefined {
  if (pv.metadata?.deletionTimestamp) return `the volume is marked for deletion "${pv.metadata.name}"`;
  if (compareQuantities(storageOf(pv.spec?.capacity), storageOf(claim.spec?.resources?.requests)) < 0) return 'requested PV is too small';
  if (volumeClass(pv) !== claimClass(claim)) return 'storageClassName does not match';
  if (volumeModeOf(pv.spec) !== volumeModeOf(claim.spec)) return 'incompatible volumeMode';
  if (!accessModesContain(pv.spec?.accessModes, claim.spec?.accessModes)) return 'incompatible accessMode';
  return undefined;
}

/**
 * FindMatchingVolume over one access-mode group. With `delayBinding` and no node, unbound
 * volumes are left to the scheduler's path (a node known), as the real controller does.
 */
export function findMatchingVolume(claim: PersistentVolumeClaim, volumes: readonly PersistentVolume[], node: CandidateNode | undefined, delayBinding: boolean): PersistentVolume | undefined {
  const requested = storageOf(claim.spec?.resources?.requests);
  const selector = claim.spec?.selector ? selectorFromLabelSelector(claim.spec.selector) : undefined;
  let smallest: PersistentVolume | undefined;
  for (const pv of volumes) {
    if (pv.spec?.claimRef && !isVolumeBoundToClaim(pv, claim)) continue;
    if (compareQuantities(storageOf(pv.spec?.capacity), requested) < 0) continue;
    if (volumeModeOf(pv.spec) !== volumeModeOf(claim.spec)) continue;
    if (pv.metadata?.deletionTimestamp) continue;
    const affinityOk = !node || volumeNodeAffinityMatches(pv, node.name, node.labels);
    if (isVolumeBoundToClaim(pv, claim)) return affinityOk ? pv : undefined;
    if (!node && delayBinding) continue;
    if (pv.status?.phase !== 'Available') continue;
    if (selector && !matches(selector, pv.metadata?.labels)) continue;
    if (volumeClass(pv) !== claimClass(claim)) continue;
    if (!affinityOk) continue;
    if (node && !accessModesContain(pv.spec?.accessModes, claim.spec?.accessModes)) continue;
    if (!smallest || compareQuantities(storageOf(smallest.spec?.capacity), storageOf(pv.spec?.capacity)) > 0) smallest = pv;
  }
  return smallest;
}

/**
 * findBestMatchForClaim: volumes grouped by their set of access modes; groups that include all
 * the claim's modes are tried from the fewest modes up, so a ReadWriteOnce claim does not take a
 * ReadWriteMany volume while a ReadWriteOnce one fits.
 */
export function findBestMatchForClaim(claim: PersistentVolumeClaim, volumes: readonly PersistentVolume[], delayBinding: boolean, node?: CandidateNode): PersistentVolume | undefined {
  const groups = new Map<string, PersistentVolume[]>();
  for (const pv of volumes) {
    const modes = [...new Set(pv.spec?.accessModes ?? [])].sort();
    if (!accessModesContain(modes, claim.spec?.accessModes)) continue;
    const key = modes.join(',');
    groups.set(key, [...(groups.get(key) ?? []), pv]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => a.split(',').length - b.split(',').length || (a < b ? -1 : 1));
  for (const [, group] of ordered) {
    const found = findMatchingVolume(claim, group, node, delayBinding);
    if (found) return found;
  }
  return undefined;
}
