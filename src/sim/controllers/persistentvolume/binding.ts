/**
 * The PV controller's writes: bind (volume first, then claim, each spec then status, as
 * `bind()` orders them so an interrupted bind is finished by the next sync), phase changes, and
 * unbinding a volume the controller had bound to a claim that moved on.
 */
import type { ObjectReference, PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import { deepEqual } from '../../../common/objects';
import { rfc3339 } from '../../../common/time';
import { PERSISTENTVOLUMECLAIMS, PERSISTENTVOLUMES } from '../../api/resources';
import type { Stored } from '../../api/types';
import type { ClusterClient } from '../../client/types';
import { ANN_BIND_COMPLETED, ANN_BOUND_BY_CONTROLLER } from './annotations';
import { isVolumeBoundToClaim } from './matchVolume';

type Annotated = { metadata: { annotations?: Record<string, string> } };

/** The object with these annotations added, or the same object when it already has them. */
export function withAnnotations<T extends Annotated>(obj: T, add: Record<string, string>): T {
  const current = obj.metadata.annotations ?? {};
  if (Object.entries(add).every(([k, v]) => current[k] === v)) return obj;
  return { ...obj, metadata: { ...obj.metadata, annotations: { ...current, ...add } } };
}

export function claimRefFor(claim: Stored<PersistentVolumeClaim>): ObjectReference {
  const m = claim.metadata;
  return { kind: 'PersistentVolumeClaim', namespace: m.namespace, name: m.name, uid: m.uid, apiVersion: 'v1', resourceVersion: m.resourceVersion };
}

export function setVolumePhase(client: ClusterClient, pv: Stored<PersistentVolume>, phase: string, now: number, message?: string): void {
  if (pv.status?.phase === phase && pv.status?.message === message) return;
  const status = { phase, ...(message ? { message } : {}), lastPhaseTransitionTime: pv.status?.phase === phase ? pv.status?.lastPhaseTransitionTime : rfc3339(now) };
  client.update(PERSISTENTVOLUMES, { ...pv, status }, { subresource: 'status' });
}

export function setClaimPhase(client: ClusterClient, claim: Stored<PersistentVolumeClaim>, phase: 'Pending' | 'Lost'): void {
  if (claim.status?.phase === phase) return;
  const status = phase === 'Lost' ? { ...claim.status, phase } : { phase };
  client.update(PERSISTENTVOLUMECLAIMS, { ...claim, status }, { namespace: claim.metadata.namespace, subresource: 'status' });
}

/** updateClaimStatus(Bound): the volume's access modes and capacity become the claim's. */
export function claimStatusBound(client: ClusterClient, claim: Stored<PersistentVolumeClaim>, pv: PersistentVolume): void {
  const status = { ...claim.status, phase: 'Bound', accessModes: pv.spec?.accessModes, capacity: pv.spec?.capacity };
  if (deepEqual(status, claim.status)) return;
  client.update(PERSISTENTVOLUMECLAIMS, { ...claim, status }, { namespace: claim.metadata.namespace, subresource: 'status' });
}

function bindVolumeToClaim(client: ClusterClient, pv: Stored<PersistentVolume>, claim: Stored<PersistentVolumeClaim>): Stored<PersistentVolume> {
  const ref = pv.spec?.claimRef;
  if (ref && isVolumeBoundToClaim(pv, claim) && ref.uid === claim.metadata.uid) return pv;
  const byController = !isVolumeBoundToClaim(pv, claim);
  const base = byController ? withAnnotations(pv, { [ANN_BOUND_BY_CONTROLLER]: 'yes' }) : pv;
  return client.update(PERSISTENTVOLUMES, { ...base, spec: { ...pv.spec, claimRef: claimRefFor(claim) } });
}

function bindClaimToVolume(client: ClusterClient, claim: Stored<PersistentVolumeClaim>, pv: PersistentVolume): Stored<PersistentVolumeClaim> {
  const name = pv.metadata?.name ?? '';
  let next = claim;
  if (claim.spec?.volumeName !== name) next = { ...withAnnotations(next, { [ANN_BOUND_BY_CONTROLLER]: 'yes' }), spec: { ...claim.spec, volumeName: name } };
  next = withAnnotations(next, { [ANN_BIND_COMPLETED]: 'yes' });
  return next === claim ? claim : client.update(PERSISTENTVOLUMECLAIMS, next, { namespace: claim.metadata.namespace });
}

export function bindClaim(client: ClusterClient, claim: Stored<PersistentVolumeClaim>, pv: Stored<PersistentVolume>, now: number): void {
  const volume = bindVolumeToClaim(client, pv, claim);
  setVolumePhase(client, volume, 'Bound', now);
  const bound = bindClaimToVolume(client, claim, volume);
  claimStatusBound(client, bound, volume);
}

export function unbindVolume(client: ClusterClient, pv: Stored<PersistentVolume>, now: number): void {
  const annotations = { ...pv.metadata.annotations };
  delete annotations[ANN_BOUND_BY_CONTROLLER];
  const spec = { ...pv.spec };
  delete spec.claimRef;
  const updated = client.update(PERSISTENTVOLUMES, { ...pv, metadata: { ...pv.metadata, annotations }, spec });
  setVolumePhase(client, updated, 'Available', now);
}
