/**
 * The NamespaceLifecycle admission plugin: nothing is written into a namespace that does not
 * exist, nothing new into one being terminated, and the system namespaces cannot be deleted.
 */
import type { Namespace } from 'kubernetes-types/core/v1';
import type { AdmissionDenial, Operation } from '../policy';

export const IMMORTAL_NAMESPACES: readonly string[] = ['default', 'kube-system', 'kube-public'];

export interface NamespaceLifecycleAttributes {
  operation: Operation;
  /** `pods`, `deployments.apps`, `namespaces` … */
  resourceKey: string;
  /** The request's namespace; empty for cluster-scoped resources. */
  namespace: string;
  name: string;
}

/** `namespace` is the request's Namespace object, or undefined when it does not exist. */
export function admitNamespaceLifecycle(attrs: NamespaceLifecycleAttributes, namespace: Namespace | undefined): AdmissionDenial | undefined {
  const isNamespace = attrs.resourceKey === 'namespaces';
  if (isNamespace) {
    if (attrs.operation === 'DELETE' && IMMORTAL_NAMESPACES.includes(attrs.name)) {
      return { reason: 'Forbidden', message: 'this namespace may not be deleted' };
    }
    return undefined;
  }
  if (!attrs.namespace || attrs.operation === 'DELETE') return undefined;
  if (!namespace) return { reason: 'NotFound', message: `namespaces "${attrs.namespace}" not found` };
  if (attrs.operation === 'CREATE' && namespace.status?.phase === 'Terminating') {
    return { reason: 'Forbidden', message: `unable to create new content in namespace ${attrs.namespace} because it is being terminated` };
  }
  return undefined;
}
