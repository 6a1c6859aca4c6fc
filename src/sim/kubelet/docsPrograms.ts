/**
 * What the executables of docsImages.ts (and the CLIs of the database images) do: Cassandra and
 * its nodetool, redis-cli, the mysql clients, python, and the add-on
 * binaries of the admin pages, which on a minikube cluster fail the way the real ones do there
 * (a placeholder `--target`, no GCP metadata server, no /etc/kubernetes/pki).
 */
import { hexDigest } from './hash';
import type { Instruction, TermBehaviour } from './programTypes';
import { runPython } from './pythonScript';
import type { ServerContext } from './serverPrograms';

const out = (text: string): Instruction => ({ op: 'print', stream: 'stdout', text });
const err = (text: string): Instruction => ({ op: 'print', stream: 'stderr', text });
const delay = (ms: number): Instruction => ({ op: 'delay', ms });
const exit = (code: number): Instruction => ({ op: 'exit', code });
const serve = (ports: number[]): Instruction => ({ op: 'serve', server: { ports, http: { kind: 'none' } } });
const klog = (level: 'I' | 'W' | 'E' | 'F', file: string, text: string) => err(`${level}{{date:klog}}       1 ${file}] ${text}`);
/** A shell command the program runs at that instant (files it writes land in the container). */
const run = (...argv: string[]): Instruction => ({ op: 'run', pipeline: [{ assignments: [], words: argv.map((text) => ({ parts: [{ kind: 'lit', text, quoted: true }] })), redirects: [] }], background: false });

export type DocsBuilt = { code: Instruction[]; onTerm?: TermBehaviour; memMi?: number; cpu?: number };

/** Where the Cassandra program marks the node as up (Normal state in the ring), for nodetool. */
const CASSANDRA_UP = '/var/lib/cassandra/.node-up';

function cassandra(ctx: ServerContext): Instruction[] {
  const e = ctx.env;
  const self = e.HOSTNAME ?? '';
  const seed = (e.CASSANDRA_SEEDS ?? '').split(',').some((s) => s === self || s.startsWith(`${self}.`));
  const log = (file: string, text: string) => out(`INFO  [main] {{date:log4j}} ${file} - ${text}`);
  const settings: [string, string | undefined][] = [
    ['CASSANDRA_RPC_ADDRESS', '0.0.0.0'],
    ['CASSANDRA_NUM_TOKENS', '32'],
    ['CASSANDRA_CLUSTER_NAME', e.CASSANDRA_CLUSTER_NAME ?? "'Test Cluster'"],
    ['CASSANDRA_LISTEN_ADDRESS', '{{podIP}}'],
    ['CASSANDRA_BROADCAST_ADDRESS', '{{podIP}}'],
    ['CASSANDRA_BROADCAST_RPC_ADDRESS', '{{podIP}}'],
    ['CASSANDRA_DC', e.CASSANDRA_DC],
    ['CASSANDRA_RACK', e.CASSANDRA_RACK],
    ['CASSANDRA_SEEDS', e.CASSANDRA_SEEDS ?? 'false'],
  ];
  const joining = seed
    ? []
    : [
        log('StorageService.java:1449', 'JOINING: waiting for ring information'),
        delay(30_000),
        log('StorageService.java:1449', 'JOINING: schema complete, ready to bootstrap'),
        log('StorageService.java:1449', 'JOINING: waiting for pending range calculation'),
        log('StorageService.java:1449', 'JOINING: calculation complete, ready to bootstrap'),
        log('StorageService.java:1449', 'JOINING: Starting to bootstrap...'),
        delay(4_000),
        log('StorageService.java:1449', 'JOINING: Finish joining ring'),
      ];
  return [
    out('Starting Cassandra on {{podIP}}'),
    out('CASSANDRA_CONF_DIR /etc/cassandra'),
    out('CASSANDRA_CFG /etc/cassandra/cassandra.yaml'),
    out('CASSANDRA_AUTO_BOOTSTRAP true'),
    ...settings.map(([k, v]) => out(`${k} ${v ?? ''}`)),
    delay(1_500),
    log('YamlConfigurationLoader.java:89', 'Configuration location: file:/etc/cassandra/cassandra.yaml'),
    log('CassandraDaemon.java:471', `Hostname: ${self}`),
    log('CassandraDaemon.java:478', 'JVM vendor/version: OpenJDK 64-Bit Server VM/1.8.0_171'),
    log('CassandraDaemon.java:479', `Heap size: ${e.MAX_HEAP_SIZE ?? '1024M'}`),
    delay(9_000),
    log('StorageService.java:600', `Cassandra version: ${ctx.version}`),
    log('StorageService.java:618', 'Loading persisted ring state'),
    log('StorageService.java:743', 'Starting up server gossip'),
    delay(3_000),
    ...joining,
    log('StorageService.java:2289', 'Node /{{podIP}} state jump to NORMAL'),
    run('touch', CASSANDRA_UP),
    log('Server.java:156', 'Starting listening for CQL clients on /0.0.0.0:9042 (unencrypted)...'),
    log('CassandraDaemon.java:556', 'Not starting RPC server as requested. Use JMX (StorageService->startRPCServer()) or nodetool (enablethrift) to start it'),
    serve([9042, 7000, 7001, 7199]),
  ];
}

/** A stable host ID per pod name, like the UUID the node generated on first start. */
function hostId(name: string): string {
  const h = hexDigest(`cassandra-host-${name}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `nodetool` talks JMX to the local node: only this node's own row (peers are not modelled). */
function nodetool(ctx: ServerContext): Instruction[] {
  const sub = ctx.argv[1];
  if (!(CASSANDRA_UP in (ctx.fs ?? {}))) return [err("nodetool: Failed to connect to '127.0.0.1:7199' - ConnectException: 'Connection refused (Connection refused)'."), exit(1)];
  if (sub === 'drain' || sub === 'flush') return [exit(0)];
  if (sub !== 'status') return [err(`nodetool: Found unexpected parameters: [${ctx.argv.slice(1).join(', ')}]`), err("See 'nodetool help' or 'nodetool help <command>'."), exit(1)];
  const dc = ctx.env.CASSANDRA_DC ?? 'datacenter1';
  return [
    out(`Datacenter: ${dc}`),
    out('='.repeat(dc.length + 12)),
    out('Status=Up/Down'),
    out('|/ State=Normal/Leaving/Joining/Moving'),
    out('--  Address     Load       Tokens       Owns (effective)  Host ID                               Rack'),
    out(`UN  {{podIP}}  83.57 KiB  32           100.0%            ${hostId(ctx.env.HOSTNAME ?? '')}  ${ctx.env.CASSANDRA_RACK ?? 'rack1'}`),
    out(''),
    exit(0),
  ];
}

/** redis.conf's memory units: `k`/`m`/`g` are powers of 1000, `kb`/`mb`/`gb` of 1024. */
const REDIS_UNITS: Record<string, number> = { k: 1e3, kb: 1024, m: 1e6, mb: 1024 ** 2, g: 1e9, gb: 1024 ** 3 };

/** redis.conf directives a mounted config file sets, for `CONFIG GET`. */
function redisConfig(ctx: ServerContext): Record<string, string> {
  const conf: Record<string, string> = { maxmemory: '0', 'maxmemory-policy': 'noeviction', port: '6379', appendonly: 'no' };
  const file = Object.entries(ctx.fs ?? {}).find(([path]) => path.endsWith('/redis.conf'))?.[1] ?? '';
  for (const line of file.split('\n')) {
    const [k, v] = line.trim().split(/\s+/);
    if (!k || k.startsWith('#') || v === undefined) continue;
    const m = /^(\d+)(k|kb|m|mb|g|gb)$/i.exec(v);
    conf[k.toLowerCase()] = m ? String(Number(m[1]) * REDIS_UNITS[m[2].toLowerCase()]) : v;
  }
  return conf;
}

/** redis-cli without a terminal (`kubectl exec … -- redis-cli PING`): raw replies, one per line. */
function redisCli(ctx: ServerContext): Instruction[] {
  const args = ctx.argv.slice(1).filter((a, i, all) => !a.startsWith('-') && !(all[i - 1] ?? '').match(/^-[hpa]$/));
  const [cmd, ...rest] = args;
  if (!cmd) return [exit(0)];
  switch (cmd.toUpperCase()) {
    case 'PING':
      return [out(rest[0] ?? 'PONG'), exit(0)];
    case 'CONFIG': {
      if ((rest[0] ?? '').toUpperCase() !== 'GET' || !rest[1]) return [out("ERR unknown subcommand or wrong number of arguments for 'CONFIG'"), exit(0)];
      const conf = redisConfig(ctx);
      const key = rest[1].toLowerCase();
      return key in conf ? [out(key), out(conf[key]), exit(0)] : [exit(0)];
    }
    case 'INFO':
      return [out('# Server'), out(`redis_version:${ctx.version || ctx.env.REDIS_VERSION || ''}`), out('redis_mode:standalone'), out('tcp_port:6379'), exit(0)];
    case 'SET':
      return [out('OK'), exit(0)];
    case 'GET':
      return [out(''), exit(0)];
    default:
      return [out(`ERR unknown command '${cmd}', with args beginning with: ${rest.map((r) => `'${r}' `).join('')}`), exit(0)];
  }
}

function mysqlClient(ctx: ServerContext): Instruction[] {
  const warn = ctx.argv.some((a) => /^-p.+/.test(a) || a.startsWith('--password=')) ? [err('mysql: [Warning] Using a password on the command line interface can be insecure.')] : [];
  const e = ctx.argv.indexOf('-e');
  const query = e >= 0 ? ctx.argv[e + 1] ?? '' : ctx.argv.find((a) => a.startsWith('--execute='))?.slice(10);
  if (query === undefined) return [...warn, exit(0)];
  const select = /^\s*select\s+(.+?)\s*;?\s*$/i.exec(query);
  if (select && /^[\w'"]+$/.test(select[1])) return [...warn, out(select[1].replace(/['"]/g, '')), out(select[1].replace(/['"]/g, '')), exit(0)];
  return [...warn, out(''), exit(0)];
}

function python(ctx: ServerContext): Instruction[] {
  const c = ctx.argv.indexOf('-c');
  if (c < 0) {
    const script = ctx.argv.slice(1).find((a) => !a.startsWith('-'));
    if (!script) return [exit(0)];
    const text = ctx.fs?.[script.startsWith('/') ? script : `/${script}`];
    if (text === undefined) return [err(`python3: can't open file '${script.startsWith('/') ? script : `/${script}`}': [Errno 2] No such file or directory`), exit(2)];
    return fromPython(text, ctx.env);
  }
  return fromPython(ctx.argv[c + 1] ?? '', ctx.env);
}

function fromPython(script: string, env: Record<string, string>): Instruction[] {
  const r = runPython(script, env);
  const code = r.steps.map((s) => (s.kind === 'sleep' ? delay(s.ms) : s.kind === 'out' ? out(s.text) : err(s.text)));
  return [...code, exit(r.exitCode)];
}

function proportionalAutoscaler(ctx: ServerContext): Instruction[] {
  const flag = (name: string) => ctx.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const target = flag('target') ?? '';
  const ns = flag('namespace') ?? 'default';
  const start = [klog('I', 'autoscaler.go:49', `Scaling Namespace: ${ns}, Target: ${target}`)];
  if (!/^[a-z]+\/[\w.-]+$/i.test(target)) return [...start, klog('F', 'autoscaler.go:58', `target format error: ${target}`), exit(255)];
  return [
    ...start,
    klog('I', 'autoscaler_server.go:157', `ConfigMap not found: configmaps "${flag('configmap') ?? ''}" not found, will create one with default params`),
    klog('I', 'k8sclient.go:147', `Created ConfigMap ${flag('configmap') ?? ''} in namespace ${ns}`),
    klog('I', 'plugin.go:50', 'Set control mode to linear'),
    serve([8080]),
  ];
}

const docsPrograms: Record<string, (ctx: ServerContext) => DocsBuilt> = {
  cassandra: (ctx) => ({ code: cassandra(ctx), onTerm: { kind: 'exit', afterMs: 3_000, code: 143 }, memMi: 700, cpu: 40 }),
  nodetool: (ctx) => ({ code: nodetool(ctx), memMi: 60, cpu: 200 }),
  'cassandra-ready-probe': (ctx) => ({ code: CASSANDRA_UP in (ctx.fs ?? {}) ? [exit(0)] : [exit(1)] }),
  'redis-cli': (ctx) => ({ code: redisCli(ctx) }),
  'mysql-client': (ctx) => ({ code: mysqlClient(ctx) }),
  mysqladmin: (ctx) => ({ code: ctx.argv.includes('ping') ? [out('mysqld is alive'), exit(0)] : [exit(0)] }),
  python: (ctx) => ({ code: python(ctx), onTerm: { kind: 'die' }, memMi: 9 }),
  'fluentd-elasticsearch': (ctx) => ({
    code: [
      out(`{{date:fluentd}} [info]: starting fluentd-${ctx.version} pid=7 ruby="3.1.4"`),
      out(`{{date:fluentd}} [info]: fluent/log.rb:362:info: starting fluentd worker pid=17 ppid=7 worker=0`),
      delay(5_000),
      out('{{date:fluentd}} [warn]: #0 Could not communicate to Elasticsearch, resetting connection and trying again. getaddrinfo: Name or service not known (SocketError)'),
      serve([24231]),
    ],
    onTerm: { kind: 'exit', afterMs: 500, code: 0 },
    memMi: 78,
    cpu: 3,
  }),
  'fluentd-gcp': () => ({ code: [out('{{date:fluentd}} [info]: starting fluentd-0.12.40'), serve([24231])], onTerm: { kind: 'exit', afterMs: 500, code: 0 }, memMi: 110, cpu: 5 }),
  'cluster-proportional-autoscaler': (ctx) => ({ code: proportionalAutoscaler(ctx), onTerm: { kind: 'die' }, memMi: 9 }),
  // The Stackdriver sink asks the GCE metadata server for the project: nothing answers off GCP.
  'event-exporter': () => ({
    code: [delay(2_000), klog('F', 'main.go:56', 'Failed to initialize sink: failed to get GCE config: error while getting project id: Get http://169.254.169.254/computeMetadata/v1/project/project-id: dial tcp 169.254.169.254:80: i/o timeout'), exit(255)],
    memMi: 8,
  }),
  // minikube keeps its certificates in /var/lib/minikube/certs: /etc/kubernetes/pki is an empty hostPath.
  'konnectivity-server': (ctx) => {
    const cert = ctx.argv.find((a) => a.startsWith('--cluster-cert='))?.slice(15);
    const missing = cert !== undefined && !(cert in (ctx.fs ?? {}));
    return {
      code: missing
        ? [klog('E', 'main.go:39', `error: failed to validate server options with error checking cluster cert ${cert}, got stat ${cert}: no such file or directory`), exit(1)]
        : [klog('I', 'server.go:105', 'Starting frontend server for client connections.'), klog('I', 'server.go:140', 'Starting agent server for tunnel connections.'), serve([8132, 8133, 8134])],
      onTerm: { kind: 'die' },
      memMi: 12,
    };
  },
  'konnectivity-agent': () => ({ code: [klog('I', 'client.go:186', 'Connect to server'), serve([8093])], onTerm: { kind: 'die' }, memMi: 8 }),
};

export function docsProgram(id: string, ctx: ServerContext): DocsBuilt | undefined {
  return docsPrograms[id]?.(ctx);
}
