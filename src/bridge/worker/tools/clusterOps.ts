/**
 * What powering the machine(s) on and off and wiping them does to the simulated cluster, shared
 * by minikube and MicroK8s: the API becomes unreachable while stopped; deleting a profile
 * removes every workload, extra node and add-on, so the next start looks fresh.
 */
import type { Node } from 'kubernetes-types/core/v1';
import type { CommandContext } from '../../../shell';
import { addNode, BUILTIN_RESOURCES, isApiError, removeNode, resources, startCluster, stopCluster, type NodeProfile } from '../../../sim';
import type { ToolHost, ToolState } from './toolHost';

const SYSTEM_NAMESPACES = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);
/** What a fresh cluster has in `default`; everything else there was the learner's. */
const KEEP_IN_DEFAULT = new Set(['services/kubernetes', 'endpoints/kubernetes', 'endpointslices/kubernetes', 'serviceaccounts/default', 'configmaps/kube-root-ca.crt']);

export function powerOff(host: ToolHost, state: ToolState): void {
  stopCluster(host.cluster);
  host.session.apiReachable = false;
  state.machine = 'Stopped';
}

export function powerOn(host: ToolHost, state: ToolState): void {
  startCluster(host.cluster);
  host.session.apiReachable = true;
  state.machine = 'Running';
}

/** Deletes the learner's objects and namespaces, and every node but the first. */
export function wipe(host: ToolHost, state: ToolState): void {
  const { client } = host.cluster;
  for (const name of state.nodeOrder.slice(1)) removeNode(host.cluster, name);
  state.nodeOrder = state.nodeOrder.slice(0, 1);
  for (const ns of client.list(resources.NAMESPACES).items) {
    if (!SYSTEM_NAMESPACES.has(ns.metadata.name)) client.delete(resources.NAMESPACES, ns.metadata.name);
  }
  for (const r of BUILTIN_RESOURCES.filter((x) => x.namespaced && x.resource !== 'events')) {
    for (const obj of client.list(r, { namespace: 'default' }).items) {
      if (KEEP_IN_DEFAULT.has(`${r.resource}/${obj.metadata.name}`)) continue;
      try {
        client.delete(r, obj.metadata.name, { namespace: 'default', gracePeriodSeconds: r.resource === 'pods' ? 0 : undefined });
      } catch (e) {
        if (!isApiError(e, 'NotFound')) throw e;
      }
    }
  }
}

/** Boots another machine, as `minikube node add` or `microk8s join` do; DaemonSets follow it. */
export function bootNode(host: ToolHost, state: ToolState, node: NodeProfile): void {
  addNode(host.cluster, node);
  state.nodeOrder.push(node.name);
}

export function nodeObjects(host: ToolHost): Node[] {
  return host.cluster.client.list<Node>(resources.NODES).items;
}

/** Lets virtual time pass while the tool "works", so pods visibly start meanwhile. */
export async function work(ctx: CommandContext, seconds: number): Promise<void> {
  await ctx.sleep(seconds);
}
