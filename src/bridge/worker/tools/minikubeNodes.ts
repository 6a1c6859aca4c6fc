/** `minikube node add | list | delete | stop | start`: worker machines `minikube-m02` … */
import type { Node } from 'kubernetes-types/core/v1';
import type { CommandContext } from '../../../shell';
import { removeNode, resources, type NodeProfile } from '../../../sim';
import { bootNode, work } from './clusterOps';
import { KICBASE, line, preparing, profileNotFound, startingNode } from './minikubeMessages';
import type { ToolHost, ToolState } from './toolHost';

/** `m02` for the second machine; minikube accepts either the short or the full name. */
const shortName = (profile: string, node: string) => (node === profile ? profile : node.slice(profile.length + 1));
const fullName = (profile: string, arg: string) => (arg === profile || arg.startsWith(`${profile}-`) ? arg : `${profile}-${arg}`);

export function nodeIP(host: ToolHost, name: string): string {
  try {
    const node = host.cluster.client.get<Node>(resources.NODES, name);
    return node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '';
  } catch {
    return '';
  }
}

/** The machine minikube creates as its `index`-th node (1-based): next IP on 192.168.49.0/24. */
export function minikubeNodeProfile(host: ToolHost, state: ToolState, index: number): NodeProfile {
  const primary = host.cluster.profile.nodes[0];
  const used = new Set(state.nodeOrder.map((n) => nodeIP(host, n)));
  let last = 2;
  while (used.has(`192.168.49.${last}`)) last++;
  const name = `${host.cluster.profile.name}-m${String(index).padStart(2, '0')}`;
  return {
    ...primary,
    name,
    controlPlane: false,
    tainted: false,
    internalIP: `192.168.49.${last}`,
    podCIDR: `10.244.${index - 1}.0/24`,
    extraLabels: { ...primary.extraLabels, 'minikube.k8s.io/primary': 'false' },
  };
}

export function addMinikubeNode(host: ToolHost, state: ToolState, node: NodeProfile): void {
  // The kube-proxy DaemonSet gives the new node its pod.
  bootNode(host, state, node);
}

function nextIndex(profile: string, state: ToolState): number {
  let i = 2;
  while (state.nodeOrder.includes(`${profile}-m${String(i).padStart(2, '0')}`)) i++;
  return i;
}

export async function minikubeNode(argv: string[], ctx: CommandContext, host: ToolHost, state: ToolState): Promise<number> {
  const profile = host.cluster.profile;
  const out = (s: string) => ctx.stdout.write(s);
  const [sub, arg] = argv;
  if (state.machine === 'Nonexistent') return out(profileNotFound(profile.name)), 85;
  if (sub === 'list') {
    for (const n of state.nodeOrder) out(`${n}\t${nodeIP(host, n)}\n`);
    return 0;
  }
  if (sub === 'add') {
    const node = minikubeNodeProfile(host, state, nextIndex(profile.name, state));
    const short = shortName(profile.name, node.name);
    out(line('😄', `Adding node ${short} to cluster ${profile.name} as [worker]`));
    out(startingNode(node.name, profile.name, false));
    out(line('🚜', `Pulling base image ${KICBASE} ...`));
    out(line('🔥', 'Creating docker container (CPUs=2, Memory=2200MB) ...'));
    out(preparing(profile.kubernetesVersion, profile.containerRuntime));
    addMinikubeNode(host, state, node);
    await work(ctx, 4);
    out(line('🔎', 'Verifying Kubernetes components...'));
    out(line('🏄', `Successfully added ${short} to ${profile.name}!`));
    return 0;
  }
  if (!['delete', 'stop', 'start'].includes(sub ?? '')) {
    ctx.stderr.write(sub ? `Error: unknown command "${sub}" for "minikube node"\nRun 'minikube node --help' for usage.\n` : nodeUsage);
    return sub ? 1 : 0;
  }
  if (!arg) {
    ctx.stderr.write(`\n${line('❌', `Exiting due to MK_USAGE: Usage: minikube node ${sub} [name]`)}\n`);
    return 14;
  }
  const name = fullName(profile.name, arg);
  if (!state.nodeOrder.includes(name)) {
    ctx.stderr.write(`\n${line('❌', `Exiting due to GUEST_NODE_RETRIEVE: retrieving node: Could not find node ${arg}`)}\n`);
    return 85;
  }
  const kubelet = host.cluster.kubelets.get(name);
  if (sub === 'delete') {
    if (name === state.nodeOrder[0]) return ctx.stderr.write(`\n${line('❌', 'Exiting due to GUEST_NODE_DELETE: deleting node: cannot delete the primary control plane')}\n`), 80;
    out(line('🔥', `Deleting node ${arg} from cluster ${profile.name}`));
    out(line('✋', `Stopping node "${name}"  ...`) + line('🛑', `Powering off "${name}" via SSH ...`));
    out(line('🔥', `Deleting "${name}" in docker ...`));
    removeNode(host.cluster, name);
    state.nodeOrder = state.nodeOrder.filter((n) => n !== name);
    out(line('💀', `Node ${arg} was successfully deleted.`));
    return 0;
  }
  if (sub === 'stop') {
    out(line('✋', `Stopping node "${name}"  ...`) + line('🛑', `Powering off "${name}" via SSH ...`));
    kubelet?.stop();
    out(line('🛑', `Successfully stopped node ${name}`));
    return 0;
  }
  if (kubelet?.isRunning() && state.machine === 'Running') {
    out(line('✅', `${name} is already running`));
    return 0;
  }
  out(startingNode(name, profile.name, name === state.nodeOrder[0]));
  out(line('🚜', `Pulling base image ${KICBASE} ...`));
  out(line('🔄', `Restarting existing docker container for "${name}" ...`));
  out(preparing(profile.kubernetesVersion, profile.containerRuntime));
  kubelet?.start();
  await work(ctx, 3);
  out(line('🔎', 'Verifying Kubernetes components...'));
  out(line('😄', `Successfully started node ${name}!`));
  return 0;
}

const nodeUsage = `Operations on nodes

Available Commands:
  add         Adds a node to the given cluster.
  delete      Deletes a node from a cluster.
  list        List nodes.
  start       Starts a node.
  stop        Stops a node in a cluster.

Use "minikube node <command> --help" for more information about a given command.
`;
