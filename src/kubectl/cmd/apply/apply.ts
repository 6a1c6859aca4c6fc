/**
 * `kubectl apply -f FILENAME` (client-side apply): create what does not exist, otherwise send
 * the three-way strategic merge patch between the last applied configuration, the manifest and
 * the live object. Prints `created`, `configured` or `unchanged` per object.
 */
import { createThreeWayMergePatch, isApiError, isEmptyPatch, labelsMatch, parseSelector, patchTypeForKind, type KubeObject, type Stored } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, addSourceToErr, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { KUSTOMIZE_FLAG, filenameOptions, hasFilenames, readFilenameOptions } from '../../resource/filenameOptions';
import type { ManifestObject } from '../../resource/manifest';
import { DRY_RUN, FIELD_MANAGER, FILENAME, PRINT_FLAGS, RECURSIVE, SELECTOR, VALIDATE } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { manifestNamespace } from '../shared/manifestNamespace';
import { checkOutputFormat, printResult } from '../shared/output';
import { qualifiedResource, refOf } from '../shared/refs';
import { LAST_APPLIED_ANNOTATION, withLastApplied } from './lastApplied';
import { prune, pruneOptions, type Visited } from './prune';

function withSource<T>(verb: string, source: string, call: () => T): T {
  try {
    return call();
  } catch (e) {
    throw addSourceToErr(verb, source, e);
  }
}

/** Applies one object; returns what the server now holds (or would, on a client dry run). */
function applyOne(inv: Invocation, m: ManifestObject): KubeObject {
  const dryRun = dryRunStrategy(inv);
  const namespace = manifestNamespace(inv, m.info, m.object);
  const obj: KubeObject = namespace ? { ...m.object, metadata: { ...m.object.metadata, namespace } } : m.object;
  const name = obj.metadata?.name ?? '';
  const ref = refOf(m.info);
  const write = { namespace, dryRun: dryRun === 'server', fieldManager: inv.flags.string('field-manager') };
  const { modified } = withLastApplied(obj);
  let live: Stored | undefined;
  try {
    live = inv.ctx.client.get(ref, name, { namespace });
  } catch (e) {
    if (!isApiError(e, 'NotFound')) throw e;
  }
  if (!live) {
    const created = dryRun === 'client' ? modified : withSource('creating', m.source, () => inv.ctx.client.create(ref, modified, write));
    printResult(inv, m.info, created, 'created', dryRun);
    return created;
  }
  const original = live.metadata.annotations?.[LAST_APPLIED_ANNOTATION];
  if (original === undefined) inv.ctx.stderr.write(`${messages.applyMissingAnnotation(qualifiedResource(m.info), name)}\n`);
  const patch = createThreeWayMergePatch(original ? (JSON.parse(original) as object) : undefined, modified, live, m.info.kind);
  if (isEmptyPatch(patch)) {
    printResult(inv, m.info, live, 'unchanged', dryRun);
    return live;
  }
  const patched = dryRun === 'client' ? live : withSource('patching', m.source, () => inv.ctx.client.patch(ref, name, patchTypeForKind(m.info.kind), patch, write));
  printResult(inv, m.info, patched, 'configured', dryRun);
  return patched;
}

/** `--server-side`: the API server merges the manifest (an apply patch) under the field manager `kubectl`. */
function serverSideApply(inv: Invocation, m: ManifestObject): KubeObject {
  const dryRun = dryRunStrategy(inv);
  const namespace = manifestNamespace(inv, m.info, m.object);
  const obj: KubeObject = namespace ? { ...m.object, metadata: { ...m.object.metadata, namespace } } : m.object;
  const fieldManager = inv.flags.changed('field-manager') ? inv.flags.string('field-manager') : 'kubectl';
  const applied =
    dryRun === 'client'
      ? obj
      : withSource('patching', m.source, () => inv.ctx.client.patch(refOf(m.info), obj.metadata?.name ?? '', 'apply', obj, { namespace, dryRun: dryRun === 'server', fieldManager }));
  printResult(inv, m.info, applied, 'serverside-applied', dryRun);
  return applied;
}

function runApply(inv: Invocation): number {
  const files = filenameOptions(inv.flags);
  if (!hasFilenames(files)) throw new KubectlError(messages.applyRequiresFile);
  const dryRun = dryRunStrategy(inv);
  checkOutputFormat(inv.flags.string('output'));
  const pruning = pruneOptions(inv);
  const decoded = readFilenameOptions(inv.ctx, files);
  // -l applies only the manifests whose labels match, as the resource builder filters them.
  const selector = inv.flags.string('selector') ? parseSelector(inv.flags.string('selector')) : undefined;
  const objects = selector ? decoded.objects.filter((m) => labelsMatch(selector, m.object.metadata?.labels)) : decoded.objects;
  const errors: unknown[] = [...decoded.errors];
  if (objects.length === 0 && decoded.errors.length === 0) throw new KubectlError(messages.noObjectsPassed('apply'));
  const visited: Visited = { namespaces: new Set(), uids: new Set() };
  for (const m of objects) {
    try {
      const applied = inv.flags.bool('server-side') ? serverSideApply(inv, m) : applyOne(inv, m);
      if (m.info.namespaced) visited.namespaces.add(manifestNamespace(inv, m.info, m.object) ?? inv.namespace);
      if (applied.metadata?.uid) visited.uids.add(applied.metadata.uid);
    } catch (e) {
      errors.push(e);
    }
  }
  if (pruning) {
    try {
      prune(inv, pruning, visited, dryRun);
    } catch (e) {
      errors.push(e);
    }
  }
  aggregate(errors);
  return 0;
}

export const applyCommand: Command = {
  name: 'apply',
  short: 'Create or update objects so they match manifests',
  flags: [
    FILENAME,
    RECURSIVE,
    SELECTOR,
    DRY_RUN,
    ...PRINT_FLAGS,
    VALIDATE,
    FIELD_MANAGER('kubectl-client-side-apply'),
    { name: 'server-side', type: 'bool', usage: 'Let the API server merge the manifests and track which manager owns each field.' },
    { name: 'force-conflicts', type: 'bool', usage: 'With --server-side, take over fields other managers own instead of failing on the conflict.' },
    { name: 'prune', type: 'bool', usage: 'Delete objects that were applied (or created with --save-config) earlier but are missing from the manifests now. Needs -l or --all to say which objects are in scope.' },
    { name: 'all', type: 'bool', usage: 'With --prune, consider every object of the pruned types in the namespace.' },
    { name: 'prune-allowlist', type: 'stringArray', usage: 'Types --prune may delete, as group/version/kind; repeat the flag for more. Replaces the built-in list.' },
    { name: 'overwrite', type: 'bool', default: true },
    { name: 'force', type: 'bool', unavailable: true },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'wait', type: 'bool', unavailable: true },
    { name: 'timeout', type: 'duration' },
    KUSTOMIZE_FLAG,
  ],
  run: runApply,
};
