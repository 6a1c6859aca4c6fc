/**
 * DELETE, as the generic registry does it: preconditions, then either removal or marking the
 * object with deletionTimestamp — when a grace period applies (pods on a node), finalizers
 * remain, or a propagation policy asks the garbage collector to act first.
 */
import { clone } from '../../common/objects';
import { rfc3339 } from '../../common/time';
import * as errors from '../api/errors';
import type { KubeObject, Mutable, ObjectMeta, Stored } from '../api/types';
import type { DeleteOptions } from '../client/types';
import type { ApiServer, Target } from './apiServer';
import { strategyFor } from './registry';

const FOREGROUND = 'foregroundDeletion';
const ORPHAN = 'orphan';

export function deleteObject(api: ApiServer, t: Target, name: string, opts: DeleteOptions = {}): Stored {
  const existing = api.get(t, name);
  checkPreconditions(t, existing, opts);
  api.admit('DELETE', t, name, existing, existing);
  if (opts.dryRun) return existing;
  if (t.key === 'namespaces' && (existing.spec as { finalizers?: string[] } | undefined)?.finalizers?.length) {
    return markNamespaceTerminating(api, t, existing);
  }
  const grace = strategyFor(t.key).gracePeriod?.(existing, opts.gracePeriodSeconds);
  const finalizers = withPolicyFinalizer(existing.metadata.finalizers ?? [], opts.propagationPolicy);
  if (existing.metadata.deletionTimestamp) return shortenGrace(api, t, existing, grace, finalizers);
  if (!finalizers.length && grace === undefined) return api.store.remove(t.key, t.namespace, name)!;
  const next = clone(existing) as KubeObject;
  (next.metadata as Mutable<ObjectMeta>).finalizers = finalizers.length ? finalizers : undefined;
  (next.metadata as Mutable<ObjectMeta>).deletionTimestamp = rfc3339(api.clock.now() + (grace ?? 0) * 1000);
  (next.metadata as Mutable<ObjectMeta>).deletionGracePeriodSeconds = grace ?? 0;
  return api.store.update(t.key, next);
}

function checkPreconditions(t: Target, existing: Stored, opts: DeleteOptions): void {
  const p = opts.preconditions;
  if (p?.uid && p.uid !== existing.metadata.uid) {
    throw errors.conflict(t.info, existing.metadata.name, `Precondition failed: UID in precondition: ${p.uid}, UID in object meta: ${existing.metadata.uid}`);
  }
  if (p?.resourceVersion && p.resourceVersion !== existing.metadata.resourceVersion) {
    throw errors.conflict(
      t.info,
      existing.metadata.name,
      `Precondition failed: ResourceVersion in precondition: ${p.resourceVersion}, ResourceVersion in object meta: ${existing.metadata.resourceVersion}`,
    );
  }
}

function withPolicyFinalizer(finalizers: string[], policy: DeleteOptions['propagationPolicy']): string[] {
  if (!policy) return finalizers;
  const out = finalizers.filter((f) => f !== FOREGROUND && f !== ORPHAN);
  if (policy === 'Foreground') out.push(FOREGROUND);
  if (policy === 'Orphan') out.push(ORPHAN);
  return [...new Set(out)];
}

/** A second DELETE may shorten the grace period (`--grace-period=0 --force`), never extend it. */
function shortenGrace(api: ApiServer, t: Target, existing: Stored, grace: number | undefined, finalizers: string[]): Stored {
  const current = existing.metadata.deletionGracePeriodSeconds ?? 0;
  const wanted = grace ?? 0;
  const sameFinalizers = finalizers.join() === (existing.metadata.finalizers ?? []).join();
  if (wanted >= current && (current !== 0 || sameFinalizers)) return existing;
  if (!finalizers.length) return api.store.remove(t.key, t.namespace, existing.metadata.name)!;
  const next = clone(existing) as KubeObject;
  (next.metadata as Mutable<ObjectMeta>).deletionGracePeriodSeconds = wanted;
  (next.metadata as Mutable<ObjectMeta>).deletionTimestamp = rfc3339(api.clock.now() + wanted * 1000);
  (next.metadata as Mutable<ObjectMeta>).finalizers = finalizers;
  return api.store.update(t.key, next);
}

/** The namespace controller empties it, then clears spec.finalizers through `finalize`. */
function markNamespaceTerminating(api: ApiServer, t: Target, existing: Stored): Stored {
  if (existing.metadata.deletionTimestamp) return existing;
  const next = clone(existing) as KubeObject;
  (next.metadata as Mutable<ObjectMeta>).deletionTimestamp = rfc3339(api.clock.now());
  (next.metadata as Mutable<ObjectMeta>).deletionGracePeriodSeconds = 0;
  next.status = { ...(next.status as object), phase: 'Terminating' };
  return api.store.update(t.key, next);
}
