/**
 * kubectl explain's plaintext rendering (k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl
 * in v1.32) over the playground's API schema. The schema is the compact form of the server's
 * OpenAPI v3: a `ref` field stands for `allOf: [{$ref}]` with its own description, so this walks
 * it the way the template walks OpenAPI — follow a property, else an array's items, else a map's
 * values, else the referenced definition — and prints types the way its `typeGuess` does.
 */
import type { ApiDefinition, ApiEnum, ApiEnums, ApiFieldSchema, ApiSchema } from '../../sim';
import { enumOfField } from '../../sim';
import { indent, wrapString } from './wordWrap';

/** IntOrString is inline in the compact schema; the OpenAPI definition carries this description. */
const INT_OR_STRING_DESCRIPTION =
  'IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.';

/** Definitions whose OpenAPI schema has a primitive `type`: typeGuess prints that type, not the name. */
const STRING_DEFINITIONS = new Set(['io.k8s.apimachinery.pkg.apis.meta.v1.Time', 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime']);

/** A field node carries the enum its definition's OpenAPI gives it (properties only, not items). */
type Node = { definition: string } | { field: ApiFieldSchema; enum?: ApiEnum };

export class FieldNotFound extends Error {}

const shortName = (definition: string) => definition.split('.').pop() || 'Object';

export function typeGuess(f: ApiFieldSchema): string {
  switch (f.t) {
    case 'array':
      return `[]${f.i ? typeGuess(f.i) : 'Object'}`;
    case 'map':
      return `map[string]${f.i ? typeGuess(f.i) : 'Object'}`;
    case 'ref':
      return shortName(f.$ ?? '');
    case 'int-or-string':
      return 'IntOrString';
    case 'object':
      return 'Object';
    // Only apiVersion and kind are `any`: string literals in the declarations.
    case 'any':
      return 'string';
    case 'string':
      return f.$ && !STRING_DEFINITIONS.has(f.$) ? shortName(f.$) : 'string';
    default:
      return f.t;
  }
}

export class SchemaExplainer {
  constructor(
    private readonly schema: ApiSchema,
    private readonly enums: ApiEnums = { types: {}, fields: {} },
  ) {}

  private definition(name: string): ApiDefinition | undefined {
    return this.schema.definitions[name];
  }

  /** The template's "description": the node's own text, then that of what it refers to. */
  private description(node: Node): string {
    if ('definition' in node) {
      const d = this.definition(node.definition)?.d;
      return d ? `${d}\n` : '';
    }
    const f = node.field;
    const d = (f.d ?? '') + (node.enum?.descriptionSuffix ?? '');
    let text = d ? `${d}\n` : '';
    if (f.$) text += this.description({ definition: f.$ });
    else if (f.t === 'int-or-string') text += `${INT_OR_STRING_DESCRIPTION}\n`;
    else if ((f.t === 'array' || f.t === 'map') && f.i) text += this.description({ field: f.i });
    return text;
  }

  private fieldDetail(name: string, f: ApiFieldSchema, e: ApiEnum | undefined, required: boolean, level: number, short: boolean): string {
    const pad = level * 2;
    let out = `${indent(pad, name)}\t<${typeGuess(f)}>${required ? ' -required-' : ''}`;
    if (e) out += `\n${' '.repeat(pad)}enum: ${enumList(e.values, 4)}`;
    out += '\n';
    const d = (f.d ?? '') + (e?.descriptionSuffix ?? '');
    if (!short) out += `${indent(pad + 2, wrapString(d || '<no description>', 78 - pad))}\n\n`;
    return out;
  }

  /** The template's "fieldList"; `history` holds the definitions on the way down, which ends cycles. */
  private fieldList(node: Node, level: number, recursive: boolean, history: ReadonlySet<string>, viaRef: boolean): string {
    if ('definition' in node) {
      if (viaRef && history.has(node.definition)) return '';
      const def = this.definition(node.definition);
      if (!def) return '';
      const next = viaRef ? new Set([...history, node.definition]) : history;
      let out = '';
      for (const name of Object.keys(def.p).sort(byteOrder)) {
        const f = def.p[name];
        out += this.fieldDetail(name, f, enumOfField(this.enums, node.definition, name), f.r === 1, level, recursive);
        if (recursive) out += this.fieldList({ field: f }, level + 1, recursive, next, false);
      }
      return out;
    }
    const f = node.field;
    if (f.t === 'ref' && f.$) return this.fieldList({ definition: f.$ }, level, recursive, history, true);
    if ((f.t === 'array' || f.t === 'map') && f.i) return this.fieldList({ field: f.i }, level, recursive, history, false);
    return '';
  }

  /** The template's "output": follows `path`, then prints DESCRIPTION and FIELDS. Empty when the path leads nowhere. */
  private output(node: Node, path: readonly string[], recursive: boolean): string {
    if (path.length === 0) {
      let out = `DESCRIPTION:\n${indent(4, wrapString(this.description(node) || '<empty>', 76))}\n`;
      const fields = this.fieldList(node, 1, recursive, new Set(), false);
      if (fields) out += `FIELDS:\n${fields}`;
      return out;
    }
    if ('definition' in node) {
      const f = this.definition(node.definition)?.p[path[0]];
      if (!f) return '';
      const e = enumOfField(this.enums, node.definition, path[0]);
      const enumLines = e ? `ENUM:${e.values.map((v) => `\n    ${enumValue(v)}`).join('')}` : '';
      const header = path.length === 1 ? `FIELD: ${path[0]} <${typeGuess(f)}>\n${enumLines}\n\n` : '';
      return header + this.output({ field: f, enum: e }, path.slice(1), recursive);
    }
    const f = node.field;
    if (f.t === 'ref' && f.$) return this.output({ definition: f.$ }, path, recursive);
    if ((f.t === 'array' || f.t === 'map') && f.i) return this.output({ field: f.i }, path, recursive);
    return '';
  }

  /** Everything after the GROUP/KIND/VERSION header; throws FieldNotFound naming the path's last field. */
  explain(definition: string, path: readonly string[], recursive: boolean): string {
    const out = this.output({ definition }, path, recursive);
    if (!out) throw new FieldNotFound(path[path.length - 1]);
    return out;
  }
}

/** The template's "extractEnum" shows the empty value as `""`. */
const enumValue = (v: string) => (v === '' ? '""' : v);

/** The one-line form under a field in FIELDS: at most `limit` values, then `, ....`. */
function enumList(values: readonly string[], limit: number): string {
  const shown = values.slice(0, limit).map(enumValue).join(', ');
  return values.length > limit ? `${shown}, ....` : shown;
}

/** Go sorts map keys by bytes, which is not localeCompare's order. */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
