/**
 * The template printers: `-o jsonpath=…`, `jsonpath-as-json=…`, `jsonpath-file=…`,
 * `go-template=…` (`template=…`), `go-template-file=…` (`templatefile=…`), `custom-columns=…`
 * and `custom-columns-file=…`, over the same object (or List) the YAML printer would print.
 * `--template` supplies the template when `-o` names only the format.
 */
import type { KubectlContext } from '../../context';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { TABLE_TABWRITER, tabwrite } from '../../printers';
import { JsonPathError, evalPath, executeJsonPath, executeJsonPathAsJson } from '../../../common/jsonpath/evaluate';
import { JsonPathParseError, parsePath } from '../../../common/jsonpath/parse';
import { TemplateExecError, TemplateParseError, executeGoTemplate } from '../../gotemplate/execute';
import { goPrint } from '../../gotemplate/values';

export const TEMPLATE_FORMATS = [
  'jsonpath',
  'jsonpath-as-json',
  'jsonpath-file',
  'custom-columns',
  'custom-columns-file',
  'go-template',
  'go-template-file',
  'template',
  'templatefile',
];
const FILE_FORMATS = ['jsonpath-file', 'custom-columns-file', 'go-template-file', 'templatefile'];

function withErrors(template: string, run: () => string): string {
  try {
    return run();
  } catch (e) {
    if (e instanceof JsonPathParseError) throw new KubectlError(messages.jsonPathParse(template, e.message));
    if (e instanceof JsonPathError) throw new KubectlError(messages.jsonPathExecute(template, e.message));
    if (e instanceof TemplateParseError) throw new KubectlError(messages.goTemplateParse(template, e.message));
    if (e instanceof TemplateExecError) throw new KubectlError(messages.goTemplateExecute(JSON.stringify(template), e.message));
    throw e;
  }
}

/** RelaxedJSONPathExpression: `.metadata.name` or `metadata.name` become a path. */
function relaxed(expr: string): string {
  const inner = expr.replace(/^\{(.*)\}$/, '$1');
  return inner.startsWith('.') || inner.startsWith('[') ? inner : `.${inner}`;
}

/** Cells are fmt's `%v` of each match, as kubectl prints them: `[map[ip:10.244.0.5]]`. */
function customColumns(spec: string, objects: readonly object[], noHeaders: boolean): string {
  const columns = spec.split(',').map((col) => {
    const colon = col.indexOf(':');
    if (colon < 0) throw new KubectlError(messages.customColumnsFormat(col));
    return { header: col.slice(0, colon), path: parsePath(relaxed(col.slice(colon + 1))) };
  });
  const rows = objects.map((o) => columns.map((c) => evalPath(c.path, o, o).map(goPrint).join(',') || '<none>').join('\t'));
  const header = noHeaders ? [] : [columns.map((c) => c.header).join('\t')];
  return tabwrite([...header, ...rows].join('\n') + '\n', TABLE_TABWRITER);
}

/** A custom-columns file: a header line of names and a line of paths, whitespace-separated. */
function customColumnsFromFile(text: string): string {
  const [headers = '', paths = ''] = text.split('\n').filter((l) => l.trim() !== '');
  const names = headers.trim().split(/\s+/);
  const exprs = paths.trim().split(/\s+/);
  if (names.length !== exprs.length) throw new KubectlError(messages.customColumnsFileMismatch(names.length, exprs.length));
  return names.map((n, i) => `${n}:${exprs[i]}`).join(',');
}

/** `-o go-template` with `--template=…`: the format and its template, or kubectl's error. */
export function splitTemplateFormat(format: string, templateFlag: string): { kind: string; template: string } {
  const eq = format.indexOf('=');
  const kind = eq < 0 ? format : format.slice(0, eq);
  const template = eq < 0 ? templateFlag : format.slice(eq + 1);
  if (!template) throw new KubectlError(messages.templateMissing);
  return { kind, template };
}

/** Prints `value` (one object or a List) with a template format; `objects` feed custom-columns rows. */
export function printTemplate(ctx: KubectlContext, format: string, value: object, objects: readonly object[], noHeaders: boolean, templateFlag = ''): string {
  const split = splitTemplateFormat(format, templateFlag);
  const kind = split.kind;
  let template = split.template;
  if (FILE_FORMATS.includes(kind)) {
    const text = ctx.readFile(template);
    if (text === undefined) throw new KubectlError(messages.templateFileNotFound(template));
    template = text;
  }
  if (kind === 'custom-columns-file') return withErrors(template, () => customColumns(customColumnsFromFile(template), objects, noHeaders));
  if (kind === 'custom-columns') return withErrors(template, () => customColumns(template, objects, noHeaders));
  if (kind === 'jsonpath-as-json') return withErrors(template, () => executeJsonPathAsJson(template, value));
  if (kind.startsWith('jsonpath')) return withErrors(template, () => executeJsonPath(template, value));
  return withErrors(template, () => executeGoTemplate(template, value));
}
