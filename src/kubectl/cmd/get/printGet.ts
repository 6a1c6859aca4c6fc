/**
 * The printing half of `kubectl get`: tables (`-o wide`, labels, kinds), `-o name`, and
 * `-o yaml|json`, where several objects (or any list request) print as one `v1/List`.
 */
import type { Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { asList, printJson, printTable, printYaml } from '../../printers';
import { printName } from '../../printers';
import type { TableOptions } from '../../printers';
import { withoutManagedFields } from '../shared/formatObjects';
import type { Found } from '../shared/fetch';
import { TEMPLATE_FORMATS, printTemplate } from '../shared/templatePrinters';
import { outputFormat } from '../shared/output';

const GET_FORMATS = ['custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'wide', 'yaml'];
const PLAIN_FORMATS = ['', 'wide', 'name', 'yaml', 'json'];

export function checkGetFormat(format: string): void {
  if (PLAIN_FORMATS.includes(format) || TEMPLATE_FORMATS.includes(format.split('=')[0])) return;
  throw new KubectlError(messages.invalidOutput(format, GET_FORMATS));
}

export function tableOptions(inv: Invocation, showKind: boolean, noHeaders = false, eventType?: string): TableOptions {
  return {
    eventType,
    wide: inv.flags.string('output') === 'wide',
    noHeaders: noHeaders || inv.flags.bool('no-headers'),
    showLabels: inv.flags.bool('show-labels'),
    labelColumns: inv.flags.strings('label-columns'),
    namespaceColumn: inv.flags.bool('all-namespaces'),
    showKind: showKind || inv.flags.bool('show-kind'),
    now: inv.ctx.now(),
  };
}

/** `eventType` (with --output-watch-events) adds an EVENT column or wraps objects as watch events. */
export function printFound(inv: Invocation, found: readonly Found[], singular: boolean, showKind: boolean, noHeaders = false, eventType?: string): string {
  const format = outputFormat(inv);
  const bare = found.map((f) => withoutManagedFields(f.object, inv.flags.bool('show-managed-fields')));
  if (eventType && (format === 'json' || format === 'yaml')) {
    return bare.map((object) => (format === 'json' ? printJson({ type: eventType, object }) : printYaml({ object, type: eventType }))).join('');
  }
  const objects = bare;
  switch (format) {
    case 'name':
      return objects.map((o) => `${printName(o)}\n`).join('');
    case 'yaml':
    case 'json': {
      if (objects.length === 0 && singular) return '';
      const value = singular && objects.length === 1 ? objects[0] : asList(objects);
      return format === 'yaml' ? printYaml(value) : printJson(value);
    }
    case '':
    case 'wide':
      return printTable(objects, tableOptions(inv, showKind, noHeaders, eventType));
    default: {
      const value = singular && objects.length === 1 ? objects[0] : asList(objects);
      return printTemplate(inv.ctx, format, value, objects, noHeaders || inv.flags.bool('no-headers'), inv.flags.string('template'));
    }
  }
}
