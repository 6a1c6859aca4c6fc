/**
 * The `minikube` command: one playground cluster stands for the `minikube` profile. Subcommands
 * live in their own files; this one dispatches and answers the small read-only ones.
 */
import type { Event } from 'kubernetes-types/core/v1';
import type { CommandContext } from '../../../shell';
import { resources } from '../../../sim';
import { connectionRefused, type ToolHost, type ToolState } from './toolHost';
import { minikubeAddons, minikubeDashboard } from './minikubeAddons';
import { minikubeDelete, minikubeStart, minikubeStatus, minikubeStop } from './minikubeLifecycle';
import { line, MINIKUBE_COMMIT, MINIKUBE_VERSION, profileNotFound } from './minikubeMessages';
import { minikubeNode, nodeIP } from './minikubeNodes';
import { minikubeService, minikubeTunnel } from './minikubeService';
import { minikubeSsh } from './minikubeSsh';
import { renderTable } from './table';

type Sub = (args: string[], ctx: CommandContext, host: ToolHost, state: ToolState) => number | Promise<number>;

const SUBCOMMANDS: Record<string, Sub> = {
  start: minikubeStart,
  stop: (_a, ctx, h, s) => minikubeStop(ctx, h, s),
  delete: (_a, ctx, h, s) => minikubeDelete(ctx, h, s),
  status: (_a, ctx, h, s) => minikubeStatus(ctx, h, s),
  service: minikubeService,
  tunnel: (_a, ctx, h, s) => minikubeTunnel(ctx, h, s),
  addons: minikubeAddons,
  dashboard: minikubeDashboard,
  node: minikubeNode,
  ip: (_a, ctx, h, s) => ip(ctx, h, s),
  kubectl: (a, ctx, h, s) => kubectl(a, ctx, h, s),
  profile: (a, ctx, h, s) => profile(a, ctx, h, s),
  version: (a, ctx) => version(a, ctx),
  'update-context': (_a, ctx, h) => updateContext(ctx, h),
  logs: (_a, ctx, h, s) => logs(ctx, h, s),
  ssh: minikubeSsh,
};

export async function runMinikube(ctx: CommandContext, host: ToolHost, state: ToolState): Promise<number> {
  const [sub, ...args] = ctx.argv.slice(1);
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') return ctx.stdout.write(USAGE), 0;
  const run = SUBCOMMANDS[sub];
  if (!run) {
    ctx.stderr.write(`Error: unknown command "${sub}" for "minikube"\nRun 'minikube --help' for usage.\n`);
    return 1;
  }
  return run(args, ctx, host, state);
}

function ip(ctx: CommandContext, host: ToolHost, state: ToolState): number {
  if (state.machine === 'Nonexistent') return ctx.stdout.write(profileNotFound(host.cluster.profile.name)), 85;
  ctx.stdout.write(`${nodeIP(host, state.nodeOrder[0])}\n`);
  return 0;
}

/** `minikube kubectl -- get pods`: kubectl matching the cluster's version, through the same API. */
function kubectl(args: string[], ctx: CommandContext, host: ToolHost, state: ToolState): Promise<number> | number {
  const argv = args[0] === '--' ? args.slice(1) : args;
  if (!host.session.apiReachable && state.machine !== 'Running' && argv.length && !['version', 'config', 'completion', 'help'].includes(argv[0])) {
    ctx.stderr.write(connectionRefused(host));
    return 1;
  }
  return host.kubectl(argv, { ...ctx, argv: ['kubectl', ...argv] });
}

function profile(args: string[], ctx: CommandContext, host: ToolHost, state: ToolState): number {
  const p = host.cluster.profile;
  if (args[0] !== 'list') {
    if (!args[0]) return ctx.stdout.write(`${p.name}\n`), 0;
    ctx.stdout.write(line('✅', `minikube profile was successfully set to ${args[0]}`));
    return 0;
  }
  if (state.machine === 'Nonexistent') {
    ctx.stdout.write(`\n${line('🤹', 'Exiting due to MK_USAGE_NO_PROFILE: No minikube profile was found.')}${line('💡', 'Suggestion: \n\n\t You can create one using \'minikube start\'.\n\t')}\n`);
    return 14;
  }
  const status = state.machine === 'Running' ? 'OK' : 'Stopped';
  const header = ['Profile', 'VM Driver', 'Runtime', 'IP', 'Port', 'Version', 'Status', 'Nodes', 'Active Profile', 'Active Kubecontext'];
  const active = host.kubeconfig.currentContext === p.contextName ? '*' : '';
  const rt = p.containerRuntime.split('://')[0];
  ctx.stdout.write(renderTable(header, [[p.name, 'docker', rt, nodeIP(host, state.nodeOrder[0]), '8443', p.kubernetesVersion, status, String(state.nodeOrder.length), '*', active]]));
  return 0;
}

function version(args: string[], ctx: CommandContext): number {
  if (args.includes('--short')) return ctx.stdout.write(`${MINIKUBE_VERSION}\n`), 0;
  ctx.stdout.write(`minikube version: ${MINIKUBE_VERSION}\ncommit: ${MINIKUBE_COMMIT}\n`);
  return 0;
}

function updateContext(ctx: CommandContext, host: ToolHost): number {
  const p = host.cluster.profile;
  const ctxName = p.contextName;
  if (!host.kubeconfig.contexts.some((c) => c.name === ctxName)) host.kubeconfig.contexts.push({ name: ctxName, cluster: p.clusterName, user: p.name });
  if (host.kubeconfig.currentContext === ctxName) {
    ctx.stdout.write(line('🎉', `"${p.name}" context has been updated to point to ${p.apiServerIP}:8443`) + line('💗', `Current context is "${ctxName}"`));
    return 0;
  }
  host.kubeconfig.currentContext = ctxName;
  ctx.stdout.write(line('💗', `Current context is "${ctxName}"`));
  return 0;
}

function logs(ctx: CommandContext, host: ToolHost, state: ToolState): number {
  if (state.machine === 'Nonexistent') return ctx.stdout.write(profileNotFound(host.cluster.profile.name)), 85;
  ctx.stdout.write(
    `\n==> Audit <==\n|---------|------|---------|------|---------|------------|----------|\n| Command | Args | Profile | User | Version | Start Time | End Time |\n|---------|------|---------|------|---------|------------|----------|\n\n` +
      `==> Last Start <==\nLog file created at: ${new Date(ctx.now()).toISOString().replace('T', ' ').slice(0, 19)}\nRunning on machine: ${ctx.hostname}\n` +
      `Binary: Built with gc go1.23.4 for linux/amd64\nLog line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg\n\n` +
      `==> Docker <==\n${state.machine === 'Running' ? 'active (running)' : 'inactive (dead)'}\n\n==> kubelet <==\n` +
      nodeEvents(host),
  );
  return 0;
}

/** The kubelets' node events, in klog's line format, stand for the kubelet journal. */
function nodeEvents(host: ToolHost): string {
  const events = host.cluster.client.list<Event>(resources.EVENTS, { namespace: 'default' }).items.filter((e) => e.involvedObject.kind === 'Node');
  return events
    .map((e) => {
      const t = new Date(Date.parse(e.lastTimestamp ?? e.firstTimestamp ?? '') || 0).toISOString();
      return `${e.type === 'Warning' ? 'W' : 'I'}${t.slice(5, 7)}${t.slice(8, 10)} ${t.slice(11, 19)}.000000    1 kubelet.go:1] "${e.message}" node="${e.involvedObject.name}"\n`;
    })
    .join('');
}

const USAGE = `minikube provisions and manages local Kubernetes clusters optimized for development workflows.

Basic Commands:
  start            Starts a local Kubernetes cluster
  status           Gets the status of a local Kubernetes cluster
  stop             Stops a running local Kubernetes cluster
  delete           Deletes a local Kubernetes cluster
  dashboard        Access the Kubernetes dashboard running within the minikube cluster

Images Commands:
  docker-env       Provides instructions to point your terminal's docker-cli to the Docker Engine inside minikube.

Configuration and Management Commands:
  addons           Enable or disable a minikube addon
  profile          Get or list the current profiles (clusters)

Networking and Connectivity Commands:
  service          Returns a URL to connect to a service
  tunnel           Connect to LoadBalancer services

Advanced Commands:
  ssh              Log into the minikube environment (for debugging)
  kubectl          Run a kubectl binary matching the cluster version
  node             Add, remove, or list additional nodes

Troubleshooting Commands:
  logs             Returns logs to debug a local Kubernetes cluster
  ip               Retrieves the IP address of the specified node
  update-context   Update kubeconfig in case of an IP or port change
  version          Print the version of minikube

Use "minikube <command> --help" for more information about a given command.
`;
