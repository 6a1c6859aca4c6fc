/**
 * `kubectl apply -f FILENAME` (client-side apply): create what does not exist, otherwise send
 * the three-way strategic merge patch between the last applied configuration, the manifest and
 * the live object. Prints `created`, `configured` or `unchanged` per object.
 */
import { createThreeWayMergePatch, isApiError, isEmptyPatch, patchTypeForKind, type KubeObject, type Stored } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, addSourceToErr, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { readManifests } from '../../resource/builder';
import type { ManifestObject } from '../../resource/manifest';
import { DRY_RUN, FIELD_MANAGER, FILENAME, PRINT_FLAGS, RECURSIVE, SELECTOR, VALIDATE } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { manifestNamespace } from '../shared/manifestNamespace';
import { checkOutputFormat, printResult } from '../shared/output';
import { qualifiedResource, refOf } from '../shared/refs';
import { LAST_APPLIED_ANNOTATION, withLastApplied } from './lastApplied';

function withSource<T>(verb: string, source: string, call: () => T): T {
  try {
    return call();
  } catch (e) {
    throw addSourceToErr(verb, source, e);
  }
}

function applyOne(inv: Invocation, m: ManifestObject): void {
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
    return;
  }
  const original = live.metadata.annotations?.[LAST_APPLIED_ANNOTATION];
  if (original === undefined) inv.ctx.stderr.write(`${messages.applyMissingAnnotation(qualifiedResource(m.info), name)}\n`);
  const patch = createThreeWayMergePatch(original ? (JSON.parse(original) as object) : undefined, modified, live, m.info.kind);
  if (isEmptyPatch(patch)) {
    printResult(inv, m.info, live, 'unchanged', dryRun);
    return;
  }
  const patched = dryRun === 'client' ? live : withSource('patching', m.source, () => inv.ctx.client.patch(ref, name, patchTypeForKind(m.info.kind), patch, write));
  printResult(inv, m.info, patched, 'configured', dryRun);
}

/** `--server-side`: the API server merges the manifest (an apply patch) under the field manager `kubectl`. */
function serverSideApply(inv: Invocation, m: ManifestObject): void {
  const dryRun = dryRunStrategy(inv);
  const namespace = manifestNamespace(inv, m.info, m.object);
  const obj: KubeObject = namespace ? { ...m.object, metadata: { ...m.object.metadata, namespace } } : m.object;
  const fieldManager = inv.flags.changed('field-manager') ? inv.flags.string('field-manager') : 'kubectl';
  const applied =
    dryRun === 'client'
      ? obj
      : withSource('patching', m.source, () => inv.ctx.client.patch(refOf(m.info), obj.metadata?.name ?? '', 'apply', obj, { namespace, dryRun: dryRun === 'server', fieldManager }));
  printResult(inv, m.info, applied, 'serverside-applied', dryRun);
}

function runApply(inv: Invocation): number {
  const filenames = inv.flags.strings('filename');
  if (filenames.length === 0) throw new KubectlError(messages.applyRequiresFile);
  dryRunStrategy(inv);
  checkOutputFormat(inv.flags.string('output'));
  const { objects, errors: decodeErrors } = readManifests(inv.ctx, filenames, inv.flags.bool('recursive'));
  const errors: unknown[] = [...decodeErrors];
  if (objects.length === 0 && decodeErrors.length === 0) throw new KubectlError(messages.noObjectsPassed('apply'));
  for (const m of objects) {
    try {
      if (inv.flags.bool('server-side')) serverSideApply(inv, m);
      else applyOne(inv, m);
    } catch (e) {
      errors.push(e);
    }
  }
  aggregate(errors);
  return 0;
}

export const applyCommand: Command = {
  name: 'apply',
  short: 'Apply a configuration to a resource by file name or stdin',
  flags: [
    FILENAME,
    RECURSIVE,
    SELECTOR,
    DRY_RUN,
    ...PRINT_FLAGS,
    VALIDATE,
    FIELD_MANAGER('kubectl-client-side-apply'),
    { name: 'server-side', type: 'bool', usage: 'If true, apply runs in the server instead of the client.' },
    { name: 'force-conflicts', type: 'bool', usage: 'If true, server-side apply will force the changes against conflicts.' },
    { name: 'prune', type: 'bool', unavailable: true },
    { name: 'all', type: 'bool', unavailable: true },
    { name: 'overwrite', type: 'bool', default: true },
    { name: 'force', type: 'bool', unavailable: true },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'wait', type: 'bool', unavailable: true },
    { name: 'timeout', type: 'duration' },
    { name: 'kustomize', shorthand: 'k', type: 'string', unavailable: true },
  ],
  run: runApply,
};
