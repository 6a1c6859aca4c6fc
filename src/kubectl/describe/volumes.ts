/** The Volumes section: one block per volume, by source type (describeVolumes). */
import type { Volume, VolumeProjection } from 'kubernetes-types/core/v1';
import { canonicalQuantity } from './quantity';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefixWriter';

export function describeVolumes(volumes: Volume[] | undefined, w: PrefixWriter, space: string): void {
  if (!volumes || volumes.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const volume of volumes) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${volume.name}:\n`);
    const text = volumeSourceText(volume);
    if (text === undefined) w.write(LEVEL_1, '<unknown>\n');
    else w.write(LEVEL_2, text);
  }
}

/** The lines after the volume's name; continuation lines carry their own 4-space indent. */
function volumeSourceText(v: Volume): string | undefined {
  if (v.hostPath) {
    return `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type || '<none>'}\n`;
  }
  if (v.emptyDir) {
    const limit = v.emptyDir.sizeLimit && canonicalQuantity(v.emptyDir.sizeLimit) !== '0' ? canonicalQuantity(v.emptyDir.sizeLimit) : '<unset>';
    return `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${limit}\n`;
  }
  if (v.secret) {
    return `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${v.secret.optional === true}\n`;
  }
  if (v.configMap) {
    return `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${v.configMap.optional === true}\n`;
  }
  if (v.persistentVolumeClaim) {
    return (
      'Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n' +
      `    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`
    );
  }
  if (v.downwardAPI) {
    const items = (v.downwardAPI.items ?? []).map((i) => {
      const source = i.fieldRef?.fieldPath ?? i.resourceFieldRef?.resource ?? '';
      return `${'  '.repeat(LEVEL_3)}${source} -> ${i.path}\n`;
    });
    return `Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n${items.join('')}`;
  }
  if (v.projected) {
    const lines = (v.projected.sources ?? []).map(projectionText).join('');
    return `Type:\tProjected (a volume that contains injected data from multiple sources)\n${lines}`;
  }
  if (v.nfs) {
    return `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${v.nfs.server}\n    Path:\t${v.nfs.path}\n    ReadOnly:\t${v.nfs.readOnly === true}\n`;
  }
  return undefined;
}

/** Projected sources print at LEVEL_2 like their parent's first line. */
function projectionText(source: VolumeProjection): string {
  const indent = '  '.repeat(LEVEL_2);
  if (source.secret) {
    return `${indent}SecretName:\t${source.secret.name ?? ''}\n    SecretOptionalName:\t${optionalPointer(source.secret.optional)}\n`;
  }
  if (source.downwardAPI) return `${indent}DownwardAPI:\ttrue\n`;
  if (source.configMap) {
    return `${indent}ConfigMapName:\t${source.configMap.name ?? ''}\n    ConfigMapOptional:\t${optionalPointer(source.configMap.optional)}\n`;
  }
  if (source.serviceAccountToken) return `${indent}TokenExpirationSeconds:\t${source.serviceAccountToken.expirationSeconds ?? 0}\n`;
  return '';
}

/** Go prints a nil *bool with %v as `<nil>`. */
function optionalPointer(value: boolean | undefined): string {
  return value === undefined ? '<nil>' : String(value);
}
