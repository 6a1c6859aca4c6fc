/**
 * The in-process ClusterClient: every component's requests go straight into the API server's
 * pipeline, the way kube-apiserver's loopback client serves its own controllers.
 */
import { clone } from '../../common/objects';
import * as errors from '../api/errors';
import type { KubeObject, Stored } from '../api/types';
import type { ClusterClient, DeleteOptions, ExecOptions, LogOptions, NodeServer, PatchType, ResourceRef, WriteOptions } from '../client/types';
import type { ApiServer, Target } from './apiServer';
import { deleteObject } from './deletion';
import { updateEphemeralContainers } from './ephemeralContainers';
import { applyPatch, PatchError } from './patch';
import { createSubresource, execInPod, getScale, readLogs } from './subresources';
import { strategyFor } from './registry';
import { decodeErrorMessage, pruneUnknownFields, strictDecode } from './strictDecoding';
import { withVersionConversion } from './versionConversion';

export function createLoopbackClient(api: ApiServer): ClusterClient {
  const nodeServers = new Map<string, NodeServer>();
  const target = (r: ResourceRef, namespace?: string): Target => api.target(r, namespace);

  function patchObject(r: ResourceRef, name: string, type: PatchType, patch: unknown, opts: WriteOptions = {}): Stored {
    const t = target(r, opts.namespace);
    if (type === 'apply' && !api.store.get(t.key, t.namespace, name)) return api.create(t, patch as KubeObject, opts);
    const mergeType = type === 'apply' ? 'strategic' : type;
    const existing = api.get(t, name);
    if (opts.subresource === 'scale') {
      const scale = applyOrFail(mergeType, getScale(api, t, name), patch, 'Scale');
      const next = clone(existing) as KubeObject;
      strategyFor(t.key).scale!.setReplicas(next, (scale.spec as { replicas?: number } | undefined)?.replicas ?? 0);
      return api.commitUpdate(t, existing, next, opts);
    }
    const patched = applyOrFail(mergeType, existing, patch, t.info.kind);
    const problem = opts.fieldValidation ? strictDecode(patched) : undefined;
    if (problem && (opts.fieldValidation === 'Strict' || problem.typeError)) throw errors.badRequest(decodeErrorMessage(patched, problem));
    if (problem) pruneUnknownFields(patched, problem.unknownFields);
    const rv = patched.metadata?.resourceVersion;
    if (rv && rv !== existing.metadata.resourceVersion) throw errors.conflict(t.info, name, errors.STALE_OBJECT);
    if (opts.subresource === 'status') return api.update(t, { ...clone(existing), status: patched.status } as KubeObject, opts);
    if (opts.subresource === 'ephemeralcontainers') return updateEphemeralContainers(api, t, existing, patched, opts);
    if (opts.subresource === 'approval') return api.update(t, { ...patched, metadata: { ...patched.metadata, name } } as KubeObject, opts);
    if (opts.subresource) throw errors.notFound(t.info, name);
    const strategy = strategyFor(t.key);
    if (strategy.hasStatus) patched.status = clone(existing.status);
    patched.metadata = { ...patched.metadata, name, resourceVersion: existing.metadata.resourceVersion };
    return api.commitUpdate(t, existing, patched, opts);
  }

  const client: ClusterClient = {
    get<T extends object>(r: ResourceRef, name: string, opts: { namespace?: string; subresource?: string } = {}) {
      const t = target(r, opts.namespace);
      if (opts.subresource === 'scale') return getScale(api, t, name) as Stored<T>;
      return api.get(t, name) as Stored<T>;
    },
    list(r, opts = {}) {
      return api.list(target(r, opts.namespace), opts) as never;
    },
    create<T extends object>(r: ResourceRef, obj: T, opts: WriteOptions = {}) {
      return api.create(target(r, opts.namespace), obj as KubeObject, opts) as Stored<T>;
    },
    update<T extends object>(r: ResourceRef, obj: T, opts: WriteOptions = {}) {
      return api.update(target(r, opts.namespace), obj as KubeObject, opts) as Stored<T>;
    },
    patch<T extends object>(r: ResourceRef, name: string, type: PatchType, patch: unknown, opts?: WriteOptions) {
      return patchObject(r, name, type, patch, opts) as Stored<T>;
    },
    delete<T extends object>(r: ResourceRef, name: string, opts: DeleteOptions = {}) {
      return deleteObject(api, target(r, opts.namespace), name, opts) as Stored<T>;
    },
    watch(r, opts, onEvent) {
      return api.watch(target(r, opts.namespace), opts, onEvent as never);
    },
    createSubresource(r, name, subresource, body, opts = {}) {
      return createSubresource(api, target(r, opts.namespace), name, subresource, body as KubeObject, opts);
    },
    logs(namespace: string, pod: string, opts: LogOptions = {}) {
      return readLogs(api, nodeServers, target({ group: '', resource: 'pods' }, namespace), pod, opts);
    },
    exec(namespace: string, pod: string, opts: ExecOptions) {
      return execInPod(api, nodeServers, target({ group: '', resource: 'pods' }, namespace), pod, opts);
    },
    serveNode(nodeName: string, server: NodeServer) {
      nodeServers.set(nodeName, server);
    },
  };
  return withVersionConversion(api, client);
}

function applyOrFail(type: Exclude<PatchType, 'apply'>, current: KubeObject, patch: unknown, kind: string): KubeObject {
  try {
    return applyPatch(type, current, patch, kind) as KubeObject;
  } catch (e) {
    if (!(e instanceof PatchError)) throw e;
    if (e.failure === 'BadRequest') throw errors.badRequest(e.message);
    if (e.failure === 'InternalError') throw errors.internalError(e.message);
    // A JSON patch that cannot apply: 422 with the detail as the only cause.
    throw new errors.ApiError({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'the server rejected our request due to an error in our request',
      reason: 'Invalid',
      code: 422,
      details: { causes: [{ message: e.message }] },
    });
  }
}
