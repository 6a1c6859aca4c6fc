/**
 * Strict decoding, as the API server does it for kubectl (fieldValidation=Strict): a field the
 * kind does not have is refused with `strict decoding error: unknown field "spec.replcas"`, and a
 * value of the wrong JSON type with Go's unmarshal error. The schema is generated from the real
 * API's types (`npm run gen:schema`).
 */
import schema from '../api/schema/k8s-fields.json';
import type { KubeObject } from '../api/types';

interface FieldSchema {
  t: string;
  r?: 1;
  $?: string;
  i?: FieldSchema;
}

const definitions = schema.definitions as unknown as Record<string, { p: Record<string, FieldSchema> }>;
const kinds = schema.kinds as Record<string, string>;

/** Fields Go declares as int64 (the rest of the API's integers are int32). */
const INT64 = new Set(['activeDeadlineSeconds', 'terminationGracePeriodSeconds', 'deletionGracePeriodSeconds', 'generation', 'observedGeneration', 'runAsUser', 'runAsGroup', 'fsGroup', 'expirationSeconds', 'startingDeadlineSeconds', 'tolerationSeconds', 'count']);

export interface DecodeProblem {
  /** A type mismatch: decoding stops here, as Go's json package does. */
  typeError?: string;
  unknownFields: string[];
}

const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v);

function goType(field: string, s: FieldSchema): string {
  if (s.t === 'integer') return INT64.has(field) ? 'int64' : 'int32';
  if (s.t === 'boolean') return 'bool';
  if (s.t === 'array') return `[]${s.i ? goType(field, s.i) : 'interface {}'}`;
  if (s.t === 'map') return `map[string]${s.i ? goType(field, s.i) : 'interface {}'}`;
  if (s.t === 'ref') return `v1.${(s.$ ?? '').split('.').pop()}`;
  return 'string';
}

/** Whether a JSON value fits the schema's type at the top level (Go accepts null for anything). */
function fits(v: unknown, s: FieldSchema): boolean {
  const jt = jsonType(v);
  if (jt === 'null' || s.t === 'any' || s.t === 'object') return true;
  // resource.Quantity unmarshals from a JSON number too (`cpu: 1`, `memory: 0`).
  if (s.t === 'string') return jt === 'string' || (jt === 'number' && !!s.$?.endsWith('.Quantity'));
  if (s.t === 'integer') return jt === 'number' && Number.isInteger(v);
  if (s.t === 'boolean') return jt === 'boolean';
  if (s.t === 'int-or-string') return jt === 'string' || (jt === 'number' && Number.isInteger(v));
  if (s.t === 'array') return jt === 'array';
  return jt === 'object';
}

function walk(value: unknown, s: FieldSchema, path: string, struct: string, out: DecodeProblem): void {
  if (out.typeError || value === null || value === undefined) return;
  const field = path.replace(/\[\d+\]$/, '').split('.').pop() ?? path;
  if (!fits(value, s)) {
    const what = jsonType(value) === 'number' ? 'number' : jsonType(value);
    out.typeError = `json: cannot unmarshal ${what} into Go struct field ${struct}.${path} of type ${goType(field, s)}`;
    return;
  }
  if (s.t === 'array' && s.i) (value as unknown[]).forEach((v, i) => walk(v, s.i!, `${path}[${i}]`, struct, out));
  else if (s.t === 'map' && s.i) for (const [k, v] of Object.entries(value as object)) walk(v, s.i, `${path}.${k}`, struct, out);
  // A RawExtension (ControllerRevision.data) holds any JSON object.
  else if (s.t === 'ref' && s.$ && s.$ !== 'io.k8s.apimachinery.pkg.runtime.RawExtension' && definitions[s.$]) walkObject(value as Record<string, unknown>, s.$, path, out);
}

function walkObject(obj: Record<string, unknown>, def: string, path: string, out: DecodeProblem): void {
  const d = definitions[def];
  const struct = def.split('.').pop()!;
  for (const [k, v] of Object.entries(obj)) {
    const fieldPath = path ? `${path}.${k}` : k;
    const s = d.p[k];
    if (!s) out.unknownFields.push(fieldPath);
    else walk(v, s, fieldPath, struct, out);
  }
}

/** Problems decoding `obj` as its kind; undefined for kinds without a schema (custom resources). */
export function strictDecode(obj: KubeObject): DecodeProblem | undefined {
  const def = kinds[`${obj.apiVersion}/${obj.kind}`];
  if (!def) return undefined;
  const out: DecodeProblem = { unknownFields: [] };
  walkObject(obj as Record<string, unknown>, def, '', out);
  return out.typeError || out.unknownFields.length ? out : undefined;
}

/** The BadRequest message the API server answers with. */
export function decodeErrorMessage(obj: KubeObject, problem: DecodeProblem): string {
  const version = (obj.apiVersion ?? '').split('/').pop();
  const prefix = `${obj.kind} in version "${version}" cannot be handled as a ${obj.kind}: `;
  if (problem.typeError) return prefix + problem.typeError;
  return `${prefix}strict decoding error: ${problem.unknownFields.map((f) => `unknown field "${f}"`).join(', ')}`;
}

/** Drops the unknown fields the way decoding into Go structs does (fieldValidation Warn/Ignore). */
export function pruneUnknownFields(obj: KubeObject, unknownFields: string[]): void {
  for (const path of unknownFields) {
    const parts = path.split(/\.|(?=\[)/).map((p) => (p.startsWith('[') ? Number(p.slice(1, -1)) : p));
    let cur: unknown = obj;
    for (const p of parts.slice(0, -1)) cur = (cur as Record<string | number, unknown> | undefined)?.[p];
    if (cur && typeof cur === 'object') delete (cur as Record<string | number, unknown>)[parts[parts.length - 1]];
  }
}
