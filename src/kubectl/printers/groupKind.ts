/** GroupKind strings as kubectl prints them: `Deployment.apps`, `Pod`. */

export interface TypeMeta {
  apiVersion?: string;
  kind?: string;
}

/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → `` (core). */
export function groupOf(apiVersion: string | undefined): string {
  const slash = (apiVersion ?? '').indexOf('/');
  return slash < 0 ? '' : apiVersion!.slice(0, slash);
}

/** schema.GroupKind.String(): `Kind.group`, or `Kind` in the core group. */
export function groupKindOf(obj: TypeMeta): string {
  const group = groupOf(obj.apiVersion);
  const kind = obj.kind ?? '';
  return group ? `${kind}.${group}` : kind;
}
