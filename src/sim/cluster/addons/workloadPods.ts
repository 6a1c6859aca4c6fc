/**
 * This simulation runs no DaemonSet or ReplicationController controller, yet add-ons ship both
 * (calico-node, the ingress DaemonSet of MicroK8s, minikube's registry). The add-on manager
 * therefore creates the pods those controllers would: one per node for a DaemonSet, `replicas`
 * for a ReplicationController, owned by the workload so deleting it (or its namespace) lets
 * the garbage collector remove them. A DaemonSet's status reports its pods scheduled.
 */
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Pod, PodTemplateSpec, ReplicationController } from 'kubernetes-types/core/v1';
import { DAEMONSETS, PODS } from '../../api/resources';
import type { KubeObject, Stored } from '../../api/types';
import type { ClusterClient } from '../../client/types';

function ownedPod(owner: Stored<KubeObject>, template: PodTemplateSpec, nodeName?: string): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${owner.metadata.name}-`,
      namespace: owner.metadata.namespace,
      labels: template.metadata?.labels,
      ownerReferences: [{ apiVersion: owner.apiVersion ?? '', kind: owner.kind ?? '', name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true }],
    },
    spec: { ...template.spec!, ...(nodeName ? { nodeName } : {}) },
  };
}

export function createWorkloadPods(client: ClusterClient, obj: Stored<KubeObject>, nodeNames: string[]): void {
  const ns = obj.metadata.namespace;
  if (obj.kind === 'DaemonSet') {
    const ds = obj as Stored<DaemonSet & KubeObject>;
    for (const node of nodeNames) client.create(PODS, ownedPod(obj, ds.spec!.template, node), { namespace: ns });
    const n = nodeNames.length;
    client.update(
      DAEMONSETS,
      { ...ds, status: { currentNumberScheduled: n, desiredNumberScheduled: n, numberAvailable: n, numberMisscheduled: 0, numberReady: n, observedGeneration: 1, updatedNumberScheduled: n } },
      { namespace: ns, subresource: 'status' },
    );
  } else if (obj.kind === 'ReplicationController') {
    const rc = obj as Stored<ReplicationController & KubeObject>;
    for (let i = 0; i < (rc.spec?.replicas ?? 1); i++) client.create(PODS, ownedPod(obj, rc.spec!.template!), { namespace: ns });
  }
}
