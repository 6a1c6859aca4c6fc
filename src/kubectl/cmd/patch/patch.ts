/**
 * `kubectl patch (-f FILENAME | TYPE NAME) -p PATCH [--type strategic|merge|json]`: the patch is
 * JSON or YAML; the result line says whether anything changed.
 */
import { parseDocument } from 'yaml';
import type { PatchType } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { goYamlMessage } from '../../resource/manifest';
import { DRY_RUN, FIELD_MANAGER, FILENAME, PRINT_FLAGS, RECURSIVE } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { fetchObjects } from '../shared/fetch';
import { printResult } from '../shared/output';
import { refOf } from '../shared/refs';

const PATCH_TYPES: readonly string[] = ['json', 'merge', 'strategic'];

/** yaml.ToJSON: the patch may be written as JSON or YAML. */
function parsePatch(text: string): unknown {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new KubectlError(messages.patchUnparsable(text, `yaml: ${goYamlMessage(doc.errors)}`));
  return doc.toJS();
}

function runPatch(inv: Invocation): number {
  const f = inv.flags;
  const text = f.string('patch') || (f.string('patch-file') ? inv.ctx.readFile(f.string('patch-file')) : undefined);
  if (f.string('patch-file') && text === undefined) throw new KubectlError(messages.fileNotFound(f.string('patch-file')));
  if (!text) throw new KubectlError(messages.patchRequired);
  const type = f.string('type');
  if (!PATCH_TYPES.includes(type)) throw new KubectlError(messages.patchType(type));
  if (inv.args.length === 0 && f.strings('filename').length === 0) throw new KubectlError(messages.mustProvideResources);
  const patch = parsePatch(text);
  const dryRun = dryRunStrategy(inv);
  const result = fetchObjects(inv);
  const errors = [...result.errors];
  for (const { info, object } of result.found) {
    try {
      const patched =
        dryRun === 'client'
          ? object
          : inv.ctx.client.patch(refOf(info), object.metadata.name, type as PatchType, patch, {
              namespace: object.metadata.namespace,
              dryRun: dryRun === 'server',
              fieldManager: f.string('field-manager'),
              ...(f.string('subresource') ? { subresource: f.string('subresource') } : {}),
            });
      printResult(inv, info, patched, messages.patchOutcome(JSON.stringify(patched) !== JSON.stringify(object)), dryRun);
    } catch (e) {
      errors.push(e);
    }
  }
  aggregate(errors);
  return 0;
}

export const patchCommand: Command = {
  name: 'patch',
  short: 'Change fields of an object with a patch',
  flags: [
    FILENAME,
    RECURSIVE,
    DRY_RUN,
    ...PRINT_FLAGS,
    FIELD_MANAGER('kubectl-patch'),
    { name: 'patch', shorthand: 'p', type: 'string', usage: 'The patch itself, in JSON or YAML.' },
    { name: 'patch-file', type: 'string', usage: 'A file holding the patch.' },
    { name: 'type', type: 'string', default: 'strategic', usage: 'Patch format: strategic, merge or json.' },
    { name: 'subresource', type: 'string' },
    { name: 'local', type: 'bool', unavailable: true },
  ],
  run: runPatch,
};
