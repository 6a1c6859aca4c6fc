/**
 * kube-apiserver in one object: every verb on every kind goes through the same pipeline —
 * decode → defaulting → admission → validation → strategy → store — so behaviour learned here
 * (defaults, errors, conflicts) holds for all kinds.
 */
import type { Clock } from '../../common/clock';
import { clone, deepEqual } from '../../common/objects';
import type { Rng } from '../../common/rng';
import { rfc3339 } from '../../common/time';
import * as errors from '../api/errors';
import type { FieldError } from '../api/fieldErrors';
import { BUILTIN_RESOURCES, apiVersionOf, otherVersionsOf, resourceKey, type ResourceInfo } from '../api/resources';
import type { KubeObject, Mutable, ObjectList, ObjectMeta, Stored, WatchEvent } from '../api/types';
import type { ListOptions, ResourceRef, WatchOptions, WriteOptions } from '../client/types';
import { Store, TooOldResourceVersion } from '../store';
import type { AdmissionDenial, Operation, RequestPolicy } from './policy';
import { permissivePolicy } from './policy';
import { csrApproval, strategyFor, type StrategyContext, type UserInfo } from './registry';
import { selection } from './selection';
import { decodeErrorMessage, pruneUnknownFields, strictDecode } from './strictDecoding';
import { updateEphemeralContainers } from './ephemeralContainers';

const CSR_KEY = 'certificatesigningrequests.certificates.k8s.io';

export const NAME_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export interface ApiServerOptions {
  clock: Clock;
  rng: Rng;
  store?: Store;
  policy?: RequestPolicy;
  resources?: readonly ResourceInfo[];
}

export interface Target {
  info: ResourceInfo;
  key: string;
  namespace: string;
}

export class ApiServer {
  readonly store: Store;
  readonly clock: Clock;
  readonly rng: Rng;
  readonly resources: readonly ResourceInfo[];
  readonly policy: RequestPolicy;
  readonly ctx: StrategyContext;
  /** Who requests come from; the cluster sets its profile's admin. */
  requestUser: UserInfo = { username: 'minikube-user', groups: ['system:masters', 'system:authenticated'] };

  constructor(opts: ApiServerOptions) {
    this.clock = opts.clock;
    this.rng = opts.rng;
    this.store = opts.store ?? new Store();
    this.policy = opts.policy ?? permissivePolicy;
    this.resources = opts.resources ?? BUILTIN_RESOURCES;
    this.ctx = {
      clock: this.clock,
      rng: this.rng,
      lookup: (key, ns, name) => this.store.get(key, ns, name),
      list: (key, ns) => this.store.list(key, ns),
      user: () => this.requestUser,
    };
  }

  /** Maps a client's resource reference onto what this server serves. */
  target(ref: ResourceRef, namespace: string | undefined): Target {
    const served = (r: ResourceInfo) => r.resource === ref.resource && r.group === ref.group && (!ref.version || r.version === ref.version);
    const info = this.resources.find(served) ?? otherVersionsOf(this.resources).find(served);
    if (!info) throw resourceNotServed();
    return { info, key: resourceKey(info), namespace: info.namespaced ? (namespace ?? 'default') : '' };
  }

  get(t: Target, name: string): Stored {
    const obj = this.store.get(t.key, t.namespace, name);
    if (!obj) throw errors.notFound(t.info, name);
    return obj;
  }

  list(t: Target, opts: ListOptions): ObjectList {
    const sel = selection(t.key, opts.labelSelector, opts.fieldSelector);
    let items = this.store.list(t.key, t.info.namespaced ? opts.namespace : undefined);
    if (sel.predicate) items = items.filter(sel.predicate);
    return { apiVersion: apiVersionOf(t.info), kind: `${t.info.kind}List`, metadata: { resourceVersion: String(this.store.resourceVersion()) }, items };
  }

  create(t: Target, input: KubeObject, opts: WriteOptions = {}): Stored {
    const obj = this.decode(t, input, opts.fieldValidation);
    const meta = obj.metadata as Mutable<ObjectMeta>;
    if (!meta.name && meta.generateName) meta.name = meta.generateName + this.rng.string(5, NAME_SUFFIX_ALPHABET);
    const name = meta.name ?? '';
    this.policy.applyDefaults(t.key, obj);
    this.admit('CREATE', t, name, obj);
    this.failIfInvalid(t, name, this.policy.validateCreate(t.key, obj));
    const strategy = strategyFor(t.key);
    if (strategy.hasStatus && !strategy.keepsStatusOnCreate) obj.status = {};
    this.failIfInvalid(t, name, strategy.prepareForCreate?.(obj, this.ctx) ?? []);
    this.failIfInvalid(t, name, strategy.validateWithCluster?.(obj, undefined, this.ctx) ?? []);
    if (this.store.get(t.key, t.namespace, name)) throw errors.alreadyExists(t.info, name);
    meta.uid = uuid(this.rng);
    strategy.prepareWithUID?.(obj);
    meta.creationTimestamp = rfc3339(this.clock.now());
    if (strategy.tracksGeneration) meta.generation = 1;
    delete meta.resourceVersion;
    delete meta.deletionTimestamp;
    delete meta.deletionGracePeriodSeconds;
    if (opts.dryRun) return obj as Stored;
    return this.store.create(t.key, obj);
  }

  /** PUT: the whole object (or its status/scale/finalize subresource), guarded by resourceVersion. */
  update(t: Target, input: KubeObject, opts: WriteOptions = {}): Stored {
    const name = input.metadata?.name ?? '';
    const existing = this.get(t, name);
    if (opts.subresource === 'scale') return this.updateScale(t, existing, input, opts);
    if (opts.subresource === 'status') return this.updateStatus(t, existing, input, opts);
    if (opts.subresource === 'ephemeralcontainers') return updateEphemeralContainers(this, t, existing, input, opts);
    if (opts.subresource === 'approval' && t.key === CSR_KEY) return this.commitUpdate(t, existing, csrApproval(existing, input, this.ctx), opts);
    const obj = this.decode(t, input, opts.fieldValidation);
    const rv = obj.metadata!.resourceVersion;
    if (rv && rv !== existing.metadata.resourceVersion) throw errors.conflict(t.info, name, errors.STALE_OBJECT);
    return this.commitUpdate(t, existing, this.mergeSubresource(t, existing, obj, opts.subresource), opts);
  }

  /**
   * PUT status: only `status` changes (the status strategy resets everything else to the stored
   * object), so spec defaulting and validation have nothing to do. This is the hottest write in
   * the cluster — kubelets and controllers report through it.
   */
  private updateStatus(t: Target, existing: Stored, input: KubeObject, opts: WriteOptions): Stored {
    const rv = input.metadata?.resourceVersion;
    if (rv && rv !== existing.metadata.resourceVersion) throw errors.conflict(t.info, existing.metadata.name, errors.STALE_OBJECT);
    const status = clone(input.status);
    if (deepEqual(status, existing.status)) return existing;
    const next = { ...existing, metadata: { ...existing.metadata }, status } as KubeObject;
    if (opts.dryRun) return next as Stored;
    return this.store.update(t.key, next);
  }

  /** The shared tail of update and patch: defaulting, validation, generation, no-op detection. */
  commitUpdate(t: Target, existing: Stored, obj: KubeObject, opts: WriteOptions = {}): Stored {
    const name = existing.metadata.name;
    const strategy = strategyFor(t.key);
    const meta = obj.metadata as Mutable<ObjectMeta>;
    for (const k of ['uid', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'generation'] as const) {
      if (existing.metadata[k] === undefined) delete meta[k];
      else (meta as Record<string, unknown>)[k] = existing.metadata[k];
    }
    meta.namespace = existing.metadata.namespace;
    this.policy.applyDefaults(t.key, obj);
    this.admit('UPDATE', t, name, obj, existing);
    this.failIfInvalid(t, name, this.policy.validateUpdate(t.key, obj, existing));
    strategy.prepareForUpdate?.(obj, existing, this.ctx);
    this.failIfInvalid(t, name, strategy.validateWithCluster?.(obj, existing, this.ctx) ?? []);
    if (strategy.tracksGeneration && !deepEqual(obj.spec, existing.spec)) meta.generation = (existing.metadata.generation ?? 1) + 1;
    meta.resourceVersion = existing.metadata.resourceVersion;
    if (deepEqual(obj, existing)) return existing;
    if (opts.dryRun) return obj as Stored;
    if (meta.deletionTimestamp && !meta.finalizers?.length && !meta.deletionGracePeriodSeconds && !specFinalizers(obj)) {
      return this.store.remove(t.key, t.namespace, name) ?? existing;
    }
    return this.store.update(t.key, obj);
  }

  watch(t: Target, opts: WatchOptions, onEvent: (e: WatchEvent) => void): () => void {
    const sel = selection(t.key, opts.labelSelector, opts.fieldSelector);
    const namespace = t.info.namespaced ? opts.namespace : undefined;
    if (opts.sendInitialEvents) {
      for (const o of this.store.list(t.key, namespace)) if ((!sel.nodeName || nodeNameOf(o) === sel.nodeName) && (!sel.predicate || sel.predicate(o))) onEvent({ type: 'ADDED', object: o });
    }
    const from = opts.resourceVersion ? Number(opts.resourceVersion) : undefined;
    try {
      return this.store.watch(t.key, { namespace, nodeName: sel.nodeName, filter: sel.predicate }, opts.sendInitialEvents ? undefined : from, onEvent);
    } catch (e) {
      if (e instanceof TooOldResourceVersion) throw errors.gone(e.message);
      throw e;
    }
  }

  /** Runs admission; a denial becomes the Status the plugin asked for. */
  admit(operation: Operation, t: Target, name: string, obj: KubeObject, old?: Stored): void {
    const denial: AdmissionDenial | undefined = this.policy.admit({ operation, key: t.key, namespace: t.namespace, name, obj, old, ctx: this.ctx });
    if (!denial) return;
    if (denial.reason === 'NotFound') throw errors.notFound({ group: '', resource: 'namespaces' }, t.namespace);
    if (denial.reason === 'Invalid') throw errors.invalid(t.info.kind, t.info.group, name, denial.causes ?? []);
    throw errors.forbidden(t.info, name, denial.message);
  }

  /** Checks apiVersion/kind against the endpoint and settles the namespace, on a private copy. */
  private decode(t: Target, input: KubeObject, validation: WriteOptions['fieldValidation']): KubeObject {
    const obj = clone(input);
    const apiVersion = apiVersionOf(t.info);
    if ((obj.kind && obj.kind !== t.info.kind) || (obj.apiVersion && obj.apiVersion !== apiVersion)) {
      throw errors.badRequest(`the API version in the data (${obj.apiVersion}) does not match the expected API version (${apiVersion})`);
    }
    obj.apiVersion = apiVersion;
    obj.kind = t.info.kind;
    // Components never send unknown fields, so only a client's request (it says how to validate) is checked.
    const problem = validation ? strictDecode(obj) : undefined;
    if (problem && (validation === 'Strict' || problem.typeError)) throw errors.badRequest(decodeErrorMessage(obj, problem));
    if (problem) pruneUnknownFields(obj, problem.unknownFields);
    obj.metadata = obj.metadata ?? {};
    if (t.info.namespaced) {
      if (obj.metadata.namespace && obj.metadata.namespace !== t.namespace) {
        throw errors.badRequest('the namespace of the provided object does not match the namespace sent on the request');
      }
      obj.metadata.namespace = t.namespace;
    } else {
      delete obj.metadata.namespace;
    }
    return obj;
  }

  /** Main-resource writes keep the stored status; status writes change only status. */
  private mergeSubresource(t: Target, existing: Stored, obj: KubeObject, subresource?: string): KubeObject {
    const strategy = strategyFor(t.key);
    if (subresource === 'finalize') {
      const spec = { ...(clone(existing.spec) as object), finalizers: (obj.spec as { finalizers?: string[] } | undefined)?.finalizers ?? [] };
      return { ...clone(existing), spec };
    }
    if (subresource) throw errors.notFound(t.info, existing.metadata.name);
    if (strategy.hasStatus) obj.status = clone(existing.status);
    return obj;
  }

  private updateScale(t: Target, existing: Stored, scale: KubeObject, opts: WriteOptions): Stored {
    const mapping = strategyFor(t.key).scale;
    if (!mapping) throw errors.notFound(t.info, existing.metadata.name);
    const rv = scale.metadata?.resourceVersion;
    if (rv && rv !== existing.metadata.resourceVersion) throw errors.conflict(t.info, existing.metadata.name, errors.STALE_OBJECT);
    const next = clone(existing) as KubeObject;
    mapping.setReplicas(next, (scale.spec as { replicas?: number } | undefined)?.replicas ?? 0);
    return this.commitUpdate(t, existing, next, opts);
  }

  private failIfInvalid(t: Target, name: string, errs: FieldError[]): void {
    if (errs.length) throw errors.invalid(t.info.kind, t.info.group, name, errs);
  }
}

function resourceNotServed(): errors.ApiError {
  return new errors.ApiError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: 'the server could not find the requested resource',
    reason: 'NotFound',
    code: 404,
    details: {},
  });
}

/** Namespaces carry their own finalizers in spec; the namespace controller clears them. */
const specFinalizers = (o: KubeObject) => ((o.spec as { finalizers?: string[] } | undefined)?.finalizers?.length ?? 0) > 0;

const nodeNameOf = (o: Stored) => (o.spec as { nodeName?: string } | undefined)?.nodeName;

/** A version-4 UUID from the seeded Rng, so runs with the same seed share uids. */
export function uuid(rng: Rng): string {
  const hex = rng.string(32, '0123456789abcdef').split('');
  hex[12] = '4';
  hex[16] = '89ab'[rng.int(0, 3)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
