/**
 * Wires the data plane into a running cluster: the network reaches pods through each node's
 * kubelet, each kubelet runs curl/wget/nslookup/ping for `kubectl exec` through the network, and
 * ingress-nginx's status loop publishes Ingress addresses once an add-on runs the controller.
 */
import type { Kubelet } from '../kubelet';
import { ClusterNetwork } from './clusterNetwork';
import { podNetworkTools, podProgramNetwork } from './tools/podTools';
import type { SharedInformerFactory } from '../client/informer';
import type { Clock } from '../../common/clock';
import type { Runnable } from '../client/runnable';
import type { ClusterClient } from '../client/types';
import { IngressStatusUpdater } from './ingressStatus';
import type { ClusterProfile } from '../cluster/profiles';
import { apiServerPort } from '../cluster/systemObjects';

export interface NetworkHost {
  informers: SharedInformerFactory;
  clock: Clock;
  client: ClusterClient;
  kubelets: Map<string, Kubelet>;
  profile: ClusterProfile;
  addRunnable(r: Runnable): void;
  addBusyCheck(check: () => boolean): void;
}

export function attachNetwork(cluster: NetworkHost, seed = 1): ClusterNetwork {
  const hostNodeIP = cluster.profile.terminalOnNode ? cluster.profile.nodes[0].internalIP : undefined;
  const network = new ClusterNetwork({
    informers: cluster.informers,
    clock: cluster.clock,
    seed,
    nodeServer: (name) => cluster.kubelets.get(name)?.server,
    // The machine the learner types on is the gateway of the nodes' network (docker's bridge on
    // minikube), or the first node itself where Kubernetes is installed on it (MicroK8s).
    hostIP: hostNodeIP ?? cluster.profile.apiServerIP.replace(/\.\d+$/, '.1'),
    ...(hostNodeIP ? { hostNodeIP } : {}),
    apiServerPort: apiServerPort(cluster.profile),
    apiServerIP: cluster.profile.apiServerIP,
  });
  const tools = podNetworkTools(network, network.view);
  const programTools = podProgramNetwork(network, network.view);
  for (const kubelet of cluster.kubelets.values()) {
    kubelet.networkTools = tools;
    kubelet.programNetwork = programTools;
  }
  // Idle until an ingress-nginx controller pod is ready (an add-on installs one).
  const status = new IngressStatusUpdater(cluster.client, cluster.informers, cluster.clock);
  cluster.addRunnable(status);
  cluster.addBusyCheck(() => status.isBusy());
  return network;
}
