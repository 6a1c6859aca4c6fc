/** What the cluster components print and serve when their pods start (klog and etcd's JSON lines). */
import type { Instruction, Program, ShellFlavour } from './programTypes';
import type { ServerContext } from './serverPrograms';

const Mi = 1024 * 1024;
const klog = (file: string, text: string): Instruction => ({ op: 'print', stream: 'stderr', text: `I{{date:klog}}       1 ${file}] ${text}` });
const serve = (ports: number[]): Instruction => ({ op: 'serve', server: { ports, http: { kind: 'none' } } });

type Builder = (ctx: ServerContext) => Instruction[];

const builders: Record<string, Builder> = {
  'kube-apiserver': (ctx) => [
    klog('options.go:228', 'external host was not specified, using {{podIP}}'),
    klog('server.go:143', `Version: ${ctx.version}`),
    { op: 'delay', ms: 2000 },
    klog('secure_serving.go:213', 'Serving securely on [::]:8443'),
    serve([8443]),
  ],
  'kube-controller-manager': (ctx) => [
    klog('serving.go:386', 'Generated self-signed cert in-memory'),
    klog('controllermanager.go:185', `"Starting" version="${ctx.version}"`),
    klog('secure_serving.go:213', 'Serving securely on 127.0.0.1:10257'),
    serve([10257]),
  ],
  'kube-scheduler': (ctx) => [
    klog('serving.go:386', 'Generated self-signed cert in-memory'),
    klog('server.go:167', `"Starting Kubernetes Scheduler" version="${ctx.version}"`),
    klog('secure_serving.go:213', 'Serving securely on 127.0.0.1:10259'),
    serve([10259]),
  ],
  'kube-proxy': () => [
    klog('server_linux.go:66', '"Using iptables proxy"'),
    klog('server.go:698', '"Successfully retrieved node IP(s)" IPs=["{{podIP}}"]'),
    klog('server.go:483', '"Version info" version="v1.32.0"'),
    serve([10249, 10256]),
  ],
  etcd: (ctx) => [
    { op: 'print', stream: 'stderr', text: `{"level":"info","ts":"{{date:isomicro}}","caller":"etcdmain/etcd.go:73","msg":"Running: ","args":["etcd"]}` },
    { op: 'print', stream: 'stderr', text: `{"level":"info","ts":"{{date:isomicro}}","caller":"embed/etcd.go:311","msg":"starting an etcd server","etcd-version":"${ctx.version.replace(/-0$/, '')}"}` },
    { op: 'print', stream: 'stderr', text: '{"level":"info","ts":"{{date:isomicro}}","caller":"embed/serve.go:250","msg":"serving client traffic securely","traffic":"grpc+http","address":"{{podIP}}:2379"}' },
    serve([2379, 2380, 2381]),
  ],
  coredns: (ctx) => [
    { op: 'print', stream: 'stdout', text: '.:53' },
    { op: 'print', stream: 'stdout', text: '[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908' },
    { op: 'print', stream: 'stdout', text: `CoreDNS-${ctx.version.replace(/^v/, '')}` },
    { op: 'print', stream: 'stdout', text: 'linux/amd64, go1.22.7, 0ee9f1b' },
    serve([53, 8080, 8181, 9153]),
  ],
  'storage-provisioner': () => [
    klog('storage_provisioner.go:116', 'Initializing the minikube storage provisioner...'),
    klog('storage_provisioner.go:141', 'Storage provisioner initialized, now starting service!'),
    serve([]),
  ],
};

/** Add-on components: a start-up line, then they serve their ports (health checks answer `ok`). */
const addon =
  (file: string, line: string, ports: number[]): Builder =>
  () => [klog(file, line), { op: 'serve', server: { ports, http: { kind: 'static', contentType: 'text/plain; charset=utf-8', body: 'ok' } } }];
Object.assign(builders, {
  'metrics-server': addon('serving.go:374', 'Generated self-signed cert (/tmp/apiserver.crt, /tmp/apiserver.key)', [10250, 4443]),
  'kubernetes-dashboard': addon('main.go:34', 'Starting overwatch', [9090]),
  'dashboard-metrics-scraper': addon('main.go:145', 'Kubernetes host: https://10.96.0.1:443', [8000]),
  'nginx-ingress-controller': addon('main.go:205', '"Creating API client" host="https://10.96.0.1:443"', [80, 443, 8443, 10254]),
  'minikube-ingress-dns': addon('main.go:44', 'Starting ingress-dns server', [53]),
  registry: addon('registry.go:105', 'listening on [::]:5000', [5000]),
  'registry-proxy': addon('proxy.go:32', 'starting registry proxy', [80]),
  'metallb-controller': addon('main.go:156', '"controller starting"', [7472]),
  'metallb-speaker': addon('main.go:102', '"speaker starting"', [7472, 7946]),
  'calico-node': addon('startup.go:431', 'Early log level set to info', [9099]),
  'calico-kube-controllers': addon('main.go:99', 'Loaded configuration from environment', [9094]),
  'hostpath-provisioner': addon('hostpath-provisioner.go:262', 'Starting hostpath provisioner', []),
});

export function systemProgram(id: string, ctx: ServerContext, shell: ShellFlavour, idle: { memoryBytes: number; cpuMilli: number }): Program | undefined {
  const build = builders[id];
  if (!build) return undefined;
  return { instructions: build(ctx), onTerm: { kind: 'exit', afterMs: 200, code: 0 }, shell, idle: idle.memoryBytes ? idle : { memoryBytes: 10 * Mi, cpuMilli: 1 } };
}
