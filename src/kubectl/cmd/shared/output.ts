/**
 * How mutating verbs report: `deployment.apps/web created` by default, or the object through the
 * printer `-o` chose (`name`, `yaml`, `json`). Tables and describe live in ../../printers and
 * ../../describe; this file only picks.
 */
import type { KubeObject, ResourceInfo } from '../../sim';
import type { Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages, dryRunSuffix, type DryRun } from '../../messages';
import { formatObjects, withoutManagedFields } from './formatObjects';
import { printTemplate } from './templatePrinters';
import { kindRef, nameOf } from './refs';

export const OBJECT_FORMATS = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml'];

export function checkOutputFormat(format: string): void {
  const base = format.split('=')[0];
  if (format && !OBJECT_FORMATS.includes(base)) throw new KubectlError(messages.invalidOutput(format, OBJECT_FORMATS));
}

/** `-o`, or `go-template` when only `--template` was given (kubectl's PrintFlags rule). */
export function outputFormat(inv: Invocation): string {
  const format = inv.flags.string('output');
  return format === '' && inv.flags.string('template') ? 'go-template' : format;
}

/** Prints one result line (`… created`) or the object itself when `-o` asks for it. */
export function printResult(inv: Invocation, info: ResourceInfo, obj: KubeObject, operation: string, dryRun: DryRun): void {
  const format = outputFormat(inv);
  checkOutputFormat(format);
  if (format === '') {
    inv.ctx.stdout.write(`${kindRef(info, nameOf(obj))} ${operation}${dryRunSuffix(dryRun)}\n`);
    return;
  }
  if (format === 'name') {
    inv.ctx.stdout.write(`${kindRef(info, nameOf(obj))}\n`);
    return;
  }
  const shown = withoutManagedFields(obj, inv.flags.bool('show-managed-fields'));
  if (format === 'yaml' || format === 'json') inv.ctx.stdout.write(formatObjects([shown], format, { showManagedFields: true }));
  else inv.ctx.stdout.write(printTemplate(inv.ctx, format, shown, [shown], false, inv.flags.string('template')));
}
