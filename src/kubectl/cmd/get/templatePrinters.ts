/**
 * `-o jsonpath=…`, `-o jsonpath-as-json=…`, `-o jsonpath-file=…` and `-o custom-columns=…` for
 * `kubectl get`, over the same object (or List) the YAML printer would print.
 */
import type { KubectlContext } from '../../context';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { TABLE_TABWRITER, tabwrite } from '../../printers';
import { JsonPathError, evalPath, executeJsonPath, executeJsonPathAsJson } from '../../jsonpath/evaluate';
import { JsonPathParseError, parsePath } from '../../jsonpath/parse';

export const TEMPLATE_FORMATS = ['jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'custom-columns'];

function withErrors(template: string, run: () => string): string {
  try {
    return run();
  } catch (e) {
    if (e instanceof JsonPathParseError) throw new KubectlError(messages.jsonPathParse(template, e.message));
    if (e instanceof JsonPathError) throw new KubectlError(messages.jsonPathExecute(template, e.message));
    throw e;
  }
}

/** RelaxedJSONPathExpression: `.metadata.name` or `metadata.name` become a path. */
function relaxed(expr: string): string {
  const inner = expr.replace(/^\{(.*)\}$/, '$1');
  return inner.startsWith('.') || inner.startsWith('[') ? inner : `.${inner}`;
}

function customColumns(spec: string, objects: readonly object[], noHeaders: boolean): string {
  const columns = spec.split(',').map((col) => {
    const colon = col.indexOf(':');
    if (colon < 0) throw new KubectlError(messages.customColumnsFormat(col));
    return { header: col.slice(0, colon), path: parsePath(relaxed(col.slice(colon + 1))) };
  });
  const rows = objects.map((o) => columns.map((c) => evalPath(c.path, o, o).map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(',') || '<none>').join('\t'));
  const header = noHeaders ? [] : [columns.map((c) => c.header).join('\t')];
  return tabwrite([...header, ...rows].join('\n') + '\n', TABLE_TABWRITER);
}

/** Prints `value` (one object or a List) with a template format; `objects` feed custom-columns rows. */
export function printTemplate(ctx: KubectlContext, format: string, value: object, objects: readonly object[], noHeaders: boolean): string {
  const eq = format.indexOf('=');
  const kind = eq < 0 ? format : format.slice(0, eq);
  let template = eq < 0 ? '' : format.slice(eq + 1);
  if (!template) throw new KubectlError(messages.templateMissing);
  if (kind === 'jsonpath-file') {
    const text = ctx.readFile(template);
    if (text === undefined) throw new KubectlError(messages.fileNotFound(template));
    template = text;
  }
  if (kind === 'custom-columns') return withErrors(template, () => customColumns(template, objects, noHeaders));
  if (kind === 'jsonpath-as-json') return withErrors(template, () => executeJsonPathAsJson(template, value));
  return withErrors(template, () => executeJsonPath(template, value));
}
