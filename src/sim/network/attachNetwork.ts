/**
 * Wires the data plane into a running cluster: the network reaches pods through each node's
 * kubelet, and each kubelet runs curl/wget/nslookup/ping for `kubectl exec` through the network.
 */
import type { Kubelet } from '../kubelet';
import { ClusterNetwork } from './clusterNetwork';
import { podNetworkTools } from './tools/podTools';
import type { SharedInformerFactory } from '../client/informer';
import type { Clock } from '../../common/clock';

export interface NetworkHost {
  informers: SharedInformerFactory;
  clock: Clock;
  kubelets: Map<string, Kubelet>;
  profile: { apiServerIP: string; name: string };
}

export function attachNetwork(cluster: NetworkHost, seed = 1): ClusterNetwork {
  const network = new ClusterNetwork({
    informers: cluster.informers,
    clock: cluster.clock,
    seed,
    nodeServer: (name) => cluster.kubelets.get(name)?.server,
    // The machine the learner types on is the gateway of the nodes' network (docker's bridge on minikube).
    hostIP: cluster.profile.apiServerIP.replace(/\.\d+$/, '.1'),
    apiServerPort: cluster.profile.name === 'minikube' ? 8443 : 6443,
  });
  const tools = podNetworkTools(network, network.view);
  for (const kubelet of cluster.kubelets.values()) kubelet.networkTools = tools;
  return network;
}
