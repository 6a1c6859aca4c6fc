/** StorageClass rows (printStorageClass): the default class is named `<name> (default)`. */
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { translateTimestampSince } from '../age';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

const DEFAULT_ANNOTATIONS = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];

export function isDefaultStorageClass(sc: StorageClass): boolean {
  return DEFAULT_ANNOTATIONS.some((k) => sc.metadata?.annotations?.[k] === 'true');
}

export const storageClassTable: TableConvertor<StorageClass> = {
  columns: [nameColumn, col('Provisioner'), col('ReclaimPolicy'), col('VolumeBindingMode'), col('AllowVolumeExpansion'), ageColumn],
  cells(sc, now) {
    return [
      `${sc.metadata?.name ?? ''}${isDefaultStorageClass(sc) ? ' (default)' : ''}`,
      sc.provisioner,
      sc.reclaimPolicy ?? 'Delete',
      sc.volumeBindingMode ?? 'Immediate',
      sc.allowVolumeExpansion ?? false,
      translateTimestampSince(sc.metadata?.creationTimestamp, now),
    ];
  },
};
