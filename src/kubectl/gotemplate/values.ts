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
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goPrint).join(' ')}]`;
  if (isMap(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goPrint(v[k])}`).join(' ')}]`;
  return String(v);
}

/** int64 prints as digits; float64 as %v (shortest, exponent from 1e21). */
export function goNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const s = String(n);
  return s.replace(/e\+?(-?)(\d)$/, 'e+$10$2').replace('e+-', 'e-');
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
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

export { isMap };
