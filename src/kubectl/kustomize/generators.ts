/**
 * configMapGenerator and secretGenerator: ConfigMaps and Secrets made from literals, files and
 * env files, named with a content-hash suffix unless disabled. `behavior: merge|replace` folds a
 * generated object into one a base already generated.
 */
import type { KubeObject } from '../sim';
import { encodeBase64 } from '../../common/base64';
import { KustomizeError } from './errors';
import { type KustomizeFs, baseName, joinPath } from './fileSystem';
import { newResource, setName, gvkOf } from './resources';
import type { GeneratorArgs, GeneratorOptions, Kustomization, Resource, SecretArgs } from './types';

type Pairs = [key: string, value: string][];

function removeQuotes(s: string): string {
  if (s.length < 2 || s[0] !== s[s.length - 1]) return s;
  return s[0] === '"' || s[0] === "'" ? s.slice(1, -1) : s;
}

function literalPair(source: string): [string, string] {
  const eq = source.indexOf('=');
  if (eq <= 0) throw new KustomizeError(`invalid literal source ${source}, expected key=value`);
  return [source.slice(0, eq), removeQuotes(source.slice(eq + 1))];
}

function readOrFail(fs: KustomizeFs, path: string): string {
  const text = fs.readFile(path);
  if (text === undefined) {
    const abs = fs.absolute(path);
    throw new KustomizeError(`evalsymlink failure on '${abs}' : lstat ${abs}: no such file or directory`);
  }
  return text;
}

/** Env files as kustomize reads them: leading space dropped, comments and blank lines skipped. */
export function envFilePairs(text: string): Pairs {
  const out: Pairs = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = (i === 0 ? raw.replace(/^\uFEFF/, '') : raw).replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    out.push(eq < 0 ? [line, ''] : [line.slice(0, eq), line.slice(eq + 1)]);
  }
  return out;
}

function filePair(fs: KustomizeFs, dir: string, source: string): [string, string] {
  const eq = source.indexOf('=');
  const [key, path] = eq < 0 ? [baseName(source), source] : [source.slice(0, eq), source.slice(eq + 1)];
  if (eq === 0 || path === '') throw new KustomizeError(`key names or file paths cannot be empty: '${source}'`);
  return [key, readOrFail(fs, joinPath(dir, path))];
}

function collectPairs(fs: KustomizeFs, dir: string, args: GeneratorArgs, kind: string): Pairs {
  const pairs: Pairs = [];
  for (const env of [...(args.envs ?? []), ...(args.env ? [args.env] : [])]) pairs.push(...envFilePairs(readOrFail(fs, joinPath(dir, env))));
  for (const literal of args.literals ?? []) pairs.push(literalPair(literal));
  for (const file of args.files ?? []) pairs.push(filePair(fs, dir, file));
  const seen = new Set<string>();
  for (const [key] of pairs) {
    if (seen.has(key)) throw new KustomizeError(`${kind.toLowerCase()} ${args.name ?? ''} illegally repeats the key \`${key}\``);
    seen.add(key);
  }
  return pairs;
}

function mergedOptions(global: GeneratorOptions | undefined, local: GeneratorOptions | undefined): GeneratorOptions {
  return {
    labels: { ...global?.labels, ...local?.labels },
    annotations: { ...global?.annotations, ...local?.annotations },
    disableNameSuffixHash: local?.disableNameSuffixHash ?? global?.disableNameSuffixHash ?? false,
    immutable: local?.immutable ?? global?.immutable ?? false,
  };
}

function generate(fs: KustomizeFs, dir: string, kind: 'ConfigMap' | 'Secret', args: SecretArgs, global: GeneratorOptions | undefined): Resource {
  const options = mergedOptions(global, args.options);
  const pairs = collectPairs(fs, dir, args, kind);
  const metadata: KubeObject['metadata'] = { name: args.name ?? '' };
  if (args.namespace) metadata.namespace = args.namespace;
  if (Object.keys(options.labels ?? {}).length) metadata.labels = options.labels;
  if (Object.keys(options.annotations ?? {}).length) metadata.annotations = options.annotations;
  const object: KubeObject = { apiVersion: 'v1', kind, metadata };
  if (pairs.length) object.data = Object.fromEntries(kind === 'Secret' ? pairs.map(([k, v]) => [k, encodeBase64(v)]) : pairs);
  if (kind === 'Secret') object.type = args.type ?? 'Opaque';
  if (options.immutable) object.immutable = true;
  return newResource(object, !options.disableNameSuffixHash);
}

const sameId = (a: Resource, b: Resource) =>
  gvkOf(a.object).kind === gvkOf(b.object).kind &&
  (a.object.metadata?.namespace ?? '') === b.originalNamespace &&
  b.previousNames.includes(a.object.metadata?.name ?? '');

/** resWrangler.appendReplaceOrMerge: the generated object joins, replaces or merges into `existing`. */
function appendReplaceOrMerge(existing: Resource[], generated: Resource, behavior: string): void {
  const index = existing.findIndex((r) => sameId(generated, r));
  const id = `${generated.object.kind}/${generated.object.metadata?.name ?? ''}`;
  if (index < 0) {
    if (behavior === 'merge' || behavior === 'replace') throw new KustomizeError(`id ${id} does not exist; cannot merge or replace`);
    existing.push(generated);
    return;
  }
  if (behavior !== 'merge' && behavior !== 'replace') throw new KustomizeError(`id ${id} exists; behavior must be merge or replace`);
  const old = existing[index];
  const obj = generated.object;
  obj.metadata = {
    ...obj.metadata,
    labels: { ...old.object.metadata?.labels, ...obj.metadata?.labels },
    annotations: { ...old.object.metadata?.annotations, ...obj.metadata?.annotations },
    namespace: old.object.metadata?.namespace,
  };
  for (const field of ['labels', 'annotations', 'namespace'] as const) {
    const v = obj.metadata[field];
    if (v === undefined || (typeof v === 'object' && Object.keys(v).length === 0)) delete obj.metadata[field];
  }
  if (behavior === 'merge') {
    const data = { ...(old.object.data as object | undefined), ...(obj.data as object | undefined) };
    if (Object.keys(data).length) obj.data = data;
  }
  const merged: Resource = { ...old, object: obj };
  setName(merged, old.object.metadata?.name ?? '');
  existing[index] = merged;
}

export function runGenerators(fs: KustomizeFs, dir: string, k: Kustomization, existing: Resource[]): void {
  for (const args of k.configMapGenerator ?? []) appendReplaceOrMerge(existing, generate(fs, dir, 'ConfigMap', args, k.generatorOptions), args.behavior ?? 'create');
  for (const args of k.secretGenerator ?? []) appendReplaceOrMerge(existing, generate(fs, dir, 'Secret', args, k.generatorOptions), args.behavior ?? 'create');
}
