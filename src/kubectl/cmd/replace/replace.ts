/**
 * `kubectl replace -f FILENAME [--force]`: PUT each object whole. Without a resourceVersion in
 * the manifest the live one is used (kubectl's overwrite). `--force` deletes the object, waits
 * until it is gone, and creates it again.
 */
import { isApiError, type KubeObject } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, addSourceToErr, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { KUSTOMIZE_FLAG, filenameOptions, hasFilenames, readFilenameOptions } from '../../resource/filenameOptions';
import type { ManifestObject } from '../../resource/manifest';
import { DRY_RUN, FIELD_MANAGER, FILENAME, PRINT_FLAGS, RECURSIVE, SAVE_CONFIG, TIMEOUT, VALIDATE } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { manifestNamespace } from '../shared/manifestNamespace';
import { checkOutputFormat, printResult } from '../shared/output';
import { refOf } from '../shared/refs';
import { withLastApplied } from '../apply/lastApplied';
import { waitForDeletion } from '../delete/waitForDeletion';

function prepared(inv: Invocation, m: ManifestObject): { obj: KubeObject; namespace?: string } {
  const namespace = manifestNamespace(inv, m.info, m.object);
  let obj: KubeObject = namespace ? { ...m.object, metadata: { ...m.object.metadata, namespace } } : m.object;
  if (inv.flags.bool('save-config')) obj = withLastApplied(obj).modified;
  return { obj, namespace };
}

function replaceOne(inv: Invocation, m: ManifestObject): void {
  const dryRun = dryRunStrategy(inv);
  const { obj, namespace } = prepared(inv, m);
  const ref = refOf(m.info);
  const name = obj.metadata?.name ?? '';
  try {
    let body = obj;
    if (!obj.metadata?.resourceVersion) {
      const live = inv.ctx.client.get(ref, name, { namespace });
      body = { ...obj, metadata: { ...obj.metadata, resourceVersion: live.metadata.resourceVersion } };
    }
    const replaced = dryRun === 'client' ? body : inv.ctx.client.update(ref, body, { namespace, dryRun: dryRun === 'server', fieldManager: inv.flags.string('field-manager') });
    printResult(inv, m.info, replaced, 'replaced', dryRun);
  } catch (e) {
    throw addSourceToErr('replacing', m.source, e);
  }
}

async function forceReplace(inv: Invocation, objects: ManifestObject[], errors: unknown[]): Promise<void> {
  const deleted = [];
  for (const m of objects) {
    const { obj, namespace } = prepared(inv, m);
    const name = obj.metadata?.name ?? '';
    try {
      // --force bypasses graceful deletion unless a grace period was given.
      const grace = inv.flags.int('grace-period');
      const gone = inv.ctx.client.delete(refOf(m.info), name, { namespace, propagationPolicy: 'Background', gracePeriodSeconds: grace >= 0 ? grace : 0 });
      const kindName = m.info.group ? `${m.info.singular}.${m.info.group}` : m.info.singular;
      inv.ctx.stdout.write(`${messages.deleted(kindName, name, 'none')}\n`);
      deleted.push({ info: m.info, name, namespace, uid: gone.metadata.uid });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) errors.push(addSourceToErr('deleting', m.source, e));
    }
  }
  await waitForDeletion(inv, deleted, inv.flags.int('timeout'));
  for (const m of objects) {
    const { obj, namespace } = prepared(inv, m);
    try {
      const { resourceVersion: _rv, uid: _uid, ...metadata } = obj.metadata ?? {};
      const created = inv.ctx.client.create(refOf(m.info), { ...obj, metadata }, { namespace, fieldManager: inv.flags.string('field-manager') });
      printResult(inv, m.info, created, 'replaced', 'none');
    } catch (e) {
      errors.push(addSourceToErr('creating', m.source, e));
    }
  }
}

async function runReplace(inv: Invocation): Promise<number> {
  const files = filenameOptions(inv.flags);
  if (!hasFilenames(files)) throw new KubectlError(messages.createRequiresFile);
  checkOutputFormat(inv.flags.string('output'));
  const dryRun = dryRunStrategy(inv);
  if (inv.flags.bool('force') && dryRun !== 'none') throw new KubectlError(messages.replaceForceDryRun);
  const { objects, errors: decodeErrors } = readFilenameOptions(inv.ctx, files);
  const errors: unknown[] = [...decodeErrors];
  if (objects.length === 0 && errors.length === 0) throw new KubectlError(messages.noObjectsPassed('replace'));
  if (inv.flags.bool('force')) await forceReplace(inv, objects, errors);
  else {
    for (const m of objects) {
      try {
        replaceOne(inv, m);
      } catch (e) {
        errors.push(e);
      }
    }
  }
  aggregate(errors);
  return 0;
}

export const replaceCommand: Command = {
  name: 'replace',
  short: 'Overwrite objects with the content of manifests',
  flags: [
    { name: 'cascade', type: 'string', default: 'background', noOptDefault: 'background', usage: 'With --force, how the old object\'s dependents are deleted: background, foreground or orphan (kept).' },
    DRY_RUN,
    FIELD_MANAGER('kubectl-replace'),
    FILENAME,
    { name: 'force', type: 'bool', usage: 'Delete the objects and create them again instead of updating them.' },
    { name: 'grace-period', type: 'int', default: -1, usage: 'With --force, seconds the old object gets to shut down; -1 keeps its own setting.' },
    KUSTOMIZE_FLAG,
    ...PRINT_FLAGS,
    { name: 'raw', type: 'string', unavailable: true },
    RECURSIVE,
    SAVE_CONFIG,
    { name: 'subresource', type: 'string', unavailable: true },
    TIMEOUT(0),
    VALIDATE,
    { name: 'wait', type: 'bool', usage: 'With --force, wait until the old objects are gone before creating the new ones.' },
  ],
  run: runReplace,
};
