/**
 * MicroK8s' core add-ons: the `microk8s status` list and `microk8s enable|disable <addon>`,
 * which prints the enable script's messages and kubectl's `… created` lines for what it applies.
 */
import type { CommandContext } from '../../../shell';
import { addons } from '../../../sim';
import type { ToolHost, ToolState } from './toolHost';

/** Name → description, as `microk8s status` lists the core repository. */
export const MICROK8S_ADDONS: [string, string][] = [
  ['cert-manager', 'Cloud native certificate management'],
  ['cis-hardening', 'Apply CIS K8s hardening'],
  ['community', 'The community addons repository'],
  ['dashboard', 'The Kubernetes dashboard'],
  ['dns', 'CoreDNS'],
  ['gpu', 'Alias to nvidia add-on'],
  ['ha-cluster', 'Configure high availability on the current node'],
  ['helm', 'Helm - the package manager for Kubernetes'],
  ['helm3', 'Helm 3 - the package manager for Kubernetes'],
  ['host-access', 'Allow Pods connecting to Host services smoothly'],
  ['hostpath-storage', 'Storage class; allocates storage from host directory'],
  ['ingress', 'Ingress controller for external access'],
  ['kube-ovn', 'An advanced network fabric for Kubernetes'],
  ['mayastor', 'OpenEBS MayaStor'],
  ['metallb', 'Loadbalancer for your Kubernetes cluster'],
  ['metrics-server', 'K8s Metrics Server for API access to service metrics'],
  ['minio', 'MinIO object storage'],
  ['nvidia', 'NVIDIA hardware (GPU and network) support'],
  ['observability', 'A lightweight observability stack for logs, traces and metrics'],
  ['prometheus', 'Prometheus operator for monitoring and logging'],
  ['rbac', 'Role-Based Access Control for authorisation'],
  ['registry', 'Private image registry exposed on localhost:32000'],
  ['rook-ceph', 'Distributed Ceph storage using Rook'],
  ['storage', 'Alias to hostpath-storage add-on, deprecated'],
];

export const MICROK8S_DEFAULT_ADDONS = ['dns', 'ha-cluster', 'helm', 'helm3'];

/** Add-ons that only reconfigure the node: nothing to apply. */
const CONFIG_ONLY: Record<string, [string, string, string]> = {
  rbac: ['Enabling RBAC\nReconfiguring apiserver\n', 'RBAC is enabled\n', 'Disabling RBAC\nReconfiguring apiserver\nRBAC is disabled\n'],
  'ha-cluster': ['', 'Addon ha-cluster is already enabled\n', 'Reverting to a non-HA setup\nHA disabled\n'],
  helm: ['', 'Addon helm is already enabled\n', 'Disabling Helm\nHelm is disabled\n'],
  helm3: ['', 'Addon helm3 is already enabled\n', 'Disabling Helm 3\nHelm 3 is disabled\n'],
  'host-access': ['Setting 10.0.1.1 as host-access\n', 'Host-access is enabled\n', 'Host-access is disabled\n'],
};

const TITLES: Record<string, [string, string]> = {
  dashboard: ['Enabling Kubernetes Dashboard\n', ''],
  dns: ['Enabling DNS\nUsing host configuration from /run/systemd/resolve/resolv.conf\nApplying manifest\n', 'DNS is enabled\n'],
  'hostpath-storage': [
    'Enabling default storage class.\nWARNING: Hostpath storage is not suitable for production environments.\n         A hostpath volume can grow beyond the size limit set in the volume claim manifest.\n\n',
    'Storage will be available soon.\n',
  ],
  ingress: ['Enabling Ingress\n', 'Ingress is enabled\n'],
  metallb: ['Enabling MetalLB\nApplying Metallb manifest\n', 'MetalLB is enabled\n'],
  'metrics-server': ['Enabling Metrics-Server\n', 'Metrics-Server is enabled\n'],
  registry: ['The registry will be created with the size of 20Gi.\nDefault storage class will be used.\n', 'The registry is enabled\n'],
};

const DASHBOARD_EPILOGUE = `If RBAC is not enabled access the dashboard using the token retrieved with:

microk8s kubectl describe secret -n kube-system microk8s-dashboard-token

Use this token in the https login UI of the kubernetes-dashboard service.

In an RBAC enabled setup (microk8s enable RBAC) you need to create a user with restricted
permissions as shown in:
https://github.com/kubernetes/dashboard/blob/master/docs/user/access-control/creating-sample-user.md

`;

function applied(ctx: CommandContext, results: addons.AppliedObject[]): void {
  for (const r of results) {
    if (r.outcome === 'failed') ctx.stderr.write(`Error from server (Invalid): error when creating "STDIN": ${r.error}\n`);
    else ctx.stdout.write(`${addons.appliedName(r.object)} ${r.outcome}\n`);
  }
}

/** Enables one add-on and those it depends on; returns false when the name is unknown. */
function enableOne(name: string, arg: string | undefined, ctx: CommandContext, host: ToolHost, state: ToolState): number {
  const out = (s: string) => ctx.stdout.write(s);
  out(`Infer repository core for addon ${name}\n`);
  if (state.enabledAddons.has(name)) return out(`Addon core/${name} is already enabled\n`), 0;
  const config = CONFIG_ONLY[name];
  if (config) {
    out(config[0] + config[1]);
    state.enabledAddons.add(name);
    return 0;
  }
  const build = addons.MICROK8S_ADDON_OBJECTS[name];
  if (!build) return ctx.stderr.write(`Addon ${name} is not available in this playground.\n`), 1;
  if (name === 'metallb') {
    const ranges = (arg ?? ctx.stdin.split('\n')[0] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (!ranges.length) {
      out("Enter each IP address range delimited by comma (e.g. '10.64.140.43-10.64.140.49,192.168.0.105-192.168.0.111'): ");
      return ctx.stderr.write('\nAborted!\n'), 1;
    }
    state.metallbRanges = ranges;
  }
  const [title, done] = TITLES[name];
  if (name === 'registry') out('Enabling the private registry\n');
  out(title);
  if (name === 'dashboard' && !state.enabledAddons.has('metrics-server')) enableOne('metrics-server', undefined, ctx, host, state);
  if (name === 'registry' && !state.enabledAddons.has('hostpath-storage')) enableOne('hostpath-storage', undefined, ctx, host, state);
  if (name === 'registry') out('Applying registry manifest\n');
  applied(ctx, addons.enableAddon(host.cluster.client, build(host.cluster.profile, { ranges: state.metallbRanges })));
  if (name === 'metallb') out(`Waiting for Metallb controller to be ready.\ndeployment.apps/controller condition met\n`);
  out(name === 'dashboard' ? DASHBOARD_EPILOGUE : done);
  state.enabledAddons.add(name);
  return 0;
}

function disableOne(name: string, ctx: CommandContext, host: ToolHost, state: ToolState): number {
  const out = (s: string) => ctx.stdout.write(s);
  out(`Infer repository core for addon ${name}\n`);
  if (!state.enabledAddons.has(name)) return out(`Addon core/${name} is already disabled\n`), 0;
  const config = CONFIG_ONLY[name];
  if (config) out(config[2]);
  else {
    const build = addons.MICROK8S_ADDON_OBJECTS[name];
    const label = name === 'dns' ? 'DNS' : name === 'metrics-server' ? 'Metrics-Server' : name === 'ingress' ? 'Ingress' : name === 'metallb' ? 'MetalLB' : name === 'dashboard' ? 'Dashboard' : name;
    out(`Disabling ${label}\n`);
    for (const obj of addons.disableAddon(host.cluster.client, build(host.cluster.profile, { ranges: state.metallbRanges }))) out(`${addons.appliedName(obj)} deleted\n`);
    out(name === 'hostpath-storage' ? 'Storage removed\n' : name === 'registry' ? 'The registry is disabled. Use \'microk8s disable hostpath-storage:destroy-storage\' to free the storage space.\n' : `${label} is disabled\n`);
  }
  state.enabledAddons.delete(name);
  return 0;
}

export function microk8sEnable(args: string[], ctx: CommandContext, host: ToolHost, state: ToolState, disable: boolean): number {
  const verb = disable ? 'disable' : 'enable';
  if (!args.length) {
    ctx.stderr.write(`Usage: microk8s ${verb} [OPTIONS] ADDONS...\nTry 'microk8s ${verb} -h' for help.\n\nError: Missing argument 'ADDONS...'.\n`);
    return 2;
  }
  for (const spec of args) {
    const [raw, arg] = spec.split(/:(.*)/s);
    const name = raw === 'storage' ? 'hostpath-storage' : raw;
    if (!MICROK8S_ADDONS.some(([a]) => a === name)) {
      ctx.stderr.write(`Addon ${raw} was not found in any repository\nTo use the community maintained flavor enable the respective repository:\n\n    microk8s enable community\n\n`);
      return 1;
    }
    const code = disable ? disableOne(name, ctx, host, state) : enableOne(name, arg, ctx, host, state);
    if (code) return code;
  }
  return 0;
}

export function addonStatusLines(state: ToolState): string {
  const row = ([name, desc]: [string, string]) => `    ${name.padEnd(20)} # (core) ${desc}\n`;
  const enabled = MICROK8S_ADDONS.filter(([a]) => state.enabledAddons.has(a));
  const disabled = MICROK8S_ADDONS.filter(([a]) => !state.enabledAddons.has(a));
  return `addons:\n  enabled:\n${enabled.map(row).join('')}  disabled:\n${disabled.map(row).join('')}`;
}
