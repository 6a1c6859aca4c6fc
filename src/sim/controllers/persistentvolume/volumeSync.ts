/**
 * syncVolume as a pure decision: a volume's phase follows its claim — Available without one,
 * Bound with it, Released once the claim is gone — and a released volume is reclaimed by its
 * policy (Retain keeps it; Delete is the provisioner's job for provisioned volumes; nothing
 * in-tree can delete or recycle the rest, so they fail).
 */
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import { ANN_BOUND_BY_CONTROLLER, ANN_DYNAMICALLY_PROVISIONED, hasAnnotation } from './annotations';
import type { ControllerEvent } from './claimSync';

export type VolumeAction =
  | { kind: 'none' }
  | { kind: 'phase'; phase: 'Available' | 'Bound' | 'Released'; message?: string }
  | { kind: 'failed'; event: ControllerEvent }
  /** The claim has not caught up with a volume bound to it: sync the claim. */
  | { kind: 'syncClaim' }
  /** The controller bound the volume to a claim that now uses another volume: free it. */
  | { kind: 'unbind' };

function reclaim(pv: PersistentVolume): VolumeAction {
  const name = pv.metadata?.name ?? '';
  switch (pv.spec?.persistentVolumeReclaimPolicy ?? 'Retain') {
    case 'Retain':
      return { kind: 'none' };
    case 'Delete':
      if (hasAnnotation(pv, ANN_DYNAMICALLY_PROVISIONED)) return { kind: 'none' };
      return { kind: 'failed', event: { type: 'Warning', reason: 'VolumeFailedDelete', message: `error getting deleter volume plugin for volume "${name}": no deletable volume plugin matched` } };
    default:
      return { kind: 'failed', event: { type: 'Warning', reason: 'VolumeFailedRecycle', message: 'No recycler plugin found for the volume!' } };
  }
}

export function decideVolume(pv: PersistentVolume, claim: PersistentVolumeClaim | undefined): VolumeAction {
  const phase = pv.status?.phase;
  const ref = pv.spec?.claimRef;
  if (!ref || !ref.uid) return phase === 'Available' ? { kind: 'none' } : { kind: 'phase', phase: 'Available' };
  const live = claim && claim.metadata?.uid === ref.uid ? claim : undefined;
  if (!live) {
    if (phase === 'Failed') return { kind: 'none' };
    if (phase !== 'Released') return { kind: 'phase', phase: 'Released' };
    return reclaim(pv);
  }
  if (!live.spec?.volumeName) return { kind: 'syncClaim' };
  if (live.spec.volumeName === pv.metadata?.name) return phase === 'Bound' ? { kind: 'none' } : { kind: 'phase', phase: 'Bound' };
  return hasAnnotation(pv, ANN_BOUND_BY_CONTROLLER) ? { kind: 'unbind' } : { kind: 'none' };
}
