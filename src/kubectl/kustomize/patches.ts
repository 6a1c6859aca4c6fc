/**
 * `patches`, `patchesStrategicMerge` and `patchesJson6902`: strategic merge patches and RFC 6902
 * operations, from a file or inline, aimed by the patch's own identity or by a `target`
 * selector. The merging itself is the API server's patch code, as kustomize reuses apimachinery's.
 */
import { applyPatch, labelsMatch, parseSelector, type KubeObject } from '../sim';
import { KustomizeError } from './errors';
import { type KustomizeFs, joinPath } from './fileSystem';
import { decodeObjects, gvkOf, namespaceOf, resIdString } from './resources';
import type { Patch, Resource, Selector } from './types';
import { parse } from 'yaml';

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const fullMatch = (pattern: string, value: string): boolean => {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
};

/** resmap.Select: every given field must match; names and namespaces are anchored regexps. */
export function selects(s: Selector, r: Resource): boolean {
  const gvk = gvkOf(r.object);
  if (s.group !== undefined && s.group !== '' && s.group !== gvk.group) return false;
  if (s.version && s.version !== gvk.version) return false;
  if (s.kind && s.kind !== gvk.kind) return false;
  if (s.name && !r.previousNames.some((n) => fullMatch(s.name!, n))) return false;
  if (s.namespace && !fullMatch(s.namespace, namespaceOf(r)) && !fullMatch(s.namespace, r.originalNamespace)) return false;
  if (s.labelSelector && !labelsMatch(parseSelector(s.labelSelector), r.object.metadata?.labels)) return false;
  if (s.annotationSelector && !labelsMatch(parseSelector(s.annotationSelector), r.object.metadata?.annotations)) return false;
  return true;
}

function readPatchFile(fs: KustomizeFs, dir: string, path: string, field: string, config: string): string {
  const text = fs.readFile(joinPath(dir, path));
  if (text === undefined) {
    const abs = fs.absolute(joinPath(dir, path));
    throw new KustomizeError(
      `trouble configuring builtin ${field} with config: \`\n${config}\`: failed to get the patch file from path(${path}): evalsymlink failure on '${abs}' : lstat ${abs}: no such file or directory`,
    );
  }
  return text;
}

/** Merges `patch` into `r`; a top-level `$patch: delete` removes the object instead. */
function strategicMerge(resources: Resource[], r: Resource, patch: KubeObject): void {
  if ((patch as Record<string, unknown>).$patch === 'delete') {
    resources.splice(resources.indexOf(r), 1);
    return;
  }
  const aimed = { ...patch, apiVersion: r.object.apiVersion, kind: r.object.kind, metadata: { ...patch.metadata, name: r.object.metadata?.name } };
  if (r.object.metadata?.namespace !== undefined) aimed.metadata.namespace = r.object.metadata.namespace;
  else delete aimed.metadata.namespace;
  r.object = applyPatch('strategic', r.object, aimed, gvkOf(r.object).kind) as KubeObject;
}

/** Without a target, a strategic merge patch finds its object by kind, name and namespace. */
function patchById(resources: Resource[], patch: KubeObject): void {
  const gvk = gvkOf(patch);
  const name = patch.metadata?.name ?? '';
  const namespace = patch.metadata?.namespace;
  const matches = resources.filter((r) => {
    const own = gvkOf(r.object);
    if (own.kind !== gvk.kind || (gvk.group && own.group !== gvk.group)) return false;
    if (!r.previousNames.includes(name)) return false;
    return namespace === undefined || namespace === namespaceOf(r) || namespace === r.originalNamespace;
  });
  if (matches.length !== 1) {
    const id = resIdString(patch);
    const why = matches.length === 0 ? `no matches for Id ${id}` : `multiple matches for Id ${id}`;
    throw new KustomizeError(`no resource matches strategic merge patch "${id}": ${why}; failed to find unique target for patch ${id}`);
  }
  strategicMerge(resources, matches[0], patch);
}

function applyJson6902(r: Resource, ops: unknown): void {
  r.object = applyPatch('json', r.object, ops, gvkOf(r.object).kind) as KubeObject;
}

/** One `patches` entry: JSON 6902 when the text is a list, otherwise strategic merge. */
export function applyPatchEntry(fs: KustomizeFs, dir: string, resources: Resource[], p: Patch): void {
  if ((p.path === undefined) === (p.patch === undefined)) throw new KustomizeError('must specify one and only one of patch and path in PatchTransformer');
  const text = p.patch ?? readPatchFile(fs, dir, p.path!, 'PatchTransformer', `path: ${p.path}\n`);
  const parsed: unknown = parse(text);
  if (Array.isArray(parsed)) {
    if (!p.target) throw new KustomizeError('must specify a target for patch ' + text);
    for (const r of resources.filter((x) => selects(p.target!, x))) applyJson6902(r, parsed);
    return;
  }
  for (const patch of decodeObjects(text, p.path ?? 'patch')) {
    if (!p.target) patchById(resources, patch);
    else for (const r of resources.filter((x) => selects(p.target!, x))) strategicMerge(resources, r, patch);
  }
}

/** `patchesStrategicMerge`: each entry a file or the patch itself (kustomize tries the file first). */
export function applyStrategicMergeEntries(fs: KustomizeFs, dir: string, resources: Resource[], entries: readonly string[]): void {
  for (const entry of entries) {
    const fromFile = entry.includes('\n') ? undefined : fs.readFile(joinPath(dir, entry));
    if (fromFile === undefined && !entry.includes('\n') && !entry.includes(':')) {
      const abs = fs.absolute(joinPath(dir, entry));
      throw new KustomizeError(`evalsymlink failure on '${abs}' : lstat ${abs}: no such file or directory`);
    }
    for (const patch of decodeObjects(fromFile ?? entry, entry)) patchById(resources, patch);
  }
}

/** `patchesJson6902`: operations (YAML or JSON) for the objects the target names. */
export function applyJson6902Entries(fs: KustomizeFs, dir: string, resources: Resource[], entries: readonly Patch[]): void {
  for (const p of entries) {
    const text = p.patch ?? (p.path !== undefined ? readPatchFile(fs, dir, p.path, 'PatchJson6902Transformer', `path: ${p.path}\n`) : '');
    const ops: unknown = parse(text);
    if (!Array.isArray(ops) || !isMap(p.target)) throw new KustomizeError('unable to parse SM or JSON patch from ' + text);
    for (const r of resources.filter((x) => selects(p.target!, x))) applyJson6902(r, ops);
  }
}
