/**
 * Adoption and release, as controller.ControllerRefManager does it: an owner claims the
 * orphans its selector matches, keeps what it already controls while the selector still
 * matches, and lets go of what no longer matches. Objects another controller owns are never
 * touched.
 */
import { clone } from '../../../common/objects';
import { isApiError } from '../../api/errors';
import { matches, type LabelSelectorParsed } from '../../api/labels';
import type { KubeObject, Stored } from '../../api/types';
import type { ClusterClient, ResourceRef } from '../../client/types';
import { getControllerOf, newControllerRef } from './controllerRef';

export interface ControllerRefManagerOptions {
  client: ClusterClient;
  owner: Stored<object>;
  ownerApiVersion: string;
  ownerKind: string;
  selector: LabelSelectorParsed;
  /** The claimed kind's collection (pods for a ReplicaSet, replicasets for a Deployment). */
  resource: ResourceRef;
}

export class ControllerRefManager {
  constructor(private readonly o: ControllerRefManagerOptions) {}

  /** Returns the objects the owner controls after adopting and releasing. */
  claim<T extends object>(objects: readonly Stored<T>[]): Stored<T>[] {
    const claimed: Stored<T>[] = [];
    for (const obj of objects) {
      const result = this.claimObject(obj);
      if (result) claimed.push(result);
    }
    return claimed;
  }

  private claimObject<T extends object>(obj: Stored<T>): Stored<T> | undefined {
    const { owner, selector } = this.o;
    const ref = getControllerOf(obj);
    const labels = obj.metadata.labels;
    if (ref) {
      if (ref.uid !== owner.metadata.uid) return undefined;
      if (matches(selector, labels)) return obj;
      // An owner being deleted keeps its dependents so the garbage collector can find them.
      if (owner.metadata.deletionTimestamp) return undefined;
      this.release(obj);
      return undefined;
    }
    if (owner.metadata.deletionTimestamp || !matches(selector, labels)) return undefined;
    if (obj.metadata.deletionTimestamp) return undefined;
    return this.adopt(obj);
  }

  private adopt<T extends object>(obj: Stored<T>): Stored<T> | undefined {
    const next = clone(obj) as KubeObject;
    const ref = newControllerRef(this.o.owner, this.o.ownerApiVersion, this.o.ownerKind);
    next.metadata!.ownerReferences = [...(next.metadata!.ownerReferences ?? []), ref];
    return this.write(next) as Stored<T> | undefined;
  }

  private release(obj: Stored): void {
    const next = clone(obj) as KubeObject;
    const refs = (next.metadata!.ownerReferences ?? []).filter((r) => r.uid !== this.o.owner.metadata.uid);
    next.metadata!.ownerReferences = refs.length ? refs : undefined;
    this.write(next);
  }

  /** A vanished object needs no adoption; a conflict throws so the owner's key is retried. */
  private write(next: KubeObject): Stored | undefined {
    try {
      return this.o.client.update(this.o.resource, next, { namespace: next.metadata?.namespace });
    } catch (e) {
      if (isApiError(e, 'NotFound')) return undefined;
      throw e;
    }
  }
}
