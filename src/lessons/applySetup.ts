import { BUILTIN_RESOURCES, findByKind, isApiError, type KubeObject } from '../sim';
import type { LessonHost } from './LessonHost';
import type { Fault, LessonSetup } from './types';

function applyObject(host: LessonHost, obj: KubeObject): void {
  const info = findByKind(BUILTIN_RESOURCES, obj.apiVersion ?? '', obj.kind ?? '');
  if (!info) throw new Error(`resource mapping not found for kind "${obj.kind}" in version "${obj.apiVersion}"`);
  const namespace = info.namespaced ? (obj.metadata?.namespace ?? 'default') : undefined;
  try {
    host.client.create(info, obj, { namespace });
  } catch (e) {
    if (!isApiError(e, 'AlreadyExists')) throw e;
    // Re-applying a setup (reset without a fresh cluster): most of a pod's spec is immutable, so
    // the object is recreated as written rather than updated. Orphaning keeps its dependents for
    // the new object to adopt (a Deployment finds its ReplicaSet again by selector and hash).
    host.client.delete(info, obj.metadata?.name ?? '', { namespace, gracePeriodSeconds: 0, propagationPolicy: 'Orphan' });
    host.settle();
    host.client.create(info, obj, { namespace });
  }
}

function injectFault(host: LessonHost, fault: Fault): void {
  if ('stopNode' in fault) host.stopNode(fault.stopNode);
  else if ('cordonNode' in fault) host.client.patch({ group: '', resource: 'nodes' }, fault.cordonNode, 'merge', { spec: { unschedulable: true } });
  else host.advance(fault.advance);
}

/**
 * Brings a session to the lesson's starting point: files written, objects created and settled
 * (their pods Running, as if someone had set them up earlier), then the faults injected.
 */
export function applySetup(host: LessonHost, setup: LessonSetup): void {
  for (const f of setup.files) host.writeFile(f.path, f.content);
  for (const obj of setup.objects) applyObject(host, obj);
  host.settle();
  for (const fault of setup.faults) injectFault(host, fault);
  if (setup.faults.length) host.settle();
}
