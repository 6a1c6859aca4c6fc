/**
 * Kubernetes JSON Schemas for the editor, derived from the compact schema the API server decodes
 * with (generated from kubernetes-types by `npm run gen:schema`): one schema per kind, holding
 * only the definitions that kind reaches. Unknown fields are errors (`additionalProperties:
 * false`, as the API server's strict decoding rejects them), required fields are listed, and
 * descriptions feed hovers and completion.
 */

/** The compact form: `definitions[name] = { d, p: { field: { t, d, r?, $?, i? } } }`. */
export interface CompactField {
  t: string;
  d?: string;
  r?: 1;
  $?: string;
  i?: CompactField;
}
export interface CompactSchema {
  definitions: Record<string, { d?: string; p?: Record<string, CompactField> }>;
  /** `apps/v1/Deployment` → definition name. */
  kinds: Record<string, string>;
}

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  definitions?: Record<string, JsonSchema>;
}

/** Quantities (`cpu: 1`, `memory: 64Mi`) are strings on the wire, but YAML users write numbers too. */
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

const refTo = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` });

function fieldSchema(f: CompactField, reach: (name: string) => void): JsonSchema {
  const described = (s: JsonSchema): JsonSchema => (f.d ? { ...s, description: f.d } : s);
  switch (f.t) {
    case 'ref':
      reach(f.$!);
      // The YAML language service merges a $ref's siblings, so the field's own words win in hovers.
      return described(refTo(f.$!));
    case 'array':
      return described({ type: 'array', items: f.i ? fieldSchema(f.i, reach) : {} });
    case 'map':
      return described({ type: 'object', additionalProperties: f.i ? fieldSchema(f.i, reach) : {} });
    case 'int-or-string':
      return described({ type: ['integer', 'string'] });
    case 'string':
      return described({ type: f.$ === QUANTITY ? ['string', 'number'] : 'string' });
    case 'integer':
    case 'number':
    case 'boolean':
      return described({ type: f.t });
    default:
      // `any`: free-form (e.g. CRD validation schemas, raw extensions).
      return described({});
  }
}

function definitionSchema(def: CompactSchema['definitions'][string], reach: (name: string) => void): JsonSchema {
  if (!def.p) return def.d ? { description: def.d } : {};
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [name, f] of Object.entries(def.p)) {
    properties[name] = fieldSchema(f, reach);
    if (f.r) required.push(name);
  }
  return { type: 'object', ...(def.d ? { description: def.d } : {}), properties, additionalProperties: false, ...(required.length ? { required } : {}) };
}

/** `apps/v1` + `Deployment` → `apps/v1/Deployment`; core kinds are `v1/Pod`. */
export const kindKey = (apiVersion: string, kind: string) => `${apiVersion}/${kind}`;

/** The JSON Schema of one kind, or undefined when the kind is unknown. */
export function kindSchema(compact: CompactSchema, apiVersion: string, kind: string): JsonSchema | undefined {
  const root = compact.kinds[kindKey(apiVersion, kind)];
  if (!root) return undefined;
  const definitions: Record<string, JsonSchema> = {};
  const pending = [root];
  const reach = (name: string) => {
    if (!(name in definitions) && !pending.includes(name)) pending.push(name);
  };
  while (pending.length) {
    const name = pending.pop()!;
    const def = compact.definitions[name];
    definitions[name] = def ? definitionSchema(def, reach) : {};
  }
  // apiVersion and kind pick this schema; pin them so a typo there is marked too.
  const top = definitions[root];
  if (top.properties?.apiVersion) top.properties.apiVersion = { ...top.properties.apiVersion, enum: [apiVersion] };
  if (top.properties?.kind) top.properties.kind = { ...top.properties.kind, enum: [kind] };
  top.required = [...new Set(['apiVersion', 'kind', ...(top.required ?? [])])];
  return { ...refTo(root), definitions };
}

/** A schema for documents whose kind is not (yet) known: suggests every apiVersion and kind. */
export function pickKindSchema(compact: CompactSchema): JsonSchema {
  const keys = Object.keys(compact.kinds);
  const apiVersions = [...new Set(keys.map((k) => k.slice(0, k.lastIndexOf('/'))))].sort();
  const kinds = [...new Set(keys.map((k) => k.slice(k.lastIndexOf('/') + 1)))].sort();
  return {
    type: 'object',
    properties: {
      apiVersion: { type: 'string', enum: apiVersions, description: 'The API group and version of the object, e.g. apps/v1 or v1.' },
      kind: { type: 'string', enum: kinds, description: 'The kind of object, e.g. Deployment, Service, Pod.' },
    },
    required: ['apiVersion', 'kind'],
  };
}

/** The first document's top-level `apiVersion` and `kind`, read without a YAML parser (runs per keystroke). */
export function documentKind(text: string): { apiVersion: string; kind: string } | undefined {
  const firstDoc = text.split(/^---\s*$/m).find((d) => d.trim() !== '') ?? '';
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*["']?([^"'#\\s]+)`, 'm').exec(firstDoc)?.[1];
  const apiVersion = field('apiVersion');
  const kind = field('kind');
  return apiVersion && kind ? { apiVersion, kind } : undefined;
}
