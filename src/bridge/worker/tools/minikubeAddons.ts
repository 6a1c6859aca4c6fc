/** `minikube addons list | enable | disable | configure` and `minikube dashboard`. */
import type { CommandContext } from '../../../shell';
import { addons } from '../../../sim';
import { parseFlags } from './flags';
import { addonDisabled, addonEnabled, line, profileNotFound, step } from './minikubeMessages';
import { ENABLE_PREAMBLE, metricsServerHint, MINIKUBE_ADDON_TABLE } from './minikubeAddonCatalog';
import { renderTable } from './table';
import type { ToolHost, ToolState } from './toolHost';

function objectsFor(host: ToolHost, state: ToolState, name: string) {
  return addons.MINIKUBE_ADDON_OBJECTS[name](host.cluster.profile, { ranges: state.metallbRanges });
}

function enable(host: ToolHost, state: ToolState, name: string): void {
  addons.enableAddon(host.cluster.client, objectsFor(host, state, name));
  state.enabledAddons.add(name);
}

export async function minikubeAddons(argv: string[], ctx: CommandContext, host: ToolHost, state: ToolState): Promise<number> {
  const f = parseFlags(argv, [{ name: 'profile', short: 'p', kind: 'string' }, { name: 'output', short: 'o', kind: 'string' }]);
  const [sub, name] = f.args;
  const profile = host.cluster.profile.name;
  if (state.machine === 'Nonexistent') return ctx.stdout.write(profileNotFound(profile)), 85;
  if (sub === 'list') {
    const rows = MINIKUBE_ADDON_TABLE.map(([addon, maintainer]) => [addon, profile, state.enabledAddons.has(addon) ? 'enabled ✅' : 'disabled', maintainer]);
    ctx.stdout.write(renderTable(['ADDON NAME', 'PROFILE', 'STATUS', 'MAINTAINER'], rows));
    return 0;
  }
  if (sub !== 'enable' && sub !== 'disable' && sub !== 'configure') {
    ctx.stderr.write(sub ? `Error: unknown command "${sub}" for "minikube addons"\nRun 'minikube addons --help' for usage.\n` : 'addons modifies minikube addons files using subcommands like "minikube addons enable dashboard"\n');
    return sub ? 1 : 0;
  }
  if (!name) {
    ctx.stderr.write(`\n${line('❌', `Exiting due to MK_USAGE: usage: minikube addons ${sub} ADDON_NAME`)}\n`);
    return 14;
  }
  if (!MINIKUBE_ADDON_TABLE.some(([a]) => a === name)) {
    ctx.stderr.write(`\n${line('❌', `Exiting due to MK_ADDON_${sub.toUpperCase()}: run callbacks: ${name} is not a valid addon`)}\n`);
    return 69;
  }
  if (state.machine === 'Stopped' && sub !== 'configure') {
    ctx.stderr.write(`\n${line('❌', `Exiting due to MK_ADDON_${sub.toUpperCase()}: ${sub} failed: the control-plane node ${profile} host is not running`)}\n`);
    return 69;
  }
  if (!addons.MINIKUBE_ADDON_OBJECTS[name]) {
    ctx.stderr.write(line('❗', `The '${name}' addon is not available in this playground.`));
    return 69;
  }
  if (sub === 'configure') return configure(name, ctx, host, state);
  if (sub === 'disable') {
    addons.disableAddon(host.cluster.client, objectsFor(host, state, name));
    state.enabledAddons.delete(name);
    ctx.stdout.write(addonDisabled(name));
    return 0;
  }
  ctx.stdout.write(ENABLE_PREAMBLE[name](state.enabledAddons.has('metrics-server')));
  enable(host, state, name);
  await ctx.sleep(1);
  ctx.stdout.write(addonEnabled(name));
  return 0;
}

/** `addons configure metallb` asks for the address range on stdin. */
function configure(name: string, ctx: CommandContext, host: ToolHost, state: ToolState): number {
  if (name !== 'metallb') {
    ctx.stderr.write(`\n${line('❌', `Exiting due to MK_USAGE: ${name} has no available configuration options`)}\n`);
    return 14;
  }
  const [start = '', end = ''] = ctx.stdin.split('\n').map((s) => s.trim());
  ctx.stdout.write('-- Enter Load Balancer Start IP: -- Enter Load Balancer End IP: ');
  state.metallbRanges = [`${start}-${end}`];
  if (state.enabledAddons.has('metallb')) {
    addons.disableAddon(host.cluster.client, objectsFor(host, state, 'metallb').filter((o) => o.kind === 'ConfigMap'));
    enable(host, state, 'metallb');
  }
  ctx.stdout.write(step(`Using image ${addons.MINIKUBE_METALLB.speaker}`) + step(`Using image ${addons.MINIKUBE_METALLB.controller}`) + line('✅', 'metallb was successfully configured'));
  return 0;
}

/** The proxy port: chosen by the OS on a real machine, derived from the clock here. */
const proxyPort = (ctx: CommandContext) => 32768 + (Math.floor(ctx.now() / 1000) % 28000);

export async function minikubeDashboard(argv: string[], ctx: CommandContext, host: ToolHost, state: ToolState): Promise<number> {
  const f = parseFlags(argv, [{ name: 'url', kind: 'bool' }, { name: 'port', kind: 'string' }]);
  if (state.machine !== 'Running') return ctx.stdout.write(state.machine === 'Stopped' ? line('🤷', `The control-plane node ${state.nodeOrder[0]} host is not running: state=Stopped`) + line('👉', 'To start a cluster, run: "minikube start"') : profileNotFound(host.cluster.profile.name)), state.machine === 'Stopped' ? 83 : 85;
  if (!state.enabledAddons.has('dashboard')) {
    ctx.stdout.write(line('🔌', 'Enabling dashboard ...') + step(`Using image ${addons.DASHBOARD_IMAGE}`) + step(`Using image ${addons.METRICS_SCRAPER_IMAGE}`) + '\n');
    if (!state.enabledAddons.has('metrics-server')) ctx.stdout.write(metricsServerHint());
    enable(host, state, 'dashboard');
  }
  ctx.stdout.write(line('🤔', 'Verifying dashboard health ...') + line('🚀', 'Launching proxy ...'));
  await ctx.sleep(2);
  ctx.stdout.write(line('🤔', 'Verifying proxy health ...'));
  const url = `http://127.0.0.1:${(f.values.port as string) ?? proxyPort(ctx)}/api/v1/namespaces/kubernetes-dashboard/services/http:kubernetes-dashboard:/proxy/`;
  if (f.values.url) ctx.stdout.write(`${url}\n`);
  else {
    ctx.stdout.write(line('🎉', `Opening ${url} in your default browser...`));
    host.openDashboard?.(url);
  }
  // The proxy serves until Ctrl-C.
  while (!ctx.interrupt.aborted) await ctx.sleep(60);
  return 130;
}
