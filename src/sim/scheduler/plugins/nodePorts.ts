/** NodePorts: two pods cannot claim the same hostPort, protocol and host IP on one node. */
import { unschedulable, type FilterPlugin } from '../framework';

export const ERR_REASON_NODE_PORTS = "node(s) didn't have free ports for the requested pod ports";

/** HostPortInfo.CheckConflict: 0.0.0.0 collides with every address. */
function conflicts(used: readonly string[] | undefined, hostIP: string): boolean {
  if (!used?.length) return false;
  return hostIP === '0.0.0.0' || used.includes('0.0.0.0') || used.includes(hostIP);
}

export const nodePorts: FilterPlugin = {
  name: 'NodePorts',
  filter(state, node) {
    for (const hp of state.podInfo.hostPorts) {
      if (conflicts(node.usedPorts.get(`${hp.protocol}/${hp.port}`), hp.hostIP)) return unschedulable(ERR_REASON_NODE_PORTS);
    }
    return undefined;
  },
};
