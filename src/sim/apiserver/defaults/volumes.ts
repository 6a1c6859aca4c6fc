/**
 * SetDefaults_Volume and the per-source defaults: a volume without a source is an emptyDir,
 * projected files get mode 0644 (420), service account tokens last an hour.
 */
import type { DownwardAPIVolumeFile, Volume } from 'kubernetes-types/core/v1';

export const DEFAULT_FILE_MODE = 420;
const TOKEN_EXPIRATION_SECONDS = 3600;

/** The members of VolumeSource, in the order Go declares them. */
export const VOLUME_SOURCES: readonly string[] = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap',
  'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos', 'csi',
  'ephemeral', 'image',
];

function setDefaultsDownwardAPIItems(items: DownwardAPIVolumeFile[] | undefined): void {
  for (const item of items ?? []) {
    if (item.fieldRef) item.fieldRef.apiVersion ||= 'v1';
    if (item.resourceFieldRef) item.resourceFieldRef.divisor ??= '0';
  }
}

export function setDefaultsVolume(v: Volume): void {
  if (!VOLUME_SOURCES.some((s) => (v as unknown as Record<string, unknown>)[s] !== undefined)) v.emptyDir = {};
  if (v.secret) v.secret.defaultMode ??= DEFAULT_FILE_MODE;
  if (v.configMap) v.configMap.defaultMode ??= DEFAULT_FILE_MODE;
  if (v.downwardAPI) {
    v.downwardAPI.defaultMode ??= DEFAULT_FILE_MODE;
    setDefaultsDownwardAPIItems(v.downwardAPI.items);
  }
  if (v.projected) {
    v.projected.defaultMode ??= DEFAULT_FILE_MODE;
    for (const source of v.projected.sources ?? []) {
      if (source.serviceAccountToken) source.serviceAccountToken.expirationSeconds ??= TOKEN_EXPIRATION_SECONDS;
      setDefaultsDownwardAPIItems(source.downwardAPI?.items);
    }
  }
  if (v.hostPath) v.hostPath.type ??= '';
  const claimSpec = v.ephemeral?.volumeClaimTemplate?.spec;
  if (claimSpec) claimSpec.volumeMode ??= 'Filesystem';
}
