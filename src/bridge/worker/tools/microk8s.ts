/**
 * The `microk8s` command: status, start/stop, add-node/join, config, inspect, kubectl,
 * dashboard-proxy and the add-ons. `join` is run as if on another machine: it boots a new node into this cluster.
 */
import type { CommandContext } from '../../../shell';
import type { NodeProfile } from '../../../sim';
import { bootNode, powerOff, powerOn } from './clusterOps';
import { addonStatusLines, microk8sEnable } from './microk8sAddons';
import { dashboardProxy } from './microk8sDashboardProxy';
import { nodeIP } from './minikubeNodes';
import { connectionRefused, type ToolHost, type ToolState } from './toolHost';

const hex = (host: ToolHost, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[host.cluster.rng.int(0, 15)];
  return s;
};

function notRunning(ctx: CommandContext, state: ToolState): number | undefined {
  if (state.machine === 'Running') return undefined;
  ctx.stdout.write("microk8s is not running. Use microk8s inspect for a deeper inspection.\n");
  return 1;
}

function status(args: string[], ctx: CommandContext, host: ToolHost, state: ToolState): number {
  const stopped = notRunning(ctx, state);
  if (stopped !== undefined) return stopped;
  const ha = state.nodeOrder.length >= 3;
  const ip = nodeIP(host, state.nodeOrder[0]);
  const standby = state.nodeOrder.slice(1).map((n) => `${nodeIP(host, n)}:19001`);
  const masters = ha ? [`${ip}:19001`, ...standby.slice(0, 2)] : [`${ip}:19001`];
  const rest = ha ? standby.slice(2) : standby;
  if (args.includes('--format') && args.includes('short')) return ctx.stdout.write('microk8s is running\n'), 0;
  ctx.stdout.write(
    `microk8s is running\nhigh-availability: ${ha ? 'yes' : 'no'}\n  datastore master nodes: ${masters.join(' ')}\n  datastore standby nodes: ${rest.length ? rest.join(' ') : 'none'}\n${addonStatusLines(state)}`,
  );
  return 0;
}

function addNode(ctx: CommandContext, host: ToolHost, state: ToolState): number {
  const stopped = notRunning(ctx, state);
  if (stopped !== undefined) return stopped;
  const token = `${hex(host, 32)}/${hex(host, 12)}`;
  state.joinTokens.add(token);
  const join = `microk8s join ${nodeIP(host, state.nodeOrder[0])}:25000/${token}`;
  ctx.stdout.write(
    `From the node you wish to join to this cluster, run the following:\n${join}\n\nUse the '--worker' flag to join a node as a worker not running the control plane, eg:\n${join} --worker\n\n` +
      `If the node you are adding is not reachable through the default interface you can use one of the following:\n${join}\n`,
  );
  return 0;
}

/** The machine joining: named and addressed after the primary (`microk8s-vm2`, next IP). */
function joiningNode(host: ToolHost, state: ToolState, worker: boolean): NodeProfile {
  const primary = host.cluster.profile.nodes[0];
  const index = state.nodeOrder.length + 1;
  const [a, b, c, d] = primary.internalIP.split('.').map(Number);
  return {
    ...primary,
    name: `${primary.name}${index}`,
    controlPlane: false,
    internalIP: `${a}.${b}.${c}.${d + index - 1}`,
    podCIDR: `10.1.${index - 1}.0/24`,
    extraLabels: worker ? { 'microk8s.io/cluster': 'true', 'node.kubernetes.io/microk8s-worker': 'microk8s-worker' } : primary.extraLabels,
  };
}

async function join(args: string[], ctx: CommandContext, host: ToolHost, state: ToolState): Promise<number> {
  const target = args.find((a) => !a.startsWith('-'));
  const m = target && /^([^:]+):25000\/(.+)$/.exec(target);
  if (!m) {
    ctx.stderr.write("Usage: microk8s join [OPTIONS] CONNECTION\nTry 'microk8s join -h' for help.\n\nError: Missing argument 'CONNECTION'.\n");
    return 2;
  }
  ctx.stdout.write(`Contacting cluster at ${m[1]}\n`);
  if (m[1] !== nodeIP(host, state.nodeOrder[0]) || !state.joinTokens.delete(m[2])) {
    ctx.stderr.write(`Failed to join cluster. Error code 500. Invalid token\n`);
    return 1;
  }
  const worker = args.includes('--worker');
  const node = joiningNode(host, state, worker);
  bootNode(host, state, node);
  ctx.stdout.write('Waiting for this node to finish joining the cluster. .. .. .. .\n');
  await ctx.sleep(5);
  if (worker) ctx.stdout.write(`\nThe node has joined the cluster and will appear in the nodes list in a few seconds.\n\nThis worker node gets automatically configured with the API server endpoints.\nIf the API servers are behind a loadbalancer please set the '--refresh-interval' to '0s' in:\n    /var/snap/microk8s/current/args/apiserver-proxy\nand replace the API server endpoints with the one provided by the loadbalancer in:\n    /var/snap/microk8s/current/args/traefik/provider.yaml\n\n`);
  else ctx.stdout.write('Successfully joined the cluster.\n');
  return 0;
}

function config(ctx: CommandContext, host: ToolHost, state: ToolState): number {
  const stopped = notRunning(ctx, state);
  if (stopped !== undefined) return stopped;
  const p = host.cluster.profile;
  ctx.stdout.write(
    `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUREekNDQWZlZ0F3SUJBZ0lVUExBeU1pY3RQbEF5QjRKbzNqUUlRcXlNRGhZd0RRWUpLb1pJaHZjTkFRRUwKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=\n    server: https://${p.apiServerIP}:16443\n  name: ${p.clusterName}\n` +
      `contexts:\n- context:\n    cluster: ${p.clusterName}\n    user: admin\n  name: ${p.contextName}\ncurrent-context: ${p.contextName}\nkind: Config\npreferences: {}\nusers:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K\n    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQotLS0tLUVORCBSU0EgUFJJVkFURSBLRVktLS0tLQo=\n`,
  );
  return 0;
}

function inspect(ctx: CommandContext, state: ToolState): number {
  const svc = (name: string) => `  Service snap.microk8s.daemon-${name} is ${state.machine === 'Running' ? 'running' : 'not running'}\n`;
  ctx.stdout.write(
    `Inspecting system\nInspecting Certificates\nInspecting services\n${['cluster-agent', 'containerd', 'kubelite', 'k8s-dqlite', 'apiserver-kicker'].map(svc).join('')}` +
      `  Copy service arguments to the final report tarball\nInspecting AppArmor configuration\nGathering system information\n  Copy processes list to the final report tarball\n  Copy disk usage information to the final report tarball\n  Copy memory usage information to the final report tarball\n  Copy server uptime to the final report tarball\n  Copy openSSL information to the final report tarball\n  Copy snap list to the final report tarball\n  Copy VM name (or none) to the final report tarball\n  Copy current linux distribution to the final report tarball\n  Copy asnycio usage and limits to the final report tarball\n  Copy inotify max_user_instances and max_user_watches to the final report tarball\n  Copy network configuration to the final report tarball\nInspecting kubernetes cluster\n  Inspect kubernetes cluster\nInspecting dqlite\n  Inspect dqlite\n\n` +
      `Building the report tarball\n  Report tarball is at /var/snap/microk8s/7449/inspection-report-20240601_000000.tar.gz\n`,
  );
  return 0;
}

export async function runMicrok8s(ctx: CommandContext, host: ToolHost, state: ToolState): Promise<number> {
  const [sub, ...args] = ctx.argv.slice(1);
  switch (sub) {
    case 'status':
      if (args.includes('--wait-ready') && state.machine === 'Running') await ctx.sleep(1);
      return status(args, ctx, host, state);
    case 'enable':
    case 'disable':
      if (notRunning(ctx, state) !== undefined) return 1;
      return microk8sEnable(args, ctx, host, state, sub === 'disable');
    case 'kubectl':
      if (state.machine !== 'Running' && args.length && !['version', 'config', 'completion'].includes(args[0])) return ctx.stderr.write(connectionRefused(host)), 1;
      return host.kubectl(args, { ...ctx, argv: ['kubectl', ...args] });
    case 'start':
      if (state.machine !== 'Running') powerOn(host, state);
      await ctx.sleep(3);
      return 0;
    case 'stop':
      ctx.stdout.write('Stopped.\n');
      if (state.machine === 'Running') powerOff(host, state);
      return 0;
    case 'add-node':
      return addNode(ctx, host, state);
    case 'dashboard-proxy':
      return notRunning(ctx, state) ?? dashboardProxy(ctx, host, state);
    case 'join':
      return join(args, ctx, host, state);
    case 'config':
      return config(ctx, host, state);
    case 'inspect':
      return inspect(ctx, state);
    case 'version':
      return ctx.stdout.write(`MicroK8s ${host.cluster.profile.kubernetesVersion} revision 7449\n`), 0;
    default:
      ctx.stdout.write(USAGE);
      return sub ? 1 : 0;
  }
}

const USAGE = `Available subcommands are:
\tadd-node
\taddons
\tconfig
\tctr
\tdashboard-proxy
\tdbctl
\tdisable
\tenable
\thelm
\thelm3
\timages
\tinspect
\tinstance
\tjoin
\tkubectl
\tleave
\trefresh-certs
\tremove-node
\treset
\tstart
\tstatus
\tstop
\tversion
`;
