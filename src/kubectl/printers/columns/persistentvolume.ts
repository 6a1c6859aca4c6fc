/** PersistentVolume rows (printPersistentVolume): CLAIM is namespace/name; Terminating overrides STATUS. */
import type { PersistentVolume } from 'kubernetes-types/core/v1';
import { canonicalQuantity } from '../../describe/quantity';
import { translateTimestampSince } from '../age';
import { accessModesAsString } from './accessModes';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

export const persistentVolumeTable: TableConvertor<PersistentVolume> = {
  columns: [nameColumn, col('Capacity'), col('Access Modes'), col('Reclaim Policy'), col('Status'), col('Claim'), col('StorageClass'), col('VolumeAttributesClass'), col('Reason'), ageColumn, col('VolumeMode', 1)],
  cells(pv, now) {
    const ref = pv.spec?.claimRef;
    const storage = pv.spec?.capacity?.storage;
    return [
      pv.metadata?.name ?? '',
      storage === undefined ? '0' : canonicalQuantity(storage),
      accessModesAsString(pv.spec?.accessModes),
      pv.spec?.persistentVolumeReclaimPolicy ?? '',
      pv.metadata?.deletionTimestamp ? 'Terminating' : (pv.status?.phase ?? ''),
      ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : '',
      pv.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? pv.spec?.storageClassName ?? '',
      pv.spec?.volumeAttributesClassName ?? '<unset>',
      pv.status?.reason ?? '',
      translateTimestampSince(pv.metadata?.creationTimestamp, now),
      pv.spec?.volumeMode ?? '<unset>',
    ];
  },
};
