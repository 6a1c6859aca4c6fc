/**
 * Field selectors as k8s.io/apimachinery/pkg/fields parses them, and the field labels each
 * resource supports, with the values its registry strategy exposes (`*ToSelectableFields`).
 * Only the fields the real API server indexes can be selected; anything else is refused with
 * the server's own words.
 */

export interface FieldRequirement {
  readonly field: string;
  /** `==` parses to `=`, as fields.ParseSelector makes both a hasTerm. */
  readonly operator: '=' | '!=';
  readonly value: string;
}

export interface FieldSelectorParsed {
  readonly requirements: readonly FieldRequirement[];
}

/** Splits on commas not escaped by a backslash (fields.splitTerms). */
function splitTerms(s: string): string[] {
  if (s === '') return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inSlash) inSlash = false;
    else if (c === '\\') inSlash = true;
    else if (c === ',') {
      terms.push(s.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(s.slice(start));
  return terms;
}

/** The first operator found scanning left to right wins; `!=` before `==` before `=`. */
function splitTerm(term: string): { lhs: string; op: string; rhs: string } | undefined {
  for (let i = 0; i < term.length; i++) {
    for (const op of ['!=', '==', '=']) {
      if (term.startsWith(op, i)) return { lhs: term.slice(0, i), op, rhs: term.slice(i + op.length) };
    }
  }
  return undefined;
}

function unescapeValue(s: string): string {
  let out = '';
  let inSlash = false;
  for (const c of s) {
    if (inSlash) {
      if (c !== '\\' && c !== ',' && c !== '=') throw new Error(`invalid field selector: invalid escape sequence: \\${c}`);
      out += c;
      inSlash = false;
    } else if (c === '\\') inSlash = true;
    else if (c === ',' || c === '=') {
      // Go formats the rune with %v, which prints its code point.
      throw new Error(`invalid field selector: unescaped character in value: ${c.codePointAt(0)}`);
    } else out += c;
  }
  if (inSlash) throw new Error('invalid field selector: invalid escape sequence: \\');
  return out;
}

const escapeValue = (v: string) => v.replace(/[\\,=]/g, (c) => `\\${c}`);

/** fields.ParseSelector: terms sorted, empty terms skipped; '' selects everything. */
export function parseFieldSelector(s: string): FieldSelectorParsed {
  const parts = splitTerms(s).sort();
  const requirements: FieldRequirement[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const t = splitTerm(part);
    if (!t) throw new Error(`invalid selector: '${s}'; can't understand '${part}'`);
    requirements.push({ field: t.lhs, operator: t.op === '!=' ? '!=' : '=', value: unescapeValue(t.rhs) });
  }
  return { requirements };
}

export function fieldSelectorToString(sel: FieldSelectorParsed): string {
  return sel.requirements.map((r) => `${r.field}${r.operator}${escapeValue(r.value)}`).join(',');
}

// ---- selectable fields per resource ----

type Obj = Record<string, unknown>;
type FieldGetter = (o: Obj) => string;

const at = (o: unknown, ...path: string[]): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Obj)[k] : undefined), o);
const str = (...path: string[]): FieldGetter => (o) => {
  const v = at(o, ...path);
  return v === undefined || v === null ? '' : String(v);
};
const bool = (...path: string[]): FieldGetter => (o) => String(at(o, ...path) === true);
const int = (...path: string[]): FieldGetter => (o) => String(at(o, ...path) ?? 0);

const META: Record<string, FieldGetter> = { 'metadata.name': str('metadata', 'name'), 'metadata.namespace': str('metadata', 'namespace') };

interface FieldLabels {
  fields: Record<string, FieldGetter>;
  /** Kinds with their own conversion func say `field label not supported`; the rest use the default's wording. */
  custom: boolean;
}

const custom = (fields: Record<string, FieldGetter>): FieldLabels => ({ fields, custom: true });

const involved = (f: string) => str('involvedObject', f);

/** Keyed by resourceKey (`pods`, `replicasets.apps`), as in pkg/apis/<group>/<version>/conversion.go. */
const FIELD_LABELS: Record<string, FieldLabels> = {
  pods: custom({
    ...META,
    'spec.nodeName': str('spec', 'nodeName'),
    // Old v1 clients say spec.host; the conversion func maps it onto spec.nodeName.
    'spec.host': str('spec', 'nodeName'),
    'spec.restartPolicy': str('spec', 'restartPolicy'),
    'spec.schedulerName': str('spec', 'schedulerName'),
    'spec.serviceAccountName': str('spec', 'serviceAccountName'),
    'spec.hostNetwork': bool('spec', 'hostNetwork'),
    'status.phase': str('status', 'phase'),
    'status.podIP': (o) => str('ip')((at(o, 'status', 'podIPs') as Obj[] | undefined)?.[0] ?? {}) || str('status', 'podIP')(o),
    // Accepted by the conversion func but absent from the pod's selectable fields: reads as ''.
    'status.podIPs': () => '',
    'status.nominatedNodeName': str('status', 'nominatedNodeName'),
  }),
  nodes: custom({ 'metadata.name': str('metadata', 'name'), 'spec.unschedulable': bool('spec', 'unschedulable') }),
  namespaces: custom({ 'metadata.name': str('metadata', 'name'), 'status.phase': str('status', 'phase') }),
  secrets: custom({ ...META, type: str('type') }),
  services: custom({ ...META, 'spec.clusterIP': str('spec', 'clusterIP'), 'spec.type': str('spec', 'type') }),
  replicationcontrollers: custom({ ...META, 'status.replicas': int('status', 'replicas') }),
  'replicasets.apps': custom({ ...META, 'status.replicas': int('status', 'replicas') }),
  'jobs.batch': custom({ ...META, 'status.successful': int('status', 'succeeded') }),
  events: custom({
    ...META,
    'involvedObject.kind': involved('kind'),
    'involvedObject.namespace': involved('namespace'),
    'involvedObject.name': involved('name'),
    'involvedObject.uid': involved('uid'),
    'involvedObject.apiVersion': involved('apiVersion'),
    'involvedObject.resourceVersion': involved('resourceVersion'),
    'involvedObject.fieldPath': involved('fieldPath'),
    reason: str('reason'),
    reportingComponent: str('reportingComponent'),
    source: (o) => str('source', 'component')(o) || str('reportingComponent')(o),
    type: str('type'),
  }),
};

const DEFAULT_LABELS: FieldLabels = { fields: META, custom: false };

const labelsOf = (resourceKey: string) => (Object.hasOwn(FIELD_LABELS, resourceKey) ? FIELD_LABELS[resourceKey] : DEFAULT_LABELS);

/** The field labels `--field-selector` accepts for a resource, for help texts and tests. */
export function supportedFieldLabels(resourceKey: string): string[] {
  return Object.keys(labelsOf(resourceKey).fields);
}

function getter(resourceKey: string, field: string): FieldGetter {
  const labels = labelsOf(resourceKey);
  if (Object.hasOwn(labels.fields, field)) return labels.fields[field];
  if (labels.custom) throw new Error(`field label not supported: ${field}`);
  throw new Error(`"${field}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
}

/** Throws the API server's message when a field label is not supported for the resource. */
export function validateFieldSelector(sel: FieldSelectorParsed, resourceKey: string): void {
  for (const r of sel.requirements) getter(resourceKey, r.field);
}

/** Throws like validateFieldSelector for an unsupported label; a missing field reads as ''. */
export function fieldSelectorMatches(sel: FieldSelectorParsed, obj: object, resourceKey: string): boolean {
  return sel.requirements.every((r) => {
    const actual = getter(resourceKey, r.field)(obj as Obj);
    return r.operator === '=' ? actual === r.value : actual !== r.value;
  });
}

/** The node a selector pins with `spec.nodeName=X`, so the store can serve kubelet watches from its index. */
export function nodeNameFromFieldSelector(sel: FieldSelectorParsed): string | undefined {
  return sel.requirements.find((r) => r.field === 'spec.nodeName' && r.operator === '=')?.value;
}
