/**
 * YAML exactly as `kubectl -o yaml` prints it: sigs.k8s.io/yaml turns the object's JSON into
 * go-yaml v2 values and marshals them, so every mapping is sorted (go-yaml's key order),
 * sequences sit at their parent key's indentation, empty collections print as `{}`/`[]`, and
 * strings are quoted only when they would not read back as the same string.
 */
import { analyzeScalar } from './analyze';
import { resolvesToString } from './resolve';
import { compareYamlKeys } from './sortKeys';
import { YamlWriter } from './writer';

type Style = 'plain' | 'single' | 'double' | 'literal';

interface NodeContext {
  /** The node is a mapping value (a sequence there is not indented). */
  mappingValue: boolean;
  simpleKey: boolean;
}

const VALUE: NodeContext = { mappingValue: false, simpleKey: false };

export function toYaml(value: unknown): string {
  const w = new YamlWriter();
  emitNode(w, value, VALUE);
  // Document end: finish the last line.
  w.indent = -1;
  w.writeIndent();
  return w.text();
}

function emitNode(w: YamlWriter, value: unknown, ctx: NodeContext): void {
  if (Array.isArray(value)) {
    if (value.length === 0) emitEmpty(w, '[]');
    else emitSequence(w, value, ctx);
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) emitEmpty(w, '{}');
    else emitMapping(w, entries);
  } else {
    emitScalar(w, value, ctx);
  }
}

function withIndent(w: YamlWriter, indent: number, body: () => void): void {
  const saved = w.indent;
  w.indent = indent;
  body();
  w.indent = saved;
}

function nextIndent(w: YamlWriter, indentless: boolean): number {
  if (w.indent < 0) return 0;
  return indentless ? w.indent : w.indent + 2;
}

function emitEmpty(w: YamlWriter, brackets: string): void {
  w.writeIndicator(brackets[0], true, true, false);
  w.writeIndicator(brackets[1], false, false, false);
}

function emitMapping(w: YamlWriter, entries: [string, unknown][]): void {
  entries.sort(([a], [b]) => compareYamlKeys(a, b));
  withIndent(w, nextIndent(w, false), () => {
    for (const [key, value] of entries) {
      w.writeIndent();
      emitScalar(w, key, { mappingValue: false, simpleKey: true });
      w.writeIndicator(':', false, false, false);
      emitNode(w, value, { mappingValue: true, simpleKey: false });
    }
  });
}

function emitSequence(w: YamlWriter, items: unknown[], ctx: NodeContext): void {
  withIndent(w, nextIndent(w, ctx.mappingValue && !w.indention), () => {
    for (const item of items) {
      w.writeIndent();
      w.writeIndicator('-', true, false, true);
      emitNode(w, item, VALUE);
    }
  });
}

function emitScalar(w: YamlWriter, value: unknown, ctx: NodeContext): void {
  withIndent(w, w.indent < 0 ? 2 : w.indent + 2, () => {
    if (typeof value !== 'string') {
      w.writePlain(formatNonString(value), !ctx.simpleKey);
      return;
    }
    const style = selectStyle(value, ctx.simpleKey);
    if (style === 'plain') w.writePlain(value, !ctx.simpleKey);
    else if (style === 'single') w.writeSingleQuoted(value, !ctx.simpleKey);
    else if (style === 'double') w.writeDoubleQuoted(value, !ctx.simpleKey);
    else w.writeLiteral(value);
  });
}

/** go-yaml's choice (encode.go stringv) refined by libyaml's yaml_emitter_select_scalar_style. */
function selectStyle(value: string, simpleKey: boolean): Style {
  let style: Style;
  if (value.includes('\n')) style = 'literal';
  else if (resolvesToString(value)) style = 'plain';
  else style = 'double';
  const analysis = analyzeScalar(value);
  if (simpleKey && analysis.multiline) style = 'double';
  if (style === 'plain') {
    if (!analysis.blockPlainAllowed) style = 'single';
    if (value === '' && simpleKey) style = 'single';
  }
  if (style === 'single' && !analysis.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!analysis.blockAllowed || simpleKey)) style = 'double';
  return style;
}

function formatNonString(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

/** Integers in decimal; other floats as Go's strconv.FormatFloat(f, 'g', -1, 64). */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (!Number.isFinite(n)) return n > 0 ? '.inf' : '-.inf';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const [mantissa, exp] = n.toExponential().split('e');
  const exponent = Number(exp);
  const digits = mantissa.replace(/[-.]/g, '').length;
  let precision = 6;
  if (precision > digits && digits >= exponent + 1) precision = digits;
  if (exponent < -4 || exponent >= precision) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return String(n);
}
