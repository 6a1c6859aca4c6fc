/**
 * Nodes joining and leaving a running cluster (`minikube node add|delete`, `microk8s join`): a
 * new machine boots its kubelet, which registers the Node; a deleted machine's kubelet is gone
 * and its Node object is removed, so the pods bound to it are garbage collected.
 */
import { isApiError } from '../api/errors';
import { NODES } from '../api/resources';
import { Kubelet } from '../kubelet';
import type { RunningCluster } from './createCluster';
import type { NodeProfile } from './profiles';

/** Boots a kubelet for `node` and registers it with the tick loop. */
export function addNode(cluster: RunningCluster, node: NodeProfile): Kubelet {
  if (cluster.kubelets.has(node.name)) throw new Error(`node "${node.name}" already exists`);
  const kubelet = new Kubelet({ client: cluster.client, clock: cluster.clock, rng: cluster.rng, node, profile: cluster.profile });
  cluster.kubelets.set(node.name, kubelet);
  cluster.addRunnable(kubelet);
  kubelet.start();
  return kubelet;
}

/** Powers the machine off for good and deletes its Node object. */
export function removeNode(cluster: RunningCluster, name: string): void {
  const kubelet = cluster.kubelets.get(name);
  if (kubelet) {
    kubelet.stop();
    cluster.removeRunnable(kubelet);
    cluster.kubelets.delete(name);
  }
  try {
    cluster.client.delete(NODES, name);
  } catch (e) {
    if (!isApiError(e, 'NotFound')) throw e;
  }
}

/**
 * The whole cluster powered off (`minikube stop`): kubelets and the control plane's controllers
 * stop; the store keeps its state, as etcd's data directory does.
 */
export function stopCluster(cluster: RunningCluster): void {
  for (const k of cluster.kubelets.values()) k.stop();
  for (const r of cluster.controlPlane.runnables) cluster.removeRunnable(r);
}

/** Powers the cluster on again: kubelets re-register first, then the controllers resume. */
export function startCluster(cluster: RunningCluster): void {
  for (const k of cluster.kubelets.values()) k.start();
  // Removing first keeps a double start from registering a controller twice.
  for (const r of cluster.controlPlane.runnables) {
    cluster.removeRunnable(r);
    cluster.addRunnable(r);
  }
}

export function clusterRunning(cluster: RunningCluster): boolean {
  return [...cluster.kubelets.values()].some((k) => k.isRunning());
}
