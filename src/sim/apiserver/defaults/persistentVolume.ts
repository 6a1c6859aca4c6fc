/** SetDefaults_PersistentVolume / _PersistentVolumeClaim: Retain, Filesystem, phase Pending. */
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types';

export function setDefaultsPersistentVolume(obj: KubeObject): void {
  const pv = obj as PersistentVolume;
  pv.spec ??= {};
  pv.spec.persistentVolumeReclaimPolicy ||= 'Retain';
  pv.spec.volumeMode ??= 'Filesystem';
  if (pv.spec.hostPath) pv.spec.hostPath.type ??= '';
  const status = ((pv as { status?: { phase?: string } }).status ??= {});
  status.phase ||= 'Pending';
}

export function setDefaultsPersistentVolumeClaim(obj: KubeObject): void {
  const pvc = obj as PersistentVolumeClaim;
  pvc.spec ??= {};
  pvc.spec.volumeMode ??= 'Filesystem';
  const status = ((pvc as { status?: { phase?: string } }).status ??= {});
  status.phase ||= 'Pending';
}
