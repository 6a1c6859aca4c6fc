/**
 * The API server's conversion at the door: requests to a non-storage version (autoscaling/v1
 * HPAs) are converted to the stored version before the pipeline runs, and answers — objects,
 * lists, watch events — are converted back to the version the client asked for.
 */
import { clone } from '../../common/objects';
import * as errors from '../api/errors';
import { conversionFor, type VersionConversion } from '../api/conversion';
import { apiVersionOf, type ResourceInfo } from '../api/resources';
import type { KubeObject, ObjectList, Stored } from '../api/types';
import type { ClusterClient, ResourceRef, WriteOptions } from '../client/types';
import type { ApiServer } from './apiServer';
import { applyPatch } from './patch';

function decodeAs(info: ResourceInfo, conversion: VersionConversion, input: KubeObject): KubeObject {
  const apiVersion = apiVersionOf(info);
  if (input.apiVersion && input.apiVersion !== apiVersion) {
    throw errors.badRequest(`the API version in the data (${input.apiVersion}) does not match the expected API version (${apiVersion})`);
  }
  return conversion.toStorage({ ...clone(input), apiVersion, kind: info.kind });
}

export function withVersionConversion(api: ApiServer, inner: ClusterClient): ClusterClient {
  const lookup = (r: ResourceRef, namespace?: string) => {
    const info = api.target(r, namespace).info;
    const conversion = conversionFor(info);
    return conversion && { info, conversion, storage: conversion.storage as ResourceRef };
  };
  const out = <T extends object>(c: VersionConversion, o: Stored): Stored<T> => c.fromStorage(o) as Stored<T>;
  return {
    ...inner,
    get(r, name, opts = {}) {
      const v = lookup(r, opts.namespace);
      return v ? out(v.conversion, inner.get(v.storage, name, opts)) : inner.get(r, name, opts);
    },
    list(r, opts = {}) {
      const v = lookup(r, opts.namespace);
      if (!v) return inner.list(r, opts);
      const list = inner.list(v.storage, opts) as ObjectList;
      return { ...list, apiVersion: apiVersionOf(v.info), items: list.items.map((o) => out(v.conversion, o)) } as never;
    },
    create(r, obj, opts: WriteOptions = {}) {
      const v = lookup(r, opts.namespace);
      return v ? out(v.conversion, inner.create(v.storage, decodeAs(v.info, v.conversion, obj as KubeObject), opts)) : inner.create(r, obj, opts);
    },
    update(r, obj, opts: WriteOptions = {}) {
      const v = lookup(r, opts.namespace);
      return v ? out(v.conversion, inner.update(v.storage, decodeAs(v.info, v.conversion, obj as KubeObject), opts)) : inner.update(r, obj, opts);
    },
    patch(r, name, type, patch, opts: WriteOptions = {}) {
      const v = lookup(r, opts.namespace);
      if (!v) return inner.patch(r, name, type, patch, opts);
      const t = api.target(v.storage, opts.namespace);
      if (type === 'apply' && !api.store.get(t.key, t.namespace, name)) return out(v.conversion, inner.create(v.storage, decodeAs(v.info, v.conversion, patch as KubeObject), opts));
      // The patch is written against the client's version, so it applies to that view of the object.
      const current = v.conversion.fromStorage(inner.get(v.storage, name, opts));
      const patched = applyPatch(type === 'apply' ? 'strategic' : type, current, patch, v.info.kind) as KubeObject;
      return out(v.conversion, inner.update(v.storage, decodeAs(v.info, v.conversion, patched), opts));
    },
    delete(r, name, opts = {}) {
      const v = lookup(r, opts.namespace);
      return v ? out(v.conversion, inner.delete(v.storage, name, opts)) : inner.delete(r, name, opts);
    },
    watch(r, opts, onEvent) {
      const v = lookup(r, opts.namespace);
      if (!v) return inner.watch(r, opts, onEvent);
      return inner.watch(v.storage, opts, (e) => onEvent((e.type === 'BOOKMARK' || e.type === 'ERROR' ? e : { ...e, object: v.conversion.fromStorage(e.object) }) as never));
    },
  };
}
