/**
 * The kustomization file's fields (sigs.k8s.io/kustomize/api/types), as far as the playground
 * builds them, and the resources a build carries along.
 */
import type { KubeObject } from '../sim';

export interface GeneratorOptions {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  disableNameSuffixHash?: boolean;
  immutable?: boolean;
}

export interface GeneratorArgs {
  name?: string;
  namespace?: string;
  behavior?: 'create' | 'replace' | 'merge';
  literals?: string[];
  files?: string[];
  envs?: string[];
  /** Deprecated single env file, still read. */
  env?: string;
  options?: GeneratorOptions;
}

export interface SecretArgs extends GeneratorArgs {
  type?: string;
}

export interface Selector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

export interface Patch {
  path?: string;
  patch?: string;
  target?: Selector;
  options?: { allowNameChange?: boolean; allowKindChange?: boolean };
}

export interface Image {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
  tagSuffix?: string;
}

export interface Label {
  pairs?: Record<string, string>;
  includeSelectors?: boolean;
  includeTemplates?: boolean;
  fields?: FieldSpec[];
}

export interface FieldSpec {
  group?: string;
  version?: string;
  kind?: string;
  path: string;
  create?: boolean;
}

export interface Kustomization {
  apiVersion?: string;
  kind?: string;
  namePrefix?: string;
  nameSuffix?: string;
  namespace?: string;
  commonLabels?: Record<string, string>;
  labels?: Label[];
  commonAnnotations?: Record<string, string>;
  resources?: string[];
  bases?: string[];
  configMapGenerator?: GeneratorArgs[];
  secretGenerator?: SecretArgs[];
  generatorOptions?: GeneratorOptions;
  patches?: Patch[];
  patchesStrategicMerge?: string[];
  patchesJson6902?: Patch[];
  images?: Image[];
  replicas?: { name: string; count: number }[];
  sortOptions?: { order?: 'legacy' | 'fifo' };
}

/** One object in a build, with what kustomize remembers about its identity. */
export interface Resource {
  object: KubeObject;
  /** Name and namespace when first loaded or generated: what other objects refer to. */
  originalName: string;
  originalNamespace: string;
  /** Every name it has had, oldest first: references to any of them follow it. */
  previousNames: string[];
  /** Generated with the content-hash suffix still to be appended at the top of the build. */
  needsHashSuffix: boolean;
}
