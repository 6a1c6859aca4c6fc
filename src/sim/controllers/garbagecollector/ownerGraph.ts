/**
 * The garbage collector's view of ownership: every watched object by uid, and for each owner uid
 * the dependents that name it in ownerReferences. Built from informer events; never writes.
 */
import type { OwnerReference } from '../../api/types';
import type { KubeObject, Stored } from '../../api/types';
import type { ResourceRef } from '../../client/types';

export interface NodeRef {
  resource: ResourceRef;
  namespace: string;
  name: string;
  uid: string;
}

export class OwnerGraph {
  private readonly objects = new Map<string, { ref: NodeRef; obj: Stored }>();
  private readonly dependents = new Map<string, Set<string>>();

  upsert(resource: ResourceRef, obj: Stored): string[] {
    const uid = obj.metadata.uid;
    const previous = this.objects.get(uid);
    if (previous) for (const o of owners(previous.obj)) this.dependents.get(o.uid)?.delete(uid);
    this.objects.set(uid, { ref: { resource, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name, uid }, obj });
    for (const o of owners(obj)) {
      let s = this.dependents.get(o.uid);
      if (!s) this.dependents.set(o.uid, (s = new Set()));
      s.add(uid);
    }
    return [...new Set([...owners(obj).map((o) => o.uid), ...(previous ? owners(previous.obj).map((o) => o.uid) : [])])];
  }

  remove(obj: Stored): string[] {
    const uid = obj.metadata.uid;
    const previous = this.objects.get(uid);
    this.objects.delete(uid);
    if (previous) for (const o of owners(previous.obj)) this.dependents.get(o.uid)?.delete(uid);
    return owners(obj).map((o) => o.uid);
  }

  get(uid: string): { ref: NodeRef; obj: Stored } | undefined {
    return this.objects.get(uid);
  }

  dependentsOf(uid: string): { ref: NodeRef; obj: Stored }[] {
    return [...(this.dependents.get(uid) ?? [])].map((d) => this.objects.get(d)!).filter(Boolean);
  }
}

export const owners = (obj: KubeObject): OwnerReference[] => obj.metadata?.ownerReferences ?? [];
