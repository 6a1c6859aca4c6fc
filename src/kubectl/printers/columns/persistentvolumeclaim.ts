/**
 * PersistentVolumeClaim rows (printPersistentVolumeClaim): capacity and access modes come from
 * the bound volume (the claim's status), so an unbound claim shows them empty.
 */
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import { canonicalQuantity } from '../../describe/quantity';
import { translateTimestampSince } from '../age';
import { accessModesAsString } from './accessModes';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

export const persistentVolumeClaimTable: TableConvertor<PersistentVolumeClaim> = {
  columns: [nameColumn, col('Status'), col('Volume'), col('Capacity'), col('Access Modes'), col('StorageClass'), col('VolumeAttributesClass'), ageColumn, col('VolumeMode', 1)],
  cells(pvc, now) {
    const bound = !!pvc.spec?.volumeName;
    const storage = pvc.status?.capacity?.storage;
    return [
      pvc.metadata?.name ?? '',
      pvc.metadata?.deletionTimestamp ? 'Terminating' : (pvc.status?.phase ?? ''),
      pvc.spec?.volumeName ?? '',
      bound ? (storage === undefined ? '0' : canonicalQuantity(storage)) : '',
      bound ? accessModesAsString(pvc.status?.accessModes) : '',
      pvc.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? pvc.spec?.storageClassName ?? '',
      pvc.status?.currentVolumeAttributesClassName ?? pvc.spec?.volumeAttributesClassName ?? '<unset>',
      translateTimestampSince(pvc.metadata?.creationTimestamp, now),
      pvc.spec?.volumeMode ?? '<unset>',
    ];
  },
};
