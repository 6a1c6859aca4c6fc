import { describe, expect, it } from 'vitest';
import { SimHost } from '../simHost';

async function session(lines: string[]) {
  const host = new SimHost({ seed: 1, profile: 'microk8s' });
  const results = [];
  for (const line of lines) results.push(await host.exec(line));
  return { host, last: results[results.length - 1] };
}

const NGINX_NODEPORT = ['microk8s kubectl create deployment web --image=nginx', 'microk8s kubectl expose deployment web --type=NodePort --port=80'];

interface Case {
  name: string;
  setup?: string[];
  command: string;
  stdout?: string | RegExp;
  contains?: string[];
  exitCode?: number;
}

const cases: Case[] = [
  {
    name: 'status --wait-ready lists the default add-ons',
    command: 'microk8s status --wait-ready',
    contains: [
      'microk8s is running\nhigh-availability: no\n  datastore master nodes: 192.168.64.2:19001\n  datastore standby nodes: none\naddons:\n  enabled:\n    dns                  # (core) CoreDNS\n    ha-cluster           # (core) Configure high availability on the current node\n',
      '  disabled:\n    cert-manager         # (core) Cloud native certificate management\n',
    ],
  },
  { name: 'enabled add-ons move up the list', setup: ['microk8s enable ingress'], command: 'microk8s status', contains: ['    helm3                # (core) Helm 3 - the package manager for Kubernetes\n    ingress              # (core) Ingress controller for external access\n  disabled:'] },
  { name: 'enable dns when already on', command: 'microk8s enable dns', stdout: 'Infer repository core for addon dns\nAddon core/dns is already enabled\n' },
  { name: 'enable ingress prints what it applies', command: 'microk8s enable ingress', contains: ['Infer repository core for addon ingress\nEnabling Ingress\ningressclass.networking.k8s.io/public created\ningressclass.networking.k8s.io/nginx created\nnamespace/ingress created\n', 'daemonset.apps/nginx-ingress-microk8s-controller created\nIngress is enabled\n'] },
  { name: 'enable hostpath-storage', command: 'microk8s enable hostpath-storage', contains: ['WARNING: Hostpath storage is not suitable for production environments.', 'storageclass.storage.k8s.io/microk8s-hostpath created\n', 'Storage will be available soon.\n'] },
  { name: 'enable registry enables storage first', command: 'microk8s enable registry', contains: ['Infer repository core for addon hostpath-storage\n', 'namespace/container-registry created\n', 'service/registry created\n', 'The registry is enabled\n'] },
  { name: 'enable rbac', command: 'microk8s enable rbac', stdout: 'Infer repository core for addon rbac\nEnabling RBAC\nReconfiguring apiserver\nRBAC is enabled\n' },
  { name: 'metallb needs a range', command: 'microk8s enable metallb:10.64.140.43-10.64.140.49', contains: ['Enabling MetalLB\n', 'namespace/metallb-system created\n', 'MetalLB is enabled\n'] },
  { name: 'unknown add-on', command: 'microk8s enable nope', contains: ['Addon nope was not found in any repository'], exitCode: 1 },
  { name: 'disable ingress', setup: ['microk8s enable ingress'], command: 'microk8s disable ingress', contains: ['Disabling Ingress\n', 'namespace/ingress deleted\n', 'Ingress is disabled\n'] },
  { name: 'add-node prints a join command', command: 'microk8s add-node', stdout: /^From the node you wish to join to this cluster, run the following:\nmicrok8s join 192\.168\.64\.2:25000\/[0-9a-f]{32}\/[0-9a-f]{12}\n/ },
  { name: 'join with a bad token', command: 'microk8s join 192.168.64.2:25000/0000/1111', contains: ['Contacting cluster at 192.168.64.2\n', 'Invalid token'], exitCode: 1 },
  { name: 'config prints a kubeconfig', command: 'microk8s config', contains: ['    server: https://192.168.64.2:16443\n  name: microk8s-cluster\n', 'current-context: microk8s\n'] },
  { name: 'stop', command: 'microk8s stop', stdout: 'Stopped.\n' },
  { name: 'kubectl when stopped', setup: ['microk8s stop'], command: 'microk8s kubectl get pods', contains: ['The connection to the server 192.168.64.2:16443 was refused'], exitCode: 1 },
  { name: 'status when stopped', setup: ['microk8s stop'], command: 'microk8s status', stdout: 'microk8s is not running. Use microk8s inspect for a deeper inspection.\n', exitCode: 1 },
  { name: 'inspect', command: 'microk8s inspect', contains: ['  Service snap.microk8s.daemon-kubelite is running\n', 'Building the report tarball\n'] },
  { name: 'dashboard-proxy without the add-on', command: 'microk8s dashboard-proxy', stdout: "Checking if Dashboard is running.\nDashboard is not enabled. Please run 'microk8s enable dashboard' first.\n", exitCode: 1 },
  {
    name: 'dashboard-proxy prints the token and forwards until Ctrl-C',
    setup: ['microk8s enable dashboard'],
    command: 'microk8s dashboard-proxy',
    stdout: /^Checking if Dashboard is running\.\nInfer repository core for addon dashboard\nWaiting for Dashboard to come up\.\nTrying to get token from microk8s-dashboard-token\nWaiting for secret token \(attempt 0\)\nDashboard will be available at https:\/\/127\.0\.0\.1:10443\nUse the following token to login:\neyJhbGciOiJSUzI1NiIsImtpZCI6[\w-]+\.eyJ[\w-]+\.[\w-]{342}\nForwarding from 0\.0\.0\.0:10443 -> 8443\n$/,
    exitCode: 130,
  },
];

describe('microk8s', () => {
  it.each(cases)('$name', async (c) => {
    const { last } = await session([...(c.setup ?? []), c.command]);
    if (typeof c.stdout === 'string') expect(last.stdout).toBe(c.stdout);
    else if (c.stdout) expect(last.stdout).toMatch(c.stdout);
    for (const s of c.contains ?? []) expect(last.stdout + last.stderr).toContain(s);
    expect(last.exitCode).toBe(c.exitCode ?? 0);
  });

  const effects: { name: string; lines: string[]; check: string; expected: string | RegExp }[] = [
    { name: 'the node is named after the host and runs containerd', lines: [], check: 'microk8s kubectl get nodes -o wide --no-headers', expected: /^microk8s-vm\s+Ready\s.*containerd:\/\/1\.6\.36\n$/ },
    { name: 'no kubeadm static pods or kube-proxy', lines: [], check: 'microk8s kubectl get pods -n kube-system -o name', expected: /^(?!.*(etcd|kube-apiserver|kube-proxy)).*calico-kube-controllers.*calico-node.*coredns/s },
    { name: 'ingress runs as a DaemonSet in its namespace', lines: ['microk8s enable ingress'], check: 'microk8s kubectl get ds -n ingress -o name', expected: 'daemonset.apps/nginx-ingress-microk8s-controller\n' },
    { name: 'the dashboard lives in kube-system', lines: ['microk8s enable dashboard'], check: 'microk8s kubectl get deploy -n kube-system kubernetes-dashboard -o name', expected: 'deployment.apps/kubernetes-dashboard\n' },
    { name: 'nodes carry no role label', lines: [], check: 'microk8s kubectl get nodes --no-headers', expected: /^microk8s-vm +Ready +<none> +/ },
    { name: 'the dashboard token Secret gets its token', lines: ['microk8s enable dashboard'], check: "microk8s kubectl -n kube-system get secret microk8s-dashboard-token -o jsonpath='{.data.namespace}'", expected: 'a3ViZS1zeXN0ZW0=' },
    { name: 'the terminal is the node: localhost reaches a NodePort', lines: NGINX_NODEPORT, check: 'curl -s localhost:$(microk8s kubectl get svc web -o jsonpath={.spec.ports[0].nodePort}) | grep title', expected: '<title>Welcome to nginx!</title>\n' },
    { name: 'the terminal is the node: a ClusterIP answers', lines: NGINX_NODEPORT, check: 'curl -s $(microk8s kubectl get svc web -o jsonpath={.spec.clusterIP}) | grep title', expected: '<title>Welcome to nginx!</title>\n' },
    { name: 'the terminal is the node: a pod IP answers', lines: NGINX_NODEPORT, check: 'curl -s $(microk8s kubectl get pods -l app=web -o jsonpath={.items[0].status.podIP}) | grep title', expected: '<title>Welcome to nginx!</title>\n' },
    { name: 'add-node then join adds a node', lines: ['microk8s add-node | sed -n 2p > /tmp/join', '$(cat /tmp/join)'], check: 'microk8s kubectl get nodes --no-headers -o custom-columns=NAME:.metadata.name', expected: 'microk8s-vm\nmicrok8s-vm2\n' },
  ];
  it.each(effects)('$name', async (c) => {
    const { last } = await session([...c.lines, c.check]);
    if (typeof c.expected === 'string') expect(last.stdout).toBe(c.expected);
    else expect(last.stdout).toMatch(c.expected);
  });
});
