/**
 * `curl`, `wget`, `nslookup` and `ping` on the learner's machine — the minikube host: node IPs,
 * NodePorts and load-balancer IPs answer; ClusterIPs and pod IPs are not routed here and time
 * out, as on a real minikube. The tools themselves live in the sim's network layer (the same
 * code runs inside pods for `kubectl exec`); these adapters add the terminal: virtual time
 * passing while a connection hangs, files written by `-o`/`-O`, `/etc/hosts`, Ctrl-C for ping.
 */
import type { CommandContext, Shell } from '../../../shell';
import { HOST, reverseName, runCurl, runNslookup, runWget, startPing, type ClusterNetwork, type ToolContext, type ToolResult } from '../../../sim';

/** `/etc/hosts` as the host's resolver reads it: the learner may add `192.168.49.2 hello-world.example`. */
export function readHosts(ctx: CommandContext): Record<string, string> {
  const path = '/etc/hosts';
  if (!ctx.fs.stat(path) || ctx.fs.isDirectory(path)) return {};
  const hosts: Record<string, string> = {};
  for (const line of ctx.fs.readFile(path).split('\n')) {
    const [ip, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (ip && /^\d+\.\d+\.\d+\.\d+$/.test(ip)) for (const n of names) hosts[n.toLowerCase()] ??= ip;
  }
  return hosts;
}

/**
 * The session's shell does not tell a terminal from a pipe (its isTTY is off everywhere), and a
 * learner's `curl URL` at a prompt shows no progress meter: treat stdout as the terminal.
 */
function toolContext(net: ClusterNetwork, ctx: CommandContext): ToolContext {
  return { net, origin: HOST, hosts: readHosts(ctx), stdoutIsTTY: true };
}

/** Waits the time the tool took (a dropped SYN takes two minutes), then prints and saves. */
async function finish(ctx: CommandContext, r: ToolResult): Promise<number> {
  if (r.elapsedMs >= 1000) await ctx.sleep(r.elapsedMs / 1000);
  if (ctx.interrupt.aborted) return 130;
  for (const [path, content] of Object.entries(r.files ?? {})) ctx.fs.writeFile(ctx.fs.resolve(ctx.cwd, path), content);
  ctx.stdout.write(r.stdout);
  ctx.stderr.write(r.stderr);
  return r.exitCode;
}

async function ping(net: ClusterNetwork, ctx: CommandContext): Promise<number> {
  const session = startPing(toolContext(net, ctx), ctx.argv.slice(1));
  if (session.error) {
    ctx.stderr.write(session.error.stderr);
    return session.error.exitCode;
  }
  ctx.stdout.write(session.header);
  let sent = 0;
  // Without -c, ping runs until Ctrl-C, one echo a second.
  while (session.count === undefined || sent < session.count) {
    ctx.stdout.write(session.reply(sent));
    sent++;
    if (session.count !== undefined && sent >= session.count) break;
    await ctx.sleep(1);
    if (ctx.interrupt.aborted) {
      ctx.stdout.write('^C');
      break;
    }
  }
  const end = session.summary(sent);
  ctx.stdout.write(end.stdout);
  return end.exitCode;
}

/** Registers the tools against whichever network the session's cluster has now. */
export function registerNetCommands(shell: Shell, network: () => ClusterNetwork): void {
  shell.register('curl', (ctx) => finish(ctx, runCurl(toolContext(network(), ctx), ctx.argv.slice(1))));
  shell.register('wget', (ctx) => finish(ctx, runWget(toolContext(network(), ctx), ctx.argv.slice(1))));
  shell.register('nslookup', (ctx) => finish(ctx, runNslookup(toolContext(network(), ctx), ctx.argv.slice(1), (ip) => reverseName(network().view, ip))));
  shell.register('ping', (ctx) => ping(network(), ctx));
}
