/**
 * PersistentVolumes and PersistentVolumeClaims (ValidatePersistentVolume(Claim)Spec): access
 * modes, a storage size, exactly one volume source, reclaim policy; a claim's spec is frozen
 * once created except for a larger request and the controller setting `volumeName`.
 */
import type { PersistentVolume, PersistentVolumeClaim, PersistentVolumeSpec } from 'kubernetes-types/core/v1';
import { forbidden, invalid, notSupported, required, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { validateLabelSelector } from './labelSelector';
import { nameIsDNSSubdomain } from './names';
import { FIELD_IMMUTABLE, validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import { parseQuantity } from './quantity';
import { semanticEqual } from './semantic';
import type { KindValidation } from './types';

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const RECLAIM_POLICIES = ['Delete', 'Recycle', 'Retain'];
const VOLUME_MODES = ['Block', 'Filesystem'];
/** The members of PersistentVolumeSource. */
const PV_SOURCES = [
  'gcePersistentDisk', 'awsElasticBlockStore', 'hostPath', 'glusterfs', 'nfs', 'rbd', 'iscsi', 'cinder', 'cephfs', 'fc', 'flocker',
  'flexVolume', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'portworxVolume', 'scaleIO', 'local',
  'storageos', 'csi',
];

function validateAccessModes(modes: string[] | undefined, path: string, requiredDetail: string): FieldError[] {
  if (!modes?.length) return [required(path, requiredDetail)];
  return modes.filter((m) => !ACCESS_MODES.includes(m)).map((m) => notSupported(path, m, ACCESS_MODES));
}

function validateVolumeSource(spec: PersistentVolumeSpec): FieldError[] {
  const set = PV_SOURCES.filter((s) => (spec as Record<string, unknown>)[s] !== undefined);
  if (set.length === 0) return [required('spec', 'must specify a volume type')];
  const errs = set.slice(1).map((s) => forbidden(`spec.${s}`, 'may not specify more than 1 volume type'));
  if (spec.hostPath && !spec.hostPath.path) errs.push(required('spec.hostPath.path', ''));
  if (spec.local && !spec.local.path) errs.push(required('spec.local.path', ''));
  if (spec.local && !spec.nodeAffinity) errs.push(required('spec.nodeAffinity', 'Local volume requires node affinity'));
  return errs;
}

function validatePersistentVolume(pv: PersistentVolume): FieldError[] {
  const errs = validateObjectMeta(pv.metadata, false, nameIsDNSSubdomain);
  const spec = pv.spec ?? {};
  errs.push(...validateAccessModes(spec.accessModes, 'spec.accessModes', ''));
  const capacity = spec.capacity ?? {};
  if (Object.keys(capacity).length === 0) errs.push(required('spec.capacity', ''));
  else if (!('storage' in capacity) || Object.keys(capacity).length > 1) errs.push(notSupported('spec.capacity', capacity, ['storage']));
  if (spec.persistentVolumeReclaimPolicy && !RECLAIM_POLICIES.includes(spec.persistentVolumeReclaimPolicy)) {
    errs.push(notSupported('spec.persistentVolumeReclaimPolicy', spec.persistentVolumeReclaimPolicy, RECLAIM_POLICIES));
  }
  if (spec.volumeMode && !VOLUME_MODES.includes(spec.volumeMode)) errs.push(notSupported('spec.volumeMode', spec.volumeMode, VOLUME_MODES));
  errs.push(...validateVolumeSource(spec));
  return errs;
}

function validateClaimSpec(pvc: PersistentVolumeClaim): FieldError[] {
  const spec = pvc.spec ?? {};
  const errs = validateAccessModes(spec.accessModes, 'spec.accessModes', 'at least 1 access mode is required');
  errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  const storage = spec.resources?.requests?.storage;
  if (storage === undefined) errs.push(required('spec.resources[storage]', ''));
  else if ((parseQuantity(storage) ?? 0) <= 0) errs.push(invalid('spec.resources[storage]', storage, 'must be greater than zero'));
  if (spec.volumeMode && !VOLUME_MODES.includes(spec.volumeMode)) errs.push(notSupported('spec.volumeMode', spec.volumeMode, VOLUME_MODES));
  return errs;
}

const CLAIM_SPEC_IMMUTABLE = 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims';

function claimSpecChanged(pvc: PersistentVolumeClaim, old: PersistentVolumeClaim): boolean {
  const strip = (c: PersistentVolumeClaim, volumeName: string | undefined) => ({ ...c.spec, resources: { ...c.spec?.resources, requests: undefined }, volumeName });
  // The binder fills in volumeName once; after that it is as frozen as the rest.
  const volumeName = old.spec?.volumeName ? pvc.spec?.volumeName : undefined;
  return !semanticEqual(strip(pvc, volumeName), strip(old, old.spec?.volumeName || undefined));
}

export const persistentVolumeValidation: KindValidation = {
  validateCreate: (obj: KubeObject) => validatePersistentVolume(obj as PersistentVolume),
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [pv, prev] = [obj as PersistentVolume, old as PersistentVolume];
    const errs = [...validateObjectMetaUpdate(pv.metadata, prev.metadata), ...validatePersistentVolume(pv)];
    const source = (s: PersistentVolumeSpec | undefined) => PV_SOURCES.map((k) => (s as Record<string, unknown> | undefined)?.[k]);
    if (!semanticEqual(source(pv.spec), source(prev.spec))) errs.push(forbidden('spec.persistentvolumesource', 'spec.persistentvolumesource is forbidden.'));
    if (prev.spec?.volumeMode !== pv.spec?.volumeMode) errs.push(invalid('spec.volumeMode', pv.spec?.volumeMode, FIELD_IMMUTABLE));
    return errs;
  },
};

export const persistentVolumeClaimValidation: KindValidation = {
  validateCreate: (obj: KubeObject) => [...validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain), ...validateClaimSpec(obj as PersistentVolumeClaim)],
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [pvc, prev] = [obj as PersistentVolumeClaim, old as PersistentVolumeClaim];
    const errs = [...validateObjectMetaUpdate(pvc.metadata, prev.metadata), ...validateObjectMeta(pvc.metadata, true, nameIsDNSSubdomain), ...validateClaimSpec(pvc)];
    if (claimSpecChanged(pvc, prev)) errs.push(forbidden('spec', CLAIM_SPEC_IMMUTABLE));
    return errs;
  },
};
