/** `minikube start | stop | delete | status`: the machine's life cycle. */
import type { CommandContext } from '../../../shell';
import { addons } from '../../../sim';
import { powerOff, powerOn, wipe, work } from './clusterOps';
import { parseFlags } from './flags';
import { banner, done, exitDueTo, KICBASE, line, preparing, profileNotFound, startingNode, step, usageError } from './minikubeMessages';
import { addMinikubeNode, minikubeNodeProfile, nodeIP } from './minikubeNodes';
import type { ToolHost, ToolState } from './toolHost';

export const DEFAULT_ADDONS = ['default-storageclass', 'storage-provisioner'];

const START_FLAGS = [
  { name: 'nodes', short: 'n', kind: 'string' as const },
  { name: 'kubernetes-version', kind: 'string' as const },
  { name: 'driver', kind: 'string' as const },
  { name: 'vm-driver', kind: 'string' as const },
  { name: 'container-runtime', kind: 'string' as const },
  { name: 'cpus', kind: 'string' as const },
  { name: 'memory', kind: 'string' as const },
  { name: 'profile', short: 'p', kind: 'string' as const },
  { name: 'addons', kind: 'string' as const },
  { name: 'cni', kind: 'string' as const },
  { name: 'wait', kind: 'string' as const },
  { name: 'force', kind: 'bool' as const },
];

const semver = (v: string) => v.replace(/^v/, '').split('.').map(Number);
const older = (a: string, b: string) => {
  const [x, y] = [semver(a), semver(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  return false;
};

function enabledAddonsLine(state: ToolState): string {
  const order = ['storage-provisioner', 'default-storageclass'];
  const names = [...order.filter((a) => state.enabledAddons.has(a)), ...[...state.enabledAddons].filter((a) => !order.includes(a)).sort()];
  return step('Using image gcr.io/k8s-minikube/storage-provisioner:v5') + line('🌟', `Enabled addons: ${names.join(', ')}`);
}

export async function minikubeStart(argv: string[], ctx: CommandContext, host: ToolHost, state: ToolState): Promise<number> {
  const f = parseFlags(argv, START_FLAGS);
  if (f.error) return ctx.stderr.write(usageError('start', f.error)), 1;
  const profile = host.cluster.profile;
  const out = (s: string) => ctx.stdout.write(s);
  const requested = f.values['kubernetes-version'] as string | undefined;
  const version = requested === 'stable' || requested === 'latest' || !requested ? profile.kubernetesVersion : requested.startsWith('v') ? requested : `v${requested}`;
  out(banner(profile.osImage.replace(/\.\d+ LTS$/, '')));
  if (state.machine !== 'Nonexistent' && older(version, profile.kubernetesVersion)) {
    ctx.stderr.write(exitDueTo('K8S_DOWNGRADE_UNSUPPORTED', `Unable to safely downgrade existing Kubernetes ${profile.kubernetesVersion} cluster to ${version}`));
    return 106;
  }
  const nodes = f.values.nodes === undefined ? undefined : Number(f.values.nodes);
  if (nodes !== undefined && !(nodes >= 1)) return ctx.stderr.write(exitDueTo('MK_USAGE', `Number of nodes ${String(f.values.nodes)} is invalid`)), 14;
  if (state.machine === 'Nonexistent') return freshStart(ctx, host, state, nodes ?? 1);

  out(line('✨', 'Using the docker driver based on existing profile'));
  if (nodes !== undefined && nodes !== state.nodeOrder.length) {
    out(line('❗', "You cannot change the number of nodes for an existing minikube cluster. Please use 'minikube node add' to add nodes to an existing cluster."));
  }
  const wasRunning = state.machine === 'Running';
  for (const [i, name] of state.nodeOrder.entries()) {
    out(startingNode(name, profile.name, i === 0));
    out(line('🚜', `Pulling base image ${KICBASE} ...`));
    out(wasRunning ? line('🏃', `Updating the running docker "${name}" container ...`) : line('🔄', `Restarting existing docker container for "${name}" ...`));
    out(preparing(profile.kubernetesVersion, profile.containerRuntime));
    if (i === 0) {
      if (!wasRunning) powerOn(host, state);
      await work(ctx, wasRunning ? 1 : 5);
      out(line('🔎', 'Verifying Kubernetes components...'));
      out(enabledAddonsLine(state));
    } else out(line('🔎', 'Verifying Kubernetes components...'));
  }
  out(done(profile.name));
  return 0;
}

async function freshStart(ctx: CommandContext, host: ToolHost, state: ToolState, nodes: number): Promise<number> {
  const profile = host.cluster.profile;
  const out = (s: string) => ctx.stdout.write(s);
  out(line('✨', 'Automatically selected the docker driver. Other choices: ssh, none'));
  out(line('📌', 'Using Docker driver with root privileges'));
  out(startingNode(profile.name, profile.name, true));
  out(line('🚜', `Pulling base image ${KICBASE} ...`));
  out(line('🔥', `Creating docker container (CPUs=2, Memory=${nodes > 1 ? 2200 : 3900}MB) ...`));
  out(preparing(profile.kubernetesVersion, profile.containerRuntime));
  out(step('Generating certificates and keys ...') + step('Booting up control plane ...') + step('Configuring RBAC rules ...'));
  out(line('🔗', nodes > 1 ? 'Configuring CNI (Container Networking Interface) ...' : 'Configuring bridge CNI (Container Networking Interface) ...'));
  powerOn(host, state);
  for (const a of DEFAULT_ADDONS) addons.enableAddon(host.cluster.client, addons.MINIKUBE_ADDON_OBJECTS[a](profile, {}));
  state.enabledAddons = new Set(DEFAULT_ADDONS);
  await work(ctx, 8);
  out(line('🔎', 'Verifying Kubernetes components...'));
  out(enabledAddonsLine(state));
  out('\n');
  for (let i = 2; i <= nodes; i++) {
    const node = minikubeNodeProfile(host, state, i);
    out(startingNode(node.name, profile.name, false));
    out(line('🚜', `Pulling base image ${KICBASE} ...`));
    out(line('🔥', 'Creating docker container (CPUs=2, Memory=2200MB) ...'));
    out(line('🌐', 'Found network options:'));
    out(step(`NO_PROXY=${state.nodeOrder.map((n) => nodeIP(host, n)).join(',')}`));
    out(preparing(profile.kubernetesVersion, profile.containerRuntime));
    out(step(`env NO_PROXY=${profile.apiServerIP}`));
    addMinikubeNode(host, state, node);
    await work(ctx, 4);
    out(line('🔎', 'Verifying Kubernetes components...'));
  }
  out(done(profile.name));
  return 0;
}

export function minikubeStop(ctx: CommandContext, host: ToolHost, state: ToolState): number {
  if (state.machine === 'Nonexistent') return ctx.stdout.write(profileNotFound(host.cluster.profile.name)), 0;
  for (const name of state.nodeOrder) {
    ctx.stdout.write(line('✋', `Stopping node "${name}"  ...`));
    if (state.machine === 'Running') ctx.stdout.write(line('🛑', `Powering off "${name}" via SSH ...`));
  }
  powerOff(host, state);
  const n = state.nodeOrder.length;
  ctx.stdout.write(line('🛑', `${n} node${n === 1 ? '' : 's'} stopped.`));
  return 0;
}

export function minikubeDelete(ctx: CommandContext, host: ToolHost, state: ToolState): number {
  const name = host.cluster.profile.name;
  if (state.machine === 'Nonexistent') {
    ctx.stdout.write(line('🙄', `"${name}" profile does not exist, trying anyways.`) + line('💀', `Removed all traces of the "${name}" cluster.`));
    return 0;
  }
  ctx.stdout.write(line('🔥', `Deleting "${name}" in docker ...`));
  for (const node of state.nodeOrder) ctx.stdout.write(line('🔥', `Deleting container "${node}" ...`));
  for (const node of state.nodeOrder) ctx.stdout.write(line('🔥', `Removing /root/.minikube/machines/${node} ...`));
  if (state.machine === 'Running') powerOff(host, state);
  for (const a of [...state.enabledAddons].filter((x) => !DEFAULT_ADDONS.includes(x))) addons.disableAddon(host.cluster.client, addons.MINIKUBE_ADDON_OBJECTS[a]?.(host.cluster.profile, {}) ?? []);
  wipe(host, state);
  state.enabledAddons.clear();
  state.machine = 'Nonexistent';
  ctx.stdout.write(line('💀', `Removed all traces of the "${name}" cluster.`));
  return 0;
}

export function minikubeStatus(ctx: CommandContext, host: ToolHost, state: ToolState): number {
  const profile = host.cluster.profile.name;
  if (state.machine === 'Nonexistent') return ctx.stdout.write(profileNotFound(profile)), 85;
  let code = 0;
  for (const [i, name] of state.nodeOrder.entries()) {
    const running = state.machine === 'Running' && host.cluster.kubelets.get(name)?.isRunning() === true;
    const s = running ? 'Running' : 'Stopped';
    if (!running) code |= i === 0 ? 7 : 3;
    ctx.stdout.write(`${name}\ntype: ${i === 0 ? 'Control Plane' : 'Worker'}\nhost: ${s}\nkubelet: ${s}\n`);
    if (i === 0) ctx.stdout.write(`apiserver: ${s}\nkubeconfig: ${running ? 'Configured' : 'Stopped'}\n`);
    ctx.stdout.write('\n');
  }
  return code;
}
