/**
 * `kustomize build` (krusty's KustTarget): accumulate a kustomization's resources — files, and
 * directories built recursively as bases — run its generators and transformers, then, at the
 * top only, append content hashes to generated names, let references follow renamed objects and
 * sort the result.
 */
import { BUILTIN_RESOURCES, findByKind, type KubeObject, type ResourceInfo } from '../sim';
import { contentHash } from './contentHash';
import { KustomizeError } from './errors';
import { type KustomizeFs, joinPath } from './fileSystem';
import { runGenerators } from './generators';
import { deprecationWarnings, findKustomizationFile, parseKustomization } from './kustomization';
import { legacyOrder } from './legacyOrder';
import { fixNameReferences } from './nameReference';
import { applyJson6902Entries, applyPatchEntry, applyStrategicMergeEntries } from './patches';
import { decodeObjects, gvkOf, nameOf, namespaceOf, newResource, resIdString, setName, type Gvk } from './resources';
import { addAnnotations, addLabels, addNameAffixes, setImages, setNamespace, setReplicas, type IsNamespaced } from './transformers';
import type { Kustomization, Resource } from './types';

export interface BuildResult {
  objects: KubeObject[];
  /** kustomize's deprecation notices (`# Warning: 'commonLabels' is deprecated…`), for stderr. */
  warnings: string[];
}

interface Target {
  fs: KustomizeFs;
  isNamespaced: IsNamespaced;
  warnings: string[];
}

/** Cluster-scoped kinds kustomize knows from its OpenAPI data; anything unknown counts as namespaced. */
function namespacedBy(resources: readonly ResourceInfo[]): IsNamespaced {
  return (gvk: Gvk) => findByKind(resources, gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version, gvk.kind)?.namespaced ?? true;
}

function load(t: Target, dir: string): Kustomization {
  if (!t.fs.isDir(dir)) {
    const abs = t.fs.absolute(dir);
    throw new KustomizeError(`must build at directory: not a valid directory: evalsymlink failure on '${dir}' : lstat ${abs}: no such file or directory`);
  }
  const k = parseKustomization(t.fs.readFile(findKustomizationFile(t.fs, dir)) ?? '');
  t.warnings.push(...deprecationWarnings(k));
  return k;
}

const sameId = (a: Resource, b: Resource) =>
  gvkOf(a.object).kind === gvkOf(b.object).kind && gvkOf(a.object).group === gvkOf(b.object).group && nameOf(a) === nameOf(b) && namespaceOf(a) === namespaceOf(b);

function append(into: Resource[], r: Resource): void {
  if (into.some((x) => sameId(x, r))) throw new KustomizeError(`may not add resource with an already registered id: ${resIdString(r.object)}`);
  into.push(r);
}

/** A base: its own full build, errors worded as kustomize's loader wraps them. */
function accumulateDirectory(t: Target, dir: string): Resource[] {
  const abs = t.fs.absolute(dir);
  const k = wrapped(`couldn't make target for path '${abs}': `, () => load(t, dir));
  return wrapped(`recursed accumulation of path '${abs}': `, () => accumulateTarget(t, dir, k));
}

/** Each path is tried as a file first, then as a directory; failing both reports both. */
function accumulatePath(t: Target, path: string, full: string, out: Resource[]): void {
  const abs = t.fs.absolute(full);
  const isDir = t.fs.isDir(full);
  const text = isDir ? undefined : t.fs.readFile(full);
  let fileError: string;
  if (text !== undefined) {
    const loaded = wrapped(`accumulating resources from '${path}': `, () => decodeObjects(text, path).map((o) => newResource(o)));
    try {
      for (const r of loaded) append(out, r);
      return;
    } catch (e) {
      if (!(e instanceof KustomizeError)) throw e;
      fileError = `merging resources from '${path}': ${e.message}`;
    }
  } else {
    fileError = isDir
      ? `accumulating resources from '${path}': '${abs}' must resolve to a file`
      : `accumulating resources from '${path}': evalsymlink failure on '${abs}' : lstat ${abs}: no such file or directory`;
  }
  wrapped(`accumulation err='${fileError}': `, () => {
    if (text !== undefined) throw new KustomizeError(`must build at directory: '${abs}': file is not directory`);
    if (!isDir) throw new KustomizeError(`must build at directory: not a valid directory: evalsymlink failure on '${abs}' : lstat ${abs}: no such file or directory`);
    for (const r of accumulateDirectory(t, full)) append(out, r);
  });
}

/** Runs `fn`, prefixing the message of a KustomizeError it throws, as kustomize wraps errors. */
function wrapped<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw e instanceof KustomizeError ? new KustomizeError(`${prefix}${e.message}`) : e;
  }
}

function accumulateResources(t: Target, dir: string, paths: readonly string[]): Resource[] {
  const out: Resource[] = [];
  for (const path of paths) wrapped('accumulating resources: ', () => accumulatePath(t, path, joinPath(dir, path), out));
  return out;
}

/** Transformers in kustomize's fixed order, whatever order the file lists the fields in. */
function runTransformers(t: Target, dir: string, k: Kustomization, resources: Resource[]): void {
  if (k.patchesStrategicMerge) applyStrategicMergeEntries(t.fs, dir, resources, k.patchesStrategicMerge);
  for (const p of k.patches ?? []) applyPatchEntry(t.fs, dir, resources, p);
  if (k.namespace) setNamespace(resources, k.namespace, t.isNamespaced);
  if (k.namePrefix || k.nameSuffix) addNameAffixes(resources, k.namePrefix ?? '', k.nameSuffix ?? '');
  addLabels(resources, k);
  if (k.commonAnnotations) addAnnotations(resources, k.commonAnnotations);
  if (k.patchesJson6902) applyJson6902Entries(t.fs, dir, resources, k.patchesJson6902);
  if (k.replicas) setReplicas(resources, k.replicas);
  if (k.images) setImages(resources, k.images);
}

function accumulateTarget(t: Target, dir: string, k: Kustomization): Resource[] {
  const resources = accumulateResources(t, dir, [...(k.resources ?? []), ...(k.bases ?? [])]);
  runGenerators(t.fs, dir, k, resources);
  runTransformers(t, dir, k, resources);
  return resources;
}

/** Builds the kustomization in `dir`; throws KustomizeError with kustomize's wording. */
export function kustomizeBuild(fs: KustomizeFs, dir: string, discovery: readonly ResourceInfo[] = BUILTIN_RESOURCES): BuildResult {
  const t: Target = { fs, isNamespaced: namespacedBy(discovery), warnings: [] };
  const k = load(t, dir);
  const resources = accumulateTarget(t, dir, k);
  for (const r of resources) if (r.needsHashSuffix) setName(r, `${nameOf(r)}-${contentHash(r.object)}`);
  fixNameReferences(resources, t.isNamespaced);
  const ordered = k.sortOptions?.order === 'fifo' ? resources : legacyOrder(resources);
  return { objects: ordered.map((r) => r.object), warnings: t.warnings };
}
