/** printController: `Kind/name` of the object's controller owner reference. */
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

export function controlledBy(meta: ObjectMeta | undefined): string {
  const ref = (meta?.ownerReferences ?? []).find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : '';
}
