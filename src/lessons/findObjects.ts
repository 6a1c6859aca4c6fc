import { BUILTIN_RESOURCES, isApiError, resolveResource, type ClusterClient, type KubeObject, type ResourceInfo } from '../sim';
import type { ObjectSelector } from './checkTypes';

export class UnknownResourceError extends Error {}

export function resourceFor(typed: string): ResourceInfo {
  const info = resolveResource(BUILTIN_RESOURCES, typed);
  if (!info) throw new UnknownResourceError(`the server doesn't have a resource type "${typed}"`);
  return info;
}

/** The namespace a selector means: `default` unless given; all namespaces for `"*"`. */
function namespaceOf(info: ResourceInfo, sel: { namespace?: string }): string | undefined {
  if (!info.namespaced || sel.namespace === '*') return undefined;
  return sel.namespace ?? 'default';
}

/** The objects a selector picks, as `kubectl get` with the same arguments would list them. */
export function findObjects(client: ClusterClient, sel: ObjectSelector): KubeObject[] {
  const info = resourceFor(sel.resource);
  const namespace = namespaceOf(info, sel);
  if (sel.name !== undefined) {
    try {
      return [client.get(info, sel.name, { namespace })];
    } catch (e) {
      if (isApiError(e, 'NotFound')) return [];
      throw e;
    }
  }
  return client.list(info, { namespace, labelSelector: sel.selector, fieldSelector: sel.fieldSelector }).items;
}

/** `pods/web in default`, `deployments with app=web`: how a check names what it looked at. */
export function describeSelector(sel: ObjectSelector): string {
  const info = resourceFor(sel.resource);
  const what = sel.name !== undefined ? `${info.resource}/${sel.name}` : info.resource;
  const filters = [sel.selector && `with ${sel.selector}`, sel.fieldSelector && `where ${sel.fieldSelector}`].filter(Boolean);
  const ns = namespaceOf(info, sel);
  const where = info.namespaced ? (ns ? ` in ${ns}` : ' in all namespaces') : '';
  return [what, ...filters].join(' ') + where;
}
