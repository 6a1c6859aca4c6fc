/**
 * A patch that cannot be applied, worded like the Go libraries the API server uses
 * (gopkg.in/evanphx/json-patch.v4, k8s.io/apimachinery/pkg/util/strategicpatch).
 */

/**
 * How the API server answers it: `BadRequest` (400) for a patch body it cannot decode;
 * `Invalid` (422) for a JSON patch that does not apply — the server then says "the server
 * rejected our request due to an error in our request" and carries this message as the cause;
 * `InternalError` (500) for the strategic-merge errors the server does not interpret.
 */
export type PatchFailure = 'BadRequest' | 'Invalid' | 'InternalError';

export class PatchError extends Error {
  override name = 'PatchError';
  constructor(
    message: string,
    readonly failure: PatchFailure = 'InternalError',
  ) {
    super(message);
  }
}

export type JsonObject = Record<string, unknown>;

export const isJsonObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Go's `%v` of a decoded JSON value, which the Go messages embed (`map[image:nginx]`). */
export function goSprint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
  if (isJsonObject(v)) {
    const keys = Object.keys(v).sort();
    return `map[${keys.map((k) => `${k}:${goSprint(v[k])}`).join(' ')}]`;
  }
  return String(v);
}

/** What encoding/json says when a patch body has the wrong shape. */
export function cannotUnmarshal(v: unknown, into: string): PatchError {
  const kind = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v;
  return new PatchError(`json: cannot unmarshal ${kind} into Go value of type ${into}`, 'BadRequest');
}
