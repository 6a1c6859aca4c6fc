/**
 * The one place kubectl reaches into the simulation. Until the public `src/sim/index.ts`
 * exists this re-exports from the files that define the pieces; switching is a one-line change.
 */
export type { ClusterClient, ResourceRef, ListOptions, WatchOptions, WriteOptions, DeleteOptions, LogOptions, PatchType, PropagationPolicy } from '../sim/client/types';
export type { KubeObject, ObjectList, Stored, WatchEvent, Status, StatusCause, ObjectMeta, OwnerReference } from '../sim/api/types';
export { ApiError, isApiError } from '../sim/api/errors';
export type { ResourceInfo } from '../sim/api/resources';
export { BUILTIN_RESOURCES, resolveResource, findByKind, apiVersionOf, resourceKey } from '../sim/api/resources';
