import { describe, expect, it } from 'vitest';
import { SimHost } from '../simHost';

async function session(lines: string[], profile = 'minikube') {
  const host = new SimHost({ seed: 1, profile });
  const results = [];
  for (const line of lines) results.push(await host.exec(line));
  return { host, results, last: results[results.length - 1] };
}

const HELLO = [
  'kubectl create deployment hello-node --image=registry.k8s.io/e2e-test-images/agnhost:2.39 -- /agnhost netexec --http-port=8080',
  'kubectl expose deployment hello-node --type=LoadBalancer --port=8080',
];

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
    name: 'start on a running cluster updates the container',
    command: 'minikube start',
    stdout: `😄  minikube v1.35.0 on Ubuntu 22.04
✨  Using the docker driver based on existing profile
👍  Starting "minikube" primary control-plane node in "minikube" cluster
🚜  Pulling base image v0.0.46 ...
🏃  Updating the running docker "minikube" container ...
🐳  Preparing Kubernetes v1.32.0 on Docker 27.4.0 ...
🔎  Verifying Kubernetes components...
    ▪ Using image gcr.io/k8s-minikube/storage-provisioner:v5
🌟  Enabled addons: storage-provisioner, default-storageclass
🏄  Done! kubectl is now configured to use "minikube" cluster and "default" namespace by default
`,
  },
  { name: 'status of a running cluster', command: 'minikube status', stdout: 'minikube\ntype: Control Plane\nhost: Running\nkubelet: Running\napiserver: Running\nkubeconfig: Configured\n\n' },
  { name: 'status of a stopped cluster exits 7', setup: ['minikube stop'], command: 'minikube status', stdout: 'minikube\ntype: Control Plane\nhost: Stopped\nkubelet: Stopped\napiserver: Stopped\nkubeconfig: Stopped\n\n', exitCode: 7 },
  { name: 'status of a deleted profile exits 85', setup: ['minikube delete'], command: 'minikube status', stdout: '🤷  Profile "minikube" not found. Run "minikube profile list" to view all profiles.\n👉  To start a cluster, run: "minikube start"\n', exitCode: 85 },
  { name: 'ip', command: 'minikube ip', stdout: '192.168.49.2\n' },
  { name: 'version', command: 'minikube version', stdout: 'minikube version: v1.35.0\ncommit: dd5d320e41b5451cdf3c01891bc4e13d189586ed-dirty\n' },
  { name: 'service --url', setup: HELLO, command: 'minikube service hello-node --url', stdout: /^http:\/\/192\.168\.49\.2:3\d{4}\n$/ },
  {
    name: 'service prints the URL table',
    setup: HELLO,
    command: 'minikube service hello-node',
    stdout: /^\|-----------\|------------\|-------------\|---------------------------\|\n\| NAMESPACE \| {4}NAME {4}\| TARGET PORT \| {12}URL {12}\|\n\|-----------\|------------\|-------------\|---------------------------\|\n\| default {3}\| hello-node \| {8}8080 \| http:\/\/192\.168\.49\.2:3\d{4} \|\n\|-----------\|------------\|-------------\|---------------------------\|\n🎉 {2}Opening service default\/hello-node in default browser\.\.\.\n$/,
  },
  { name: 'service of a missing Service', command: 'minikube service nope', contains: ["Exiting due to SVC_NOT_FOUND: Service 'nope' was not found in 'default' namespace."], exitCode: 115 },
  { name: 'service list', setup: HELLO, command: 'minikube service list', contains: ['| default     | kubernetes | No node port |                           |', '| kube-system | kube-dns   | No node port |                           |'] },
  {
    name: 'addons enable metrics-server',
    command: 'minikube addons enable metrics-server',
    stdout: `💡  metrics-server is an addon maintained by Kubernetes. For any concerns contact minikube on GitHub.
You can view the list of minikube maintainers at: https://github.com/kubernetes/minikube/blob/master/OWNERS
    ▪ Using image registry.k8s.io/metrics-server/metrics-server:v0.7.2
🌟  The 'metrics-server' addon is enabled
`,
  },
  { name: 'addons list shows enabled ones', setup: ['minikube addons enable metrics-server'], command: 'minikube addons list', contains: ['|         ADDON NAME          | PROFILE  |   STATUS   |           MAINTAINER           |', '| metrics-server              | minikube | enabled ✅ | Kubernetes                     |', '| dashboard                   | minikube | disabled   | Kubernetes                     |'] },
  { name: 'addons disable', setup: ['minikube addons enable dashboard'], command: 'minikube addons disable dashboard', stdout: `🌑  "The 'dashboard' addon is disabled"\n` },
  { name: 'unknown addon', command: 'minikube addons enable nope', contains: ['Exiting due to MK_ADDON_ENABLE: run callbacks: nope is not a valid addon'], exitCode: 69 },
  { name: 'stop', command: 'minikube stop', stdout: '✋  Stopping node "minikube"  ...\n🛑  Powering off "minikube" via SSH ...\n🛑  1 node stopped.\n' },
  { name: 'kubectl against a stopped cluster is refused', setup: ['minikube stop'], command: 'minikube kubectl -- get pods', contains: ['The connection to the server 192.168.49.2:8443 was refused - did you specify the right host or port?'], exitCode: 1 },
  { name: 'restart after stop', setup: ['minikube stop'], command: 'minikube start', contains: ['🔄  Restarting existing docker container for "minikube" ...'] },
  { name: 'node add', command: 'minikube node add', contains: ['😄  Adding node m02 to cluster minikube as [worker]', '🏄  Successfully added m02 to minikube!'] },
  { name: 'node list', setup: ['minikube node add'], command: 'minikube node list', stdout: 'minikube\t192.168.49.2\nminikube-m02\t192.168.49.3\n' },
  { name: 'node delete', setup: ['minikube node add'], command: 'minikube node delete m02', contains: ['💀  Node m02 was successfully deleted.'] },
  { name: 'delete', command: 'minikube delete', stdout: '🔥  Deleting "minikube" in docker ...\n🔥  Deleting container "minikube" ...\n🔥  Removing /root/.minikube/machines/minikube ...\n💀  Removed all traces of the "minikube" cluster.\n' },
  { name: 'fresh start with two nodes', setup: ['minikube delete'], command: 'minikube start --nodes 2', contains: ['✨  Automatically selected the docker driver. Other choices: ssh, none', '👍  Starting "minikube-m02" worker node in "minikube" cluster', '🏄  Done!'] },
  { name: 'profile list', command: 'minikube profile list', contains: ['| minikube | docker    | docker  | 192.168.49.2 | 8443 | v1.32.0 | OK     |     1 | *              | *                  |'] },
  { name: 'dashboard --url', command: 'minikube dashboard --url', stdout: /🚀 {2}Launching proxy \.\.\.\n🤔 {2}Verifying proxy health \.\.\.\nhttp:\/\/127\.0\.0\.1:\d+\/api\/v1\/namespaces\/kubernetes-dashboard\/services\/http:kubernetes-dashboard:\/proxy\/\n$/, exitCode: 130 },
  { name: 'tunnel reports the LoadBalancer services', setup: HELLO, command: 'minikube tunnel', contains: ['\troute: 10.96.0.0/12 -> 192.168.49.2\n', '\tservices: [hello-node]\n'], exitCode: 130 },
  { name: 'ssh runs one command', command: 'minikube ssh -- hostname', stdout: 'minikube\n' },
  { name: 'downgrade is refused', command: 'minikube start --kubernetes-version=v1.31.0', contains: ['Exiting due to K8S_DOWNGRADE_UNSUPPORTED: Unable to safely downgrade existing Kubernetes v1.32.0 cluster to v1.31.0'], exitCode: 106 },
];

describe('minikube', () => {
  it.each(cases)('$name', async (c) => {
    const { last } = await session([...(c.setup ?? []), c.command]);
    const out = last.stdout + last.stderr;
    if (typeof c.stdout === 'string') expect(last.stdout).toBe(c.stdout);
    else if (c.stdout) expect(last.stdout).toMatch(c.stdout);
    for (const s of c.contains ?? []) expect(out).toContain(s);
    expect(last.exitCode).toBe(c.exitCode ?? 0);
  });
});

describe('minikube effects on the cluster', () => {
  const effects: { name: string; lines: string[]; check: string; expected: string | RegExp }[] = [
    { name: 'metrics-server Deployment and Service exist', lines: ['minikube addons enable metrics-server'], check: 'kubectl get deploy,svc -n kube-system metrics-server -o name', expected: 'deployment.apps/metrics-server\nservice/metrics-server\n' },
    { name: 'dashboard lives in its namespace', lines: ['minikube addons enable dashboard'], check: 'kubectl get deploy -n kubernetes-dashboard -o name', expected: 'deployment.apps/dashboard-metrics-scraper\ndeployment.apps/kubernetes-dashboard\n' },
    { name: 'ingress controller is deployed', lines: ['minikube addons enable ingress'], check: 'kubectl get deploy,ingressclass -n ingress-nginx -o name', expected: 'deployment.apps/ingress-nginx-controller\ningressclass.networking.k8s.io/nginx\n' },
    { name: 'registry pods come from its ReplicationController', lines: ['minikube addons enable registry'], check: 'kubectl get pods -n kube-system -l actual-registry=true -o name', expected: /^pod\/registry-[a-z0-9]{5}\n$/ },
    { name: 'a new node registers Ready', lines: ['minikube node add'], check: 'kubectl get node minikube-m02 --no-headers', expected: /^minikube-m02\s+Ready\s+<none>/ },
    { name: 'delete and start removes workloads', lines: [...HELLO, 'minikube delete', 'minikube start'], check: 'kubectl get deploy', expected: '' },
  ];
  it.each(effects)('$name', async (c) => {
    const { last } = await session([...c.lines, c.check]);
    if (typeof c.expected === 'string') expect(last.stdout).toBe(c.expected);
    else expect(last.stdout).toMatch(c.expected);
  });

  it('stop makes the API unreachable and start brings it back', async () => {
    const { host } = await session(['minikube stop']);
    expect(host.apiReachable).toBe(false);
    await host.exec('minikube start');
    expect(host.apiReachable).toBe(true);
  });

  it('the tunnel gives LoadBalancer Services their ClusterIP and takes it back on Ctrl-C', async () => {
    const host = new SimHost({ seed: 1 });
    for (const l of HELLO) await host.exec(l);
    const patched: string[] = [];
    host.cluster.client.watch({ group: '', version: 'v1', resource: 'services' }, {}, (e) => {
      const ip = (e.object as { status?: { loadBalancer?: { ingress?: { ip: string }[] } } }).status?.loadBalancer?.ingress?.[0]?.ip;
      if (ip) patched.push(ip);
    });
    await host.exec('minikube tunnel');
    const clusterIP = (await host.exec("kubectl get svc hello-node -o jsonpath='{.spec.clusterIP}'")).stdout;
    expect(patched).toEqual([clusterIP]);
    expect((await host.exec('kubectl get svc hello-node --no-headers')).stdout).toContain('<pending>');
  });
});
