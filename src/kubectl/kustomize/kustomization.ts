/**
 * The kustomization file: found under one of its three names, decoded strictly (an unknown
 * field is an error, as Go's json decoder with DisallowUnknownFields reports it), with
 * kustomize's deprecation warnings for fields that `kustomize edit fix` rewrites.
 */
import { parse } from 'yaml';
import { KustomizeError } from './errors';
import { type KustomizeFs, joinPath } from './fileSystem';
import type { Kustomization } from './types';

export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

const KNOWN_FIELDS = new Set([
  'apiVersion', 'kind', 'metadata', 'openapi', 'namePrefix', 'nameSuffix', 'namespace', 'commonLabels', 'labels',
  'commonAnnotations', 'patchesStrategicMerge', 'patchesJson6902', 'patches', 'images', 'imageTags', 'replacements',
  'replicas', 'vars', 'sortOptions', 'resources', 'components', 'crds', 'bases', 'configMapGenerator', 'secretGenerator',
  'helmGlobals', 'helmCharts', 'helmChartInflationGenerator', 'generatorOptions', 'configurations', 'generators',
  'transformers', 'validators', 'buildMetadata',
]);

/** Fields kustomize accepts that this playground does not implement: refused by name, never ignored. */
const UNAVAILABLE_FIELDS = [
  'openapi', 'imageTags', 'replacements', 'vars', 'components', 'crds', 'helmGlobals', 'helmCharts',
  'helmChartInflationGenerator', 'configurations', 'generators', 'transformers', 'validators', 'buildMetadata',
];

const DEPRECATED: [field: string, replacement: string][] = [
  ['bases', 'resources'],
  ['commonLabels', 'labels'],
  ['patchesJson6902', 'patches'],
  ['patchesStrategicMerge', 'patches'],
];

export function deprecationWarnings(k: Kustomization): string[] {
  return DEPRECATED.filter(([field]) => field in k).map(
    ([field, replacement]) => `# Warning: '${field}' is deprecated. Please use '${replacement}' instead. Run 'kustomize edit fix' to update your Kustomization automatically.`,
  );
}

/** The kustomization file's path in `dir`, or kustomize's error naming the three candidates. */
export function findKustomizationFile(fs: KustomizeFs, dir: string): string {
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    const path = joinPath(dir, name);
    if (fs.readFile(path) !== undefined) return path;
  }
  throw new KustomizeError(`unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${fs.absolute(dir)}'`);
}

export function parseKustomization(text: string): Kustomization {
  let value: unknown;
  try {
    value = parse(text) ?? {};
  } catch (e) {
    throw new KustomizeError(`invalid Kustomization: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new KustomizeError('invalid Kustomization: json: cannot unmarshal string into Go value of type types.Kustomization');
  }
  for (const field of Object.keys(value)) {
    if (!KNOWN_FIELDS.has(field)) throw new KustomizeError(`invalid Kustomization: json: unknown field "${field}"`);
  }
  const k = value as Kustomization;
  const kind = k.kind ?? 'Kustomization';
  if (kind !== 'Kustomization') throw new KustomizeError(`kind should be Kustomization or Component`);
  const unavailable = UNAVAILABLE_FIELDS.find((f) => f in k);
  if (unavailable) throw new KustomizeError(`the kustomization field '${unavailable}' is not available in this playground`);
  return k;
}
