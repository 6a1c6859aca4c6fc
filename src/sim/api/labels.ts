/**
 * Label selectors as k8s.io/apimachinery/pkg/labels parses, prints and matches them, so that
 * `-l 'app in (web,api),!canary'` behaves, fails and echoes exactly like on a real API server.
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';

/** selection.Operator values, spelled as apimachinery spells them. */
export type SelectorOperator = '=' | '==' | '!=' | 'in' | 'notin' | 'exists' | '!' | 'gt' | 'lt';

export interface Requirement {
  readonly key: string;
  readonly operator: SelectorOperator;
  readonly values: readonly string[];
}

export interface LabelSelectorParsed {
  /** Sorted by key, as labels.Parse and Selector.Add leave them. */
  readonly requirements: readonly Requirement[];
  /** labels.Nothing(): what a nil metav1.LabelSelector converts to; matches no object. */
  readonly nothing?: boolean;
}

export const EVERYTHING: LabelSelectorParsed = { requirements: [] };
export const NOTHING: LabelSelectorParsed = { requirements: [], nothing: true };

// ---- validation of keys and values (k8s.io/apimachinery/pkg/util/validation wording) ----

const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_NAME_RE = new RegExp(`^${QUALIFIED_NAME_FMT}$`);
const LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;
const LABEL_VALUE_RE = new RegExp(`^${LABEL_VALUE_FMT}$`);
const DNS1123_SUBDOMAIN_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*';
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);

/** validation.RegexError: the examples really are joined with two spaces before "or". */
function regexError(msg: string, fmt: string, ...examples: string[]): string {
  const eg = examples.map((e) => `'${e}', `).join(' or ');
  return `${msg} (e.g. ${eg}regex used for validation is '${fmt}')`;
}

const QUALIFIED_NAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

function qualifiedNameErrors(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  if (parts.length > 2) {
    return [
      `a qualified name ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  const name = parts[parts.length - 1];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === '') errs.push('prefix part must be non-empty');
    else {
      if (prefix.length > 253) errs.push('prefix part must be no more than 253 characters');
      if (!DNS1123_SUBDOMAIN_RE.test(prefix)) {
        const msg =
          "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
        errs.push(`prefix part ${regexError(msg, DNS1123_SUBDOMAIN_FMT, 'example.com')}`);
      }
    }
  }
  if (name === '') errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push('name part must be no more than 63 characters');
  if (!QUALIFIED_NAME_RE.test(name)) errs.push(`name part ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

function labelValueErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push('must be no more than 63 characters');
  if (!LABEL_VALUE_RE.test(value)) {
    const msg = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    errs.push(regexError(msg, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  }
  return errs;
}

/** field.Invalid(...).Error() for a string or []string bad value. */
function invalidField(path: string, value: string | readonly string[], detail: string): string {
  const shown = typeof value === 'string' ? JSON.stringify(value) : `[]string{${value.map((v) => JSON.stringify(v)).join(', ')}}`;
  return `${path}: Invalid value: ${shown}: ${detail}`;
}

function keyError(key: string, path: string): string | undefined {
  const errs = qualifiedNameErrors(key);
  return errs.length ? invalidField(path, key, errs.join('; ')) : undefined;
}

const isInteger = (s: string) => /^[+-]?\d+$/.test(s) && BigInt(s) <= 2n ** 63n - 1n && BigInt(s) >= -(2n ** 63n);

/** labels.NewRequirement: every rule checked, failures aggregated the way utilerrors prints them. */
export function newRequirement(key: string, operator: SelectorOperator, values: readonly string[]): Requirement {
  const errs: string[] = [];
  const ke = keyError(key, 'key');
  if (ke) errs.push(ke);
  switch (operator) {
    case 'in':
    case 'notin':
      if (values.length === 0) errs.push(invalidField('values', values, "for 'in', 'notin' operators, values set can't be empty"));
      break;
    case '=':
    case '==':
    case '!=':
      if (values.length !== 1) errs.push(invalidField('values', values, 'exact-match compatibility requires one single value'));
      break;
    case 'exists':
    case '!':
      if (values.length !== 0) errs.push(invalidField('values', values, 'values set must be empty for exists and does not exist'));
      break;
    case 'gt':
    case 'lt':
      if (values.length !== 1) errs.push(invalidField('values', values, "for 'Gt', 'Lt' operators, exactly one value is required"));
      values.forEach((v, i) => {
        if (!isInteger(v)) errs.push(invalidField(`values[${i}]`, v, "for 'Gt', 'Lt' operators, the value must be an integer"));
      });
      break;
  }
  values.forEach((v, i) => {
    const ve = labelValueErrors(v);
    if (ve.length) errs.push(invalidField(`values[${i}][${key}]`, v, ve.join('; ')));
  });
  if (errs.length === 1) throw new Error(errs[0]);
  if (errs.length > 1) throw new Error(`[${errs.join(', ')}]`);
  return { key, operator, values: [...values] };
}

const byKey = (a: Requirement, b: Requirement) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

// ---- the lexer and parser of labels.Parse ----

type Token = 'eos' | ')' | ',' | '!' | '==' | '=' | '>' | 'id' | 'in' | '<' | '!=' | 'notin' | '(';
interface Scanned {
  tok: Token;
  lit: string;
}

const KEYWORDS = new Map<string, Token>([')', ',', '!', '==', '=', '>', 'in', '<', '!=', 'notin', '('].map((t) => [t, t as Token]));
const isWhitespace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isSpecial = (c: string) => '=!(),><'.includes(c);

function lex(s: string): Scanned[] {
  const out: Scanned[] = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && isWhitespace(s[pos])) pos++;
    if (pos >= s.length) {
      out.push({ tok: 'eos', lit: '' });
      return out;
    }
    if (isSpecial(s[pos])) {
      // Longest run of symbols that is still an operator, as scanSpecialSymbol reads it.
      let buffer = '';
      let last: Scanned | undefined;
      while (pos < s.length && isSpecial(s[pos])) {
        buffer += s[pos];
        const t = KEYWORDS.get(buffer);
        if (t) last = { tok: t, lit: buffer };
        else if (last) break;
        pos++;
      }
      // Every single symbol is an operator, so a run always yields at least its first one.
      out.push(last as Scanned);
      continue;
    }
    let word = '';
    while (pos < s.length && !isSpecial(s[pos]) && !isWhitespace(s[pos])) word += s[pos++];
    out.push({ tok: KEYWORDS.get(word) ?? 'id', lit: word });
  }
}

class Parser {
  private pos = 0;
  constructor(private readonly items: Scanned[]) {}

  /** In value position `in` and `notin` are plain identifiers (`x in (in)`). */
  lookahead(values = true): Scanned {
    const it = this.items[this.pos];
    return values && (it.tok === 'in' || it.tok === 'notin') ? { tok: 'id', lit: it.lit } : it;
  }

  consume(values = true): Scanned {
    const it = this.lookahead(values);
    this.pos++;
    return it;
  }

  parse(): Requirement[] {
    const reqs: Requirement[] = [];
    for (;;) {
      const { tok, lit } = this.lookahead();
      if (tok === 'eos') return reqs;
      if (tok !== 'id' && tok !== '!') throw new Error(`found '${lit}', expected: !, identifier, or 'end of string'`);
      try {
        reqs.push(this.parseRequirement());
      } catch (e) {
        throw new Error(`unable to parse requirement: ${(e as Error).message}`, { cause: e });
      }
      const next = this.consume();
      if (next.tok === 'eos') return reqs;
      if (next.tok !== ',') throw new Error(`found '${next.lit}', expected: ',' or 'end of string'`);
      const after = this.lookahead();
      if (after.tok !== 'id' && after.tok !== '!') throw new Error(`found '${after.lit}', expected: identifier after ','`);
    }
  }

  private parseRequirement(): Requirement {
    let doesNotExist = false;
    let { tok, lit } = this.consume();
    if (tok === '!') {
      doesNotExist = true;
      ({ tok, lit } = this.consume());
    }
    if (tok !== 'id') throw new Error(`found '${lit}', expected: identifier`);
    // Parse passes a nil field path here, which field.Error prints as "<nil>".
    const ke = keyError(lit, '<nil>');
    if (ke) throw new Error(ke);
    const key = lit;
    // `!key` never takes an operator: whatever follows is the caller's problem (`expected: ','`).
    if (doesNotExist) return newRequirement(key, '!', []);
    const ahead = this.lookahead().tok;
    if (ahead === 'eos' || ahead === ',') return newRequirement(key, 'exists', []);
    const op = this.parseOperator();
    const values = op === 'in' || op === 'notin' ? this.parseValues() : this.parseExactValue();
    return newRequirement(key, op, [...values].sort());
  }

  private parseOperator(): SelectorOperator {
    const { tok, lit } = this.consume(false);
    const ops: Partial<Record<Token, SelectorOperator>> = { in: 'in', '=': '=', '==': '==', '>': 'gt', '<': 'lt', notin: 'notin', '!=': '!=' };
    const op = ops[tok];
    if (!op) throw new Error(`found '${lit}', expected: ${BINARY_OPERATORS}`);
    return op;
  }

  private parseValues(): Set<string> {
    const open = this.consume();
    if (open.tok !== '(') throw new Error(`found '${open.lit}' expected: '('`);
    const first = this.lookahead();
    if (first.tok === ')') {
      this.consume();
      return new Set(['']);
    }
    if (first.tok !== 'id' && first.tok !== ',') throw new Error(`found '${first.lit}', expected: ',', ')' or identifier`);
    const values = this.parseIdentifiersList();
    if (this.consume().tok !== ')') throw new Error(`found '${first.lit}', expected: ')'`);
    return values;
  }

  /** Empty entries (`(,a)`, `(a,,b)`) stand for the empty value, as in apimachinery. */
  private parseIdentifiersList(): Set<string> {
    const values = new Set<string>();
    for (;;) {
      const { tok, lit } = this.consume();
      if (tok === 'id') {
        values.add(lit);
        const next = this.lookahead();
        if (next.tok === ',') continue;
        if (next.tok === ')') return values;
        throw new Error(`found '${next.lit}', expected: ',' or ')'`);
      }
      if (tok !== ',') throw new Error(`found '${lit}', expected: ',', or identifier`);
      if (values.size === 0) values.add('');
      const next = this.lookahead().tok;
      if (next === ')') {
        values.add('');
        return values;
      }
      if (next === ',') {
        this.consume();
        values.add('');
      }
    }
  }

  private parseExactValue(): Set<string> {
    const ahead = this.lookahead().tok;
    if (ahead === 'eos' || ahead === ',') return new Set(['']);
    const { tok, lit } = this.consume();
    if (tok === 'id') return new Set([lit]);
    throw new Error(`found '${lit}', expected: identifier`);
  }
}

const BINARY_OPERATORS = ['in', 'notin', '=', '==', '!=', 'gt', 'lt'].join(', ');

/** labels.Parse. Throws with apimachinery's message on bad input; '' selects everything. */
export function parseSelector(s: string): LabelSelectorParsed {
  const reqs = new Parser(lex(s)).parse();
  return { requirements: reqs.sort(byKey) };
}

/**
 * metav1.LabelSelectorAsSelector: undefined selects nothing, an empty selector everything.
 * Throws for invalid keys, values or operators, like the Go function returns an error.
 */
export function selectorFromLabelSelector(ls: LabelSelector | null | undefined): LabelSelectorParsed {
  if (!ls) return NOTHING;
  const labels = Object.entries(ls.matchLabels ?? {});
  const exprs = ls.matchExpressions ?? [];
  if (labels.length + exprs.length === 0) return EVERYTHING;
  const reqs = labels.map(([k, v]) => newRequirement(k, '=', [v]));
  const ops: Record<string, SelectorOperator> = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' };
  for (const e of exprs) {
    const op = Object.hasOwn(ops, e.operator) ? ops[e.operator] : undefined;
    if (!op) throw new Error(`${JSON.stringify(e.operator)} is not a valid label selector operator`);
    reqs.push(newRequirement(e.key, op, e.values ?? []));
  }
  return { requirements: reqs.sort(byKey) };
}

/** labels.SelectorFromSet: the selector a Service or a ReplicationController's map makes. */
export function selectorFromSet(set: Record<string, string> | undefined): LabelSelectorParsed {
  const reqs = Object.entries(set ?? {}).map(([key, v]): Requirement => ({ key, operator: '=', values: [v] }));
  return { requirements: reqs.sort(byKey) };
}

function requirementMatches(r: Requirement, labels: Record<string, string>): boolean {
  const has = Object.hasOwn(labels, r.key);
  const value = has ? labels[r.key] : '';
  switch (r.operator) {
    case 'in':
    case '=':
    case '==':
      return has && r.values.includes(value);
    case 'notin':
    case '!=':
      return !has || !r.values.includes(value);
    case 'exists':
      return has;
    case '!':
      return !has;
    case 'gt':
    case 'lt': {
      if (!has || !isInteger(value) || r.values.length !== 1 || !isInteger(r.values[0])) return false;
      const [l, v] = [BigInt(value), BigInt(r.values[0])];
      return r.operator === 'gt' ? l > v : l < v;
    }
  }
}

export function matches(sel: LabelSelectorParsed, labels: Record<string, string> | undefined): boolean {
  if (sel.nothing) return false;
  const ls = labels ?? {};
  return sel.requirements.every((r) => requirementMatches(r, ls));
}

export function isEverything(sel: LabelSelectorParsed): boolean {
  return !sel.nothing && sel.requirements.length === 0;
}

const OPERATOR_TEXT: Record<SelectorOperator, string> = { '=': '=', '==': '==', '!=': '!=', in: ' in ', notin: ' notin ', gt: '>', lt: '<', exists: '', '!': '' };

function requirementToString(r: Requirement): string {
  const prefix = r.operator === '!' ? '!' : '';
  if (r.operator === 'exists' || r.operator === '!') return `${prefix}${r.key}`;
  const values = r.values.length === 1 ? r.values[0] : [...r.values].sort().join(',');
  const shown = r.operator === 'in' || r.operator === 'notin' ? `(${values})` : values;
  return `${r.key}${OPERATOR_TEXT[r.operator]}${shown}`;
}

/** Selector.String(): requirements in key order, `in` values sorted; '' for everything and nothing. */
export function selectorToString(sel: LabelSelectorParsed): string {
  return sel.nothing ? '' : sel.requirements.map(requirementToString).join(',');
}

/** LabelSelectorAsSelector(ls).String(): `app=web,tier in (a,b)`; what a Scale's status.selector holds. */
export function labelSelectorAsString(ls: LabelSelector | null | undefined): string {
  return selectorToString(selectorFromLabelSelector(ls));
}

/** metav1.FormatLabelSelector, what `kubectl describe` prints after `Selector:`. */
export function formatLabelSelector(ls: LabelSelector | null | undefined): string {
  try {
    return labelSelectorAsString(ls) || '<none>';
  } catch {
    return '<error>';
  }
}

/** Selector.RequiresExactMatch: the one value `key=v` / `key in (v)` pins, if any. */
export function requiresExactMatch(sel: LabelSelectorParsed, key: string): string | undefined {
  const r = sel.requirements.find((x) => x.key === key);
  if (!r || r.values.length !== 1) return undefined;
  return r.operator === '=' || r.operator === '==' || r.operator === 'in' ? r.values[0] : undefined;
}
