/**
 * What the images' own executables do: the lines they print as the real images print them,
 * the ports they listen on, how they react to SIGTERM. Times are virtual milliseconds.
 */
import { piDigits } from './piDigits';
import { systemProgram } from './systemPrograms';
import { docsProgram } from './docsPrograms';
import { guestbookPage, httpdItWorks } from './imagePages';
import type { HttpBehaviour, Instruction, Program, ServeSpec, ShellFlavour, TermBehaviour } from './programTypes';

export interface ServerContext {
  argv: string[];
  env: Record<string, string>;
  version: string;
  /** The container's files, when a command runs inside a running container (exec, a script). */
  fs?: Record<string, string>;
}

const Mi = 1024 * 1024;
const out = (text: string): Instruction => ({ op: 'print', stream: 'stdout', text });
const err = (text: string): Instruction => ({ op: 'print', stream: 'stderr', text });
const delay = (ms: number): Instruction => ({ op: 'delay', ms });
const serve = (ports: number[], http: HttpBehaviour = { kind: 'none' }, accessLog?: ServeSpec['accessLog']): Instruction => ({
  op: 'serve',
  server: { ports, http, httpPort: http.kind === 'none' ? undefined : ports[0], ...(accessLog ? { accessLog } : {}) },
});
const quitFast: TermBehaviour = { kind: 'exit', afterMs: 100, code: 0 };

function program(instructions: Instruction[], onTerm: TermBehaviour, shell: ShellFlavour, memMi = 1, cpuMilli = 0): Program {
  return { instructions, onTerm, shell, idle: { memoryBytes: Math.round(memMi * Mi), cpuMilli } };
}

function nginxNotices(version: string): Instruction[] {
  const n = (t: string) => err(`{{date:nginx}} [notice] 1#1: ${t}`);
  return [
    n('using the "epoll" event method'),
    n(`nginx/${version}`),
    n('built by gcc 12.2.0 (Debian 12.2.0-14) '),
    n('OS: Linux 5.15.0-1057-gcp'),
    n('getrlimit(RLIMIT_NOFILE): 1048576:1048576'),
    n('start worker processes'),
    n('start worker process 29'),
    n('start worker process 30'),
  ];
}

function nginxEntrypoint(ctx: ServerContext): Instruction[] {
  const e = '/docker-entrypoint.sh';
  return [
    out(`${e}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`),
    out(`${e}: Looking for shell scripts in /docker-entrypoint.d/`),
    out(`${e}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`),
    out('10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf'),
    out('10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf'),
    out(`${e}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`),
    out(`${e}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`),
    out(`${e}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`),
    out(`${e}: Configuration complete; ready for start up`),
    ...nginxNotices(ctx.version),
  ];
}

/** nginx serves its document root: the image's welcome page, or what a volume mounted there holds. */
const nginxPage = (version: string): HttpBehaviour => ({ kind: 'files', root: '/usr/share/nginx/html', server: `nginx/${version}` });
const nginxQuit: TermBehaviour = {
  kind: 'exit',
  afterMs: 50,
  code: 0,
  lines: [
    { stream: 'stderr', text: '{{date:nginx}} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down' },
    { stream: 'stderr', text: '{{date:nginx}} [notice] 1#1: exit' },
  ],
};

const apacheStart = (banner: string): Instruction[] => [
  err(`AH00558: ${banner}: Could not reliably determine the server's fully qualified domain name, using {{podIP}}. Set the 'ServerName' directive globally to suppress this message`),
  err(`AH00558: ${banner}: Could not reliably determine the server's fully qualified domain name, using {{podIP}}. Set the 'ServerName' directive globally to suppress this message`),
];

function httpd(ctx: ServerContext): Instruction[] {
  return [
    ...apacheStart('httpd'),
    err(`[{{date:httpd}}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/${ctx.version} (Unix) configured -- resuming normal operations`),
    err("[{{date:httpd}}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'"),
    serve([80], { kind: 'static', contentType: 'text/html', body: httpdItWorks }, 'httpd'),
  ];
}

function redis(ctx: ServerContext): Instruction[] {
  const c = (t: string) => out(`1:C {{date:redis}} ${t}`);
  const m = (t: string) => out(`1:M {{date:redis}} ${t}`);
  return [
    c('# WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add \'vm.overcommit_memory = 1\' to /etc/sysctl.conf and then reboot or run the command \'sysctl vm.overcommit_memory=1\' for this to take effect.'),
    c('* oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
    c(`* Redis version=${ctx.version}, bits=64, commit=00000000, modified=0, pid=1, just started`),
    c('# Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
    m('* monotonic clock: POSIX clock_gettime'),
    m('* Running mode=standalone, port=6379.'),
    m('* Server initialized'),
    m('* Ready to accept connections tcp'),
    serve([6379]),
  ];
}

const redisTerm: TermBehaviour = {
  kind: 'exit',
  afterMs: 150,
  code: 0,
  lines: [
    { stream: 'stdout', text: '1:signal-handler ({{date:unix}}) Received SIGTERM scheduling shutdown...' },
    { stream: 'stdout', text: '1:M {{date:redis}} * User requested shutdown...' },
    { stream: 'stdout', text: '1:M {{date:redis}} * Saving the final RDB snapshot before exiting.' },
    { stream: 'stdout', text: '1:M {{date:redis}} * DB saved on disk' },
    { stream: 'stdout', text: '1:M {{date:redis}} # Redis is now ready to exit, bye bye...' },
  ],
};

function mysql(ctx: ServerContext): Instruction[] {
  const note = (t: string) => out(`{{date:entrypoint}} [Note] [Entrypoint]: ${t}`);
  const full = `${ctx.version}-1.el9`;
  const start = [note(`Entrypoint script for MySQL Server ${full} started.`), note("Switching to dedicated user 'mysql'"), note(`Entrypoint script for MySQL Server ${full} started.`)];
  const e = ctx.env;
  if (!e.MYSQL_ROOT_PASSWORD && !e.MYSQL_ALLOW_EMPTY_PASSWORD && !e.MYSQL_RANDOM_ROOT_PASSWORD) {
    return [
      ...start,
      err('{{date:entrypoint}} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified'),
      err('    You need to specify one of the following as an environment variable:'),
      err('    - MYSQL_ROOT_PASSWORD'),
      err('    - MYSQL_ALLOW_EMPTY_PASSWORD'),
      err('    - MYSQL_RANDOM_ROOT_PASSWORD'),
      { op: 'exit', code: 1 },
    ];
  }
  return [
    ...start,
    note('Initializing database files'),
    delay(9000),
    note('Database files initialized'),
    note('Starting temporary server'),
    delay(3000),
    note('Temporary server started.'),
    note('Stopping temporary server'),
    delay(2000),
    note('Temporary server stopped'),
    out(''),
    note('MySQL init process done. Ready for start up.'),
    out(''),
    err(`{{date:isomicro}} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld ${ctx.version}) starting as process 1`),
    delay(1500),
    err(`{{date:isomicro}} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '${ctx.version}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`),
    serve([3306, 33060]),
  ];
}

function postgres(ctx: ServerContext): Instruction[] {
  if (!ctx.env.POSTGRES_PASSWORD && ctx.env.POSTGRES_HOST_AUTH_METHOD !== 'trust') {
    return [
      ...[
        'Error: Database is uninitialized and superuser password is not specified.',
        '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
        '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
        '',
        '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
        '       connections without a password. This is *not* recommended.',
        '',
        '       See PostgreSQL documentation about "trust":',
        '       https://www.postgresql.org/docs/current/auth-trust.html',
      ].map(err),
      { op: 'exit', code: 1 },
    ];
  }
  const log = (t: string) => err(`{{date:pg}} [1] LOG:  ${t}`);
  return [
    out('The files belonging to this database system will be owned by user "postgres".'),
    out('This user must also own the server process.'),
    delay(4000),
    out('PostgreSQL init process complete; ready for start up.'),
    out(''),
    log(`starting PostgreSQL ${ctx.version} (Debian ${ctx.version}-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`),
    log('listening on IPv4 address "0.0.0.0", port 5432'),
    log('listening on IPv6 address "::", port 5432'),
    log('listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
    log('database system is ready to accept connections'),
    serve([5432]),
  ];
}

function agnhost(ctx: ServerContext): Instruction[] {
  const sub = ctx.argv[1];
  const port = (flag: string, dflt: number) => Number(ctx.argv.find((a) => a.startsWith(`--${flag}=`))?.split('=')[1] ?? dflt);
  if (sub === 'netexec') {
    const p = port('http-port', 8080);
    return [err(`I{{date:klog}}       1 log.go:245] Started HTTP server on port ${p}`), err(`I{{date:klog}}       1 log.go:245] Started UDP server on port  8081`), serve([p, 8081], { kind: 'agnhost-netexec' })];
  }
  if (sub === 'serve-hostname') return [serve([port('port', 9376)], { kind: 'hostname' })];
  if (sub === 'liveness') return [serve([8080], { kind: 'liveness', healthyForSeconds: 10 })];
  if (sub === 'pause') return [out('Paused'), serve([])];
  return [err(`Error: unknown command "${sub ?? ''}" for "agnhost"`), { op: 'exit', code: 1 }];
}

function stress(ctx: ServerContext): Instruction[] {
  const arg = (flag: string) => ctx.argv[ctx.argv.indexOf(flag) + 1];
  const vm = ctx.argv.includes('--vm') ? Number(arg('--vm')) : 0;
  const cpu = ctx.argv.includes('--cpu') ? Number(arg('--cpu')) : 0;
  const bytes = parseBytes(arg('--vm-bytes') ?? '256M');
  const timeout = ctx.argv.includes('--timeout') ? Number.parseInt(arg('--timeout'), 10) : undefined;
  const steps: Instruction[] = [
    out(`stress: info: [1] dispatching hogs: ${cpu} cpu, 0 io, ${vm} vm, 0 hdd`),
    delay(300),
    { op: 'allocate', bytes: vm * bytes, cpuMilli: cpu * 1000 + vm * 1000 },
  ];
  if (timeout === undefined) return [...steps, serve([])];
  return [...steps, delay(timeout * 1000 - 300), out(`stress: info: [1] successful run completed in ${timeout}s`), { op: 'exit', code: 0 }];
}

function parseBytes(s: string): number {
  const m = /^(\d+)([BKMG]?)$/i.exec(s);
  if (!m) return 0;
  return Number(m[1]) * ({ '': 1, B: 1, K: 1024, M: Mi, G: 1024 * Mi }[m[2].toUpperCase()] ?? 1);
}

function perl(ctx: ServerContext): Instruction[] {
  const script = ctx.argv.join(' ');
  const bpi = /bpi\((\d+)\)/.exec(script);
  if (bpi) return [delay(Math.round(Number(bpi[1]) * 2.5)), out(piDigits(Number(bpi[1]))), { op: 'exit', code: 0 }];
  const print = /-e\s+'?print\s+"([^"]*)"/.exec(script);
  if (print) return [out(print[1].replace(/\\n$/, '')), { op: 'exit', code: 0 }];
  return [err('Loading DB routines from perl5db.pl version 1.80'), { op: 'exit', code: 0 }];
}

type Builder = (ctx: ServerContext) => { code: Instruction[]; onTerm?: TermBehaviour; memMi?: number; cpu?: number };

const servers: Record<string, Builder> = {
  'nginx-entrypoint': (ctx) =>
    ctx.argv[1] === 'nginx' || ctx.argv[1] === 'nginx-debug'
      ? { code: [...(Number(ctx.version.split('.')[1]) >= 19 || ctx.version.split('.')[0] !== '1' ? nginxEntrypoint(ctx) : []), serve([80], nginxPage(ctx.version), 'nginx')], onTerm: nginxQuit, memMi: 3.6 }
      : { code: [] },
  nginx: (ctx) => ({ code: [...nginxNotices(ctx.version), serve([80], nginxPage(ctx.version), 'nginx')], onTerm: nginxQuit, memMi: 3.6 }),
  httpd: (ctx) => ({ code: httpd(ctx), onTerm: quitFast, memMi: 7, cpu: 1 }),
  'php-apache': () => ({ code: [...apacheStart('apache2'), err('[{{date:httpd}}] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.10 (Debian) PHP/5.6.20 configured -- resuming normal operations'), serve([80], { kind: 'static', contentType: 'text/html', body: 'OK!' })], onTerm: quitFast, memMi: 9, cpu: 1 }),
  'gb-frontend': () => ({ code: [...apacheStart('apache2'), serve([80], { kind: 'static', contentType: 'text/html', body: guestbookPage })], onTerm: quitFast, memMi: 10, cpu: 1 }),
  wordpress: (ctx) => ({
    code: [out('WordPress not found in /var/www/html - copying now...'), delay(1200), out('Complete! WordPress has been successfully copied to /var/www/html'), ...apacheStart('apache2'), err(`[{{date:httpd}}] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.62 (Debian) PHP/${ctx.env.PHP_VERSION ?? '8.2.26'} configured -- resuming normal operations`), serve([80], { kind: 'static', status: 302, contentType: 'text/html; charset=UTF-8', body: '' })],
    onTerm: quitFast,
    memMi: 14,
    cpu: 1,
  }),
  'redis-entrypoint': (ctx) => (ctx.argv[1] === 'redis-server' ? { code: redis(ctx), onTerm: redisTerm, memMi: 3.2, cpu: 2 } : { code: [] }),
  redis: (ctx) => ({ code: redis(ctx), onTerm: redisTerm, memMi: 3.2, cpu: 2 }),
  'redis-follower': (ctx) => ({ code: redis(ctx), onTerm: redisTerm, memMi: 3.2, cpu: 2 }),
  'mysql-entrypoint': (ctx) => ({ code: mysql(ctx), onTerm: { kind: 'exit', afterMs: 1500, code: 0 }, memMi: 362, cpu: 5 }),
  mysql: (ctx) => ({ code: mysql(ctx), onTerm: { kind: 'exit', afterMs: 1500, code: 0 }, memMi: 362, cpu: 5 }),
  'postgres-entrypoint': (ctx) => ({ code: postgres(ctx), onTerm: { kind: 'exit', afterMs: 300, code: 0 }, memMi: 28, cpu: 2 }),
  postgres: (ctx) => ({ code: postgres(ctx), onTerm: { kind: 'exit', afterMs: 300, code: 0 }, memMi: 28, cpu: 2 }),
  'mongo-entrypoint': () => ({ code: [out('{"t":{"$date":"{{date:mongo}}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}'), serve([27017])], onTerm: { kind: 'exit', afterMs: 500, code: 0 }, memMi: 152, cpu: 8 }),
  mongo: () => ({ code: [serve([27017])], onTerm: { kind: 'exit', afterMs: 500, code: 0 }, memMi: 152, cpu: 8 }),
  'memcached-entrypoint': () => ({ code: [serve([11211])], onTerm: { kind: 'die' }, memMi: 2, cpu: 1 }),
  memcached: () => ({ code: [serve([11211])], onTerm: { kind: 'die' }, memMi: 2, cpu: 1 }),
  echoserver: (ctx) => ({ code: ctx.version === '1.10' ? [out('Generating self-signed cert'), out('Generating a 2048 bit RSA private key'), out("writing new private key to '/certs/privateKey.key'"), out('-----'), out('Starting nginx'), serve([8080, 8443], { kind: 'echoserver' })] : [serve([8080], { kind: 'echoserver' })], onTerm: quitFast, memMi: 5, cpu: 1 }),
  bootcamp: (ctx) => ({
    code: [
      out('Kubernetes Bootcamp App Started At: {{date:iso}} | Running On:  {{hostname}} '),
      out(''),
      serve([8080], { kind: 'static', contentType: 'text/plain', body: `Hello Kubernetes bootcamp! | Running on: {{hostname}} | v=${ctx.version}\n` }, 'bootcamp'),
    ],
    onTerm: { kind: 'die' },
    memMi: 11,
    cpu: 1,
  }),
  'hello-app': (ctx) => ({ code: [err('{{date:nginx}} Server listening on port 8080'), serve([8080], { kind: 'static', contentType: 'text/plain; charset=utf-8', body: `Hello, world!\nVersion: ${ctx.version}\nHostname: {{hostname}}\n` }, 'golog')], onTerm: { kind: 'die' }, memMi: 1.7 }),
  // An HTTP forward proxy: to a plain request for its own address it answers 500 (no upstream).
  goproxy: () => ({ code: [serve([8080], { kind: 'static', contentType: 'text/plain; charset=utf-8', body: 'This is a proxy server. Does not respond to non-proxy requests.\n' })], onTerm: { kind: 'die' }, memMi: 1.5 }),
  'serve-hostname': () => ({ code: [serve([9376], { kind: 'hostname' })], onTerm: { kind: 'die' }, memMi: 1 }),
  'http-echo': (ctx) => {
    const text = ctx.argv.find((a) => a.startsWith('-text='))?.slice(6) ?? ctx.argv[ctx.argv.indexOf('-text') + 1] ?? 'hello-world';
    const port = Number(ctx.argv.find((a) => a.startsWith('-listen='))?.split(':').pop() ?? 5678);
    return { code: [err(`{{date:nginx}} [INFO] server is listening on :${port}`), serve([port], { kind: 'static', contentType: 'text/plain; charset=utf-8', body: `${text}\n` })], onTerm: { kind: 'exit', afterMs: 10, code: 0 }, memMi: 2 };
  },
  pause: () => ({ code: [serve([])], onTerm: { kind: 'exit', afterMs: 0, code: 0 }, memMi: 0.3 }),
  agnhost: (ctx) => ({ code: agnhost(ctx), onTerm: { kind: 'die' }, memMi: 6, cpu: 1 }),
  stress: (ctx) => ({ code: stress(ctx), onTerm: { kind: 'die' }, memMi: 1 }),
  'vish-stress': (ctx) => {
    const cpus = Number(ctx.argv[ctx.argv.indexOf('-cpus') + 1]) || 0;
    const mem = ctx.argv.includes('-mem-total') ? parseBytes(ctx.argv[ctx.argv.indexOf('-mem-total') + 1].replace(/i$/, '')) : 0;
    return { code: [delay(200), { op: 'allocate', bytes: mem, cpuMilli: cpus * 1000 }, serve([])], onTerm: { kind: 'die' }, memMi: 1 };
  },
  perl: (ctx) => ({ code: perl(ctx), onTerm: { kind: 'die' }, memMi: 6, cpu: 1000 }),
  curl: () => ({ code: [err("curl: try 'curl --help' or 'curl --manual' for more information"), { op: 'exit', code: 2 }], memMi: 1 }),
};

/** The program an image executable runs, or undefined if the id is unknown. */
export function serverProgram(id: string, ctx: ServerContext, shell: ShellFlavour, idle?: { memoryBytes: number; cpuMilli: number }): Program | undefined {
  const build = servers[id];
  const built = build ? build(ctx) : docsProgram(id, ctx);
  if (!built) return systemProgram(id, ctx, shell, idle ?? { memoryBytes: 0, cpuMilli: 0 });
  return program(built.code, built.onTerm ?? { kind: 'ignore' }, shell, built.memMi ?? 1, built.cpu ?? 0);
}

