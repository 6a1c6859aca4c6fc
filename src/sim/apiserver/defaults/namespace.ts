/**
 * SetDefaults_Namespace (the `kubernetes.io/metadata.name` label), SetDefaults_NamespaceStatus
 * (Active), and the `kubernetes` finalizer the namespace strategy gives every new namespace.
 */
import type { Namespace } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types';

export const LABEL_METADATA_NAME = 'kubernetes.io/metadata.name';

export function setDefaultsNamespace(obj: KubeObject): void {
  const ns = obj as Namespace;
  const name = ns.metadata?.name;
  // A namespace created with generateName has no name yet, so no label.
  if (name) ns.metadata!.labels = { ...(ns.metadata!.labels ?? {}), [LABEL_METADATA_NAME]: name };
  const spec = (ns.spec ??= {});
  spec.finalizers ??= ['kubernetes'];
  const status = (ns.status ??= {});
  status.phase ||= 'Active';
}
