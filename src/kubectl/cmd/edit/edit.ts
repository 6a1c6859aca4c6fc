/**
 * `kubectl edit (TYPE NAME | TYPE/NAME)`: opens each object as YAML in the host's editor (the
 * playground's YAML editor) and sends what changed as a patch (strategic for built-in kinds),
 * printing `deployment.apps/web edited`, or `Edit cancelled, no changes made.`
 */
import { parse } from 'yaml';
import { createTwoWayMergePatch, isEmptyPatch, patchTypeForKind, type KubeObject } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { printYaml } from '../../printers';
import { FIELD_MANAGER, FILENAME, PRINT_FLAGS, RECURSIVE, VALIDATE } from '../shared/commonFlags';
import { fetchObjects, type Found } from '../shared/fetch';
import { withoutManagedFields } from '../shared/formatObjects';
import { printResult } from '../shared/output';
import { refOf } from '../shared/refs';

const HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n" +
  '# and an empty file will abort the edit. If an error occurs while saving this file will be\n' +
  '# reopened with the relevant failures.\n#\n';

const stripComments = (text: string) => text.split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n');

function tempName(found: Found): string {
  let h = 2166136261;
  for (const ch of `${found.object.metadata.uid}${found.object.metadata.resourceVersion}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `/tmp/kubectl-edit-${h}.yaml`;
}

async function editOne(inv: Invocation, found: Found, edit: NonNullable<Invocation['ctx']['edit']>): Promise<void> {
  const shown = withoutManagedFields(found.object, inv.flags.bool('show-managed-fields'));
  const original = printYaml(shown);
  const filename = tempName(found);
  const edited = await edit(filename, HEADER + original);
  const body = edited === undefined ? '' : stripComments(edited);
  if (body.trim() === '' || body.trim() === original.trim()) {
    inv.ctx.stdout.write(`${messages.editCancelled}\n`);
    return;
  }
  let modified: KubeObject;
  try {
    modified = parse(body) as KubeObject;
  } catch (e) {
    throw new KubectlError(messages.editInvalidYaml(filename, (e as Error).message.split('\n')[0]));
  }
  const patch = createTwoWayMergePatch(shown, modified, found.info.kind);
  if (isEmptyPatch(patch)) {
    inv.ctx.stdout.write(`${messages.editCancelled}\n`);
    return;
  }
  const updated = inv.ctx.client.patch(refOf(found.info), found.object.metadata.name, patchTypeForKind(found.info.kind), patch, {
    namespace: found.object.metadata.namespace,
    fieldManager: inv.flags.string('field-manager'),
  });
  printResult(inv, found.info, updated, 'edited', 'none');
}

async function runEdit(inv: Invocation): Promise<number> {
  const edit = inv.ctx.edit;
  if (!edit) {
    const editor = inv.ctx.getenv?.('KUBE_EDITOR') || inv.ctx.getenv?.('EDITOR') || 'vi';
    throw new KubectlError(messages.editorNotFound(editor));
  }
  const result = fetchObjects(inv, {});
  const errors = [...result.errors];
  for (const found of result.found) {
    try {
      await editOne(inv, found, edit);
    } catch (e) {
      errors.push(e);
    }
  }
  aggregate(errors);
  return 0;
}

export const editCommand: Command = {
  name: 'edit',
  short: 'Change a live object in your editor',
  flags: [
    FIELD_MANAGER('kubectl-edit'),
    FILENAME,
    { name: 'kustomize', shorthand: 'k', type: 'string', unavailable: true },
    { name: 'output-patch', type: 'bool', unavailable: true },
    ...PRINT_FLAGS,
    RECURSIVE,
    { name: 'save-config', type: 'bool', usage: 'Store the edited object in the last-applied-configuration annotation, so a later kubectl apply can work out what changed.' },
    { name: 'subresource', type: 'string', unavailable: true },
    VALIDATE,
    { name: 'windows-line-endings', type: 'bool', usage: 'Give the file Windows (CRLF) line endings in the editor.' },
  ],
  run: runEdit,
};
