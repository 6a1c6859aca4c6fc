/**
 * How Go's fmt and text/template see the JSON values kubectl hands a go-template: printing
 * (`map[a:1 b:2]`, `[x y]`, `<no value>`), truth, and comparison.
 */
export class TemplateExecError extends Error {
  /** Set once the failing command is known: where it sits in the template and how it prints. */
  location?: { offset: number; source: string };
}

/** A missing map key: printed as `<no value>`, as text/template does for map[string]interface{}. */
export const NO_VALUE = Symbol('no value');

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** fmt.Sprint of a decoded JSON value. */
export function goPrint(v: unknown): string {
  if (v === NO_VALUE || v === undefined) return '<no value>';
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goNumber(v);
  if (v instanceof GoFloat) return goFloat(v.value);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goPrint).join(' ')}]`;
  if (isMap(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goPrint(v[k])}`).join(' ')}]`;
  return String(v);
}

/** A float constant written in a template (`1.5`, `1e6`), which Go prints as a float64. */
export class GoFloat {
  constructor(readonly value: number) {}
}

/** JSON integers are int64 (digits); other numbers float64. */
export function goNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : goFloat(n);
}

/** float64 under %v: shortest digits, exponent form below 1e-4 and from 1e6 (two exponent digits). */
export function goFloat(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return String(n).replace('Infinity', '+Inf');
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp >= -4 && exp < 6) return String(n);
  const [mantissa, e] = n.toExponential().split('e');
  const sign = e.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${e.replace(/^[-+]/, '').padStart(2, '0')}`;
}

/** text/template's truth: false, 0, nil, and empty strings, maps and slices are false. */
export function truthy(v: unknown): boolean {
  if (v === NO_VALUE || v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) return Object.keys(v).length > 0;
  return true;
}

/** A map field; a missing key stays `<no value>` down the chain, as kubectl's templates show. */
export function fieldOf(value: unknown, name: string): unknown {
  if (isMap(value)) return name in value ? value[name] : NO_VALUE;
  if (value === NO_VALUE || value === undefined) return NO_VALUE;
  if (value === null) throw new TemplateExecError(`nil pointer evaluating interface {}.${name}`);
  throw new TemplateExecError(`can't evaluate field ${name} in type interface {}`);
}

export function goType(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (v instanceof GoFloat) return 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

export { isMap };
