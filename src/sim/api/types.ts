/**
 * Object shapes. Typed objects come from `kubernetes-types` (the real API's generated types);
 * the simulation handles any kind through `KubeObject`, which only promises what every stored
 * object has.
 */
import type { ObjectMeta, OwnerReference, Status, StatusCause } from 'kubernetes-types/meta/v1';

export type { ObjectMeta, OwnerReference, Status, StatusCause };

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  // Kinds differ in their other fields (spec, status, data …); callers narrow with the typed shapes.
  [field: string]: unknown;
}

/** What the store returns: metadata is always filled in. */
export type Stored<T extends object = KubeObject> = T & {
  metadata: ObjectMeta & { name: string; uid: string; resourceVersion: string; creationTimestamp: string };
};

export interface ObjectList<T extends object = KubeObject> {
  apiVersion: string;
  kind: string;
  metadata: { resourceVersion: string };
  items: Stored<T>[];
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

export interface WatchEvent<T extends object = KubeObject> {
  type: WatchEventType;
  object: Stored<T>;
}

/** Group + version + plural resource, the address of a collection in the REST API. */
export interface GroupVersionResource {
  group: string;
  version: string;
  resource: string;
}

/** kubernetes-types marks fields readonly; the server side fills them in on its private copies. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Anything an Event can be about. */
export interface Referenceable {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
}
