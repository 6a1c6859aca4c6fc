/**
 * This simulation runs no ReplicationController controller, yet minikube's registry add-on
 * ships one. The add-on manager therefore creates the pods it would (`replicas` of them), owned
 * by it so deleting the ReplicationController lets the garbage collector remove them.
 */
import type { Pod, ReplicationController } from 'kubernetes-types/core/v1';
import { PODS } from '../../api/resources';
import type { KubeObject, Stored } from '../../api/types';
import type { ClusterClient } from '../../client/types';

export function createWorkloadPods(client: ClusterClient, obj: Stored<KubeObject>): void {
  if (obj.kind !== 'ReplicationController') return;
  const rc = obj as Stored<ReplicationController & KubeObject>;
  const template = rc.spec!.template!;
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${rc.metadata.name}-`,
      namespace: rc.metadata.namespace,
      labels: template.metadata?.labels,
      ownerReferences: [{ apiVersion: 'v1', kind: 'ReplicationController', name: rc.metadata.name, uid: rc.metadata.uid, controller: true, blockOwnerDeletion: true }],
    },
    spec: template.spec!,
  };
  for (let i = 0; i < (rc.spec?.replicas ?? 1); i++) client.create(PODS, pod, { namespace: rc.metadata.namespace });
}
