/**
 * The `kubectl.kubernetes.io/last-applied-configuration` annotation: the manifest as applied,
 * serialized like Go's encoding/json does an unstructured object (see goJson) plus a trailing
 * newline, without the annotation itself.
 */
import type { KubeObject } from '../../sim';
import { goJson } from '../../../common/goJson';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

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
