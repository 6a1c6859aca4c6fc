/**
 * Validation errors with a field path, worded like k8s.io/apimachinery's field.Error so that
 * `kubectl` prints the same `spec.replicas: Invalid value: -1: must be greater than or equal to 0`.
 */
export type FieldErrorType =
  | 'FieldValueRequired'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueDuplicate'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'FieldValueNotFound';

export interface FieldError {
  type: FieldErrorType;
  field: string;
  badValue?: unknown;
  detail?: string;
}

export const required = (field: string, detail = ''): FieldError => ({ type: 'FieldValueRequired', field, detail });
export const invalid = (field: string, badValue: unknown, detail = ''): FieldError => ({ type: 'FieldValueInvalid', field, badValue, detail });
export const forbidden = (field: string, detail: string): FieldError => ({ type: 'FieldValueForbidden', field, detail });
export const duplicate = (field: string, badValue: unknown): FieldError => ({ type: 'FieldValueDuplicate', field, badValue });
export const notFound = (field: string, badValue: unknown): FieldError => ({ type: 'FieldValueNotFound', field, badValue });
export const tooLong = (field: string, badValue: unknown, max: number): FieldError => ({
  type: 'FieldValueTooLong',
  field,
  badValue,
  detail: `may not be more than ${max} bytes`,
});
export const notSupported = (field: string, badValue: unknown, supported: string[]): FieldError => ({
  type: 'FieldValueNotSupported',
  field,
  badValue,
  detail: supported.length ? `supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}` : '',
});

const typeText: Record<FieldErrorType, string> = {
  FieldValueRequired: 'Required value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  FieldValueNotFound: 'Not found',
};

/** Go's %#v-ish rendering of a bad value, as field.Error.ErrorBody prints it. */
function formatBadValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  // Validation passes Go-rendered values (`map[string]string{"app":"x"}`) through as goSyntax.
  if (typeof v === 'object' && typeof (v as { goSyntax?: unknown }).goSyntax === 'string') return (v as { goSyntax: string }).goSyntax;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[]${typeof v[0] === 'string' ? 'string' : 'interface {}'}{${v.map((x) => formatBadValue(x)).join(', ')}}`;
  return '"object"';
}

/** The part after the field path, e.g. `Invalid value: "Foo": a lowercase RFC 1123 label must …`. */
export function fieldErrorBody(e: FieldError): string {
  let s = typeText[e.type];
  const showValue = e.type === 'FieldValueInvalid' || e.type === 'FieldValueNotSupported' || e.type === 'FieldValueDuplicate' || e.type === 'FieldValueNotFound';
  if (showValue) s += `: ${formatBadValue(e.badValue)}`;
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

export function formatFieldError(e: FieldError): string {
  return `${e.field}: ${fieldErrorBody(e)}`;
}
