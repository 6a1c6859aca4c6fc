/**
 * The `kubectl.kubernetes.io/last-applied-configuration` annotation: the manifest as applied,
 * serialized like Go's encoding/json does an unstructured object (sorted keys, compact, HTML
 * characters escaped, trailing newline), without the annotation itself.
 */
import type { KubeObject } from '../../sim';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
  return out;
}

/** Go's json.Marshal escaping on top of JSON.stringify. */
export function goJson(v: unknown): string {
  return JSON.stringify(sortKeys(v))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The object without the annotation (annotations left as `{}` when it was the only one). */
export function withoutLastApplied(obj: KubeObject): KubeObject {
  const annotations = { ...(obj.metadata?.annotations ?? {}) };
  delete annotations[LAST_APPLIED_ANNOTATION];
  return { ...obj, metadata: { ...obj.metadata, annotations } };
}

/** util.GetModifiedConfiguration with annotate: the object to send, carrying its own JSON. */
export function withLastApplied(obj: KubeObject): { modified: KubeObject; applied: string } {
  const bare = withoutLastApplied(obj);
  const applied = `${goJson(bare)}\n`;
  const annotations = { ...bare.metadata?.annotations, [LAST_APPLIED_ANNOTATION]: applied };
  return { modified: { ...bare, metadata: { ...bare.metadata, annotations } }, applied };
}
