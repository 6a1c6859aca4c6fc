/**
 * Pod volumes and container volume mounts: unique DNS-1123 names, exactly one source, and mounts
 * that refer to a declared volume (`spec.containers[0].volumeMounts[0].name: Not found: "x"`).
 */
import type { Volume, VolumeMount } from 'kubernetes-types/core/v1';
import { duplicate, forbidden, invalid, notFound, required, type FieldError } from '../../api/fieldErrors';
import { VOLUME_SOURCES } from '../defaults/volumes';
import { isDNS1123Label } from './names';

const MAX_MODE = 0o777;
const MODE_RANGE = 'must be a number between 0 and 0777 (octal), both inclusive';


function validateMode(mode: number | undefined, path: string): FieldError[] {
  return mode !== undefined && (mode < 0 || mode > MAX_MODE) ? [invalid(path, mode, MODE_RANGE)] : [];
}

/** The checks of the sources learners use; others are accepted as they are. */
function validateSourceFields(vol: Volume, source: string, path: string): FieldError[] {
  const p = `${path}.${source}`;
  switch (source) {
    case 'configMap':
      return [...(vol.configMap?.name ? [] : [required(`${p}.name`)]), ...validateMode(vol.configMap?.defaultMode, `${p}.defaultMode`)];
    case 'secret':
      return [...(vol.secret?.secretName ? [] : [required(`${p}.secretName`)]), ...validateMode(vol.secret?.defaultMode, `${p}.defaultMode`)];
    case 'persistentVolumeClaim':
      return vol.persistentVolumeClaim?.claimName ? [] : [required(`${p}.claimName`)];
    case 'hostPath':
      return vol.hostPath?.path ? [] : [required(`${p}.path`)];
    case 'projected':
      return validateMode(vol.projected?.defaultMode, `${p}.defaultMode`);
    case 'downwardAPI':
      return validateMode(vol.downwardAPI?.defaultMode, `${p}.defaultMode`);
    default:
      return [];
  }
}

function validateVolumeSource(vol: Volume, path: string): FieldError[] {
  const present = VOLUME_SOURCES.filter((s) => (vol as unknown as Record<string, unknown>)[s] !== undefined);
  if (present.length === 0) return [required(path, 'must specify a volume type')];
  const errs = validateSourceFields(vol, present[0], path);
  for (const extra of present.slice(1)) errs.push(forbidden(`${path}.${extra}`, 'may not specify more than 1 volume type'));
  return errs;
}

/** Returns the names that mounts may refer to, with the errors of the list. */
export function validateVolumes(volumes: Volume[] | undefined, path: string): { names: Set<string>; errs: FieldError[] } {
  const names = new Set<string>();
  const errs: FieldError[] = [];
  (volumes ?? []).forEach((vol, i) => {
    const p = `${path}[${i}]`;
    const el = validateVolumeSource(vol, p);
    if (!vol.name) el.push(required(`${p}.name`));
    else el.push(...isDNS1123Label(vol.name).map((msg) => invalid(`${p}.name`, vol.name, msg)));
    if (names.has(vol.name)) el.push(duplicate(`${p}.name`, vol.name));
    if (el.length === 0) names.add(vol.name);
    else errs.push(...el);
  });
  return { names, errs };
}

export function validateVolumeMounts(mounts: VolumeMount[] | undefined, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const mountPoints = new Set<string>();
  (mounts ?? []).forEach((m, i) => {
    const p = `${path}[${i}]`;
    if (!m.name) errs.push(required(`${p}.name`));
    if (!volumes.has(m.name)) errs.push(notFound(`${p}.name`, m.name ?? ''));
    if (!m.mountPath) errs.push(required(`${p}.mountPath`));
    if (mountPoints.has(m.mountPath)) errs.push(invalid(`${p}.mountPath`, m.mountPath, 'must be unique'));
    mountPoints.add(m.mountPath);
    if (m.subPath && (m.subPath.startsWith('/') || m.subPath.split('/').includes('..'))) {
      errs.push(invalid(`${path}.subPath`, m.subPath, m.subPath.startsWith('/') ? 'must be a relative path' : "must not contain '..'"));
    }
  });
  return errs;
}
