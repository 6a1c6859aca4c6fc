/**
 * `minikube ssh [-n NODE] [-- COMMAND]`: a shell on a minikube node (the kicbase image, Ubuntu
 * 22.04, user `docker`). One command runs and returns; without one the terminal's lines go to the
 * node until `exit`. The node's `curl` stands where the node does: on the node network, so
 * ClusterIPs and pod IPs answer through its kube-proxy, as they do not from the learner's machine.
 */
import type { CommandContext } from '../../../shell';
import { runCurl, type ToolResult } from '../../../sim';
import type { SessionOutput } from '../containerSession';
import { line } from './minikubeMessages';
import { nodeIP } from './minikubeNodes';
import type { TerminalSession, ToolHost, ToolState } from './toolHost';

/** The curl of kicbase's Ubuntu 22.04. */
const NODE_CURL_VERSION = '7.81.0';

/** Splits a command line into words: quotes group, nothing expands (enough for the node's few tools). */
function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"((?:\\.|[^"\\])*)"|'([^']*)'|(\S+)/g)) out.push(m[1]?.replace(/\\(.)/g, '$1') ?? m[2] ?? m[3]);
  return out;
}

/** What one command prints on the node; undefined when the node has no such program. */
function runOnNode(host: ToolHost, node: string, argv: string[]): ToolResult | undefined {
  const done = (stdout: string): ToolResult => ({ exitCode: 0, stdout, stderr: '', elapsedMs: 0 });
  switch (argv.join(' ')) {
    case 'hostname':
      return done(`${node}\n`);
    case 'whoami':
      return done('docker\n');
    case 'uname':
      return done('Linux\n');
    case 'uname -r':
      return done(`${host.cluster.profile.kernelVersion}\n`);
  }
  if (argv[0] !== 'curl') return undefined;
  const origin = { kind: 'host' as const, nodeIP: nodeIP(host, node) };
  return runCurl({ net: host.cluster.network, origin, curlVersion: NODE_CURL_VERSION }, argv.slice(1));
}

/** An interactive `minikube ssh`: bash on the node until `exit`. */
class NodeShell implements TerminalSession {
  private lastStatus = 0;

  constructor(
    private readonly host: ToolHost,
    private readonly node: string,
  ) {}

  prompt(): string {
    return `docker@${this.node}:~$ `;
  }

  async run(input: string): Promise<SessionOutput> {
    const argv = words(input);
    if (argv[0] === 'exit') return { stdout: 'logout\n', stderr: '', exitCode: argv[1] ? Number(argv[1]) : this.lastStatus, closed: true };
    if (!argv.length) return { stdout: '', stderr: '', exitCode: this.lastStatus, closed: false };
    const r = runOnNode(this.host, this.node, argv) ?? { exitCode: 127, stdout: '', stderr: `-bash: ${argv[0]}: command not found\n`, elapsedMs: 0 };
    this.lastStatus = r.exitCode;
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, closed: false };
  }
}

function nodeFlag(args: string[]): { node?: string; command: string[] } {
  const rest = [...args];
  let node: string | undefined;
  while (rest.length && rest[0] !== '--' && rest[0].startsWith('-')) {
    const flag = rest.shift()!;
    const eq = /^--node=(.*)$|^-n=?(.+)$/.exec(flag);
    node = eq ? (eq[1] ?? eq[2]) : rest.shift();
  }
  return { node, command: rest[0] === '--' ? rest.slice(1) : rest };
}

export async function minikubeSsh(args: string[], ctx: CommandContext, host: ToolHost, state: ToolState): Promise<number> {
  if (state.machine !== 'Running') {
    ctx.stderr.write(`\n${line('❌', `Exiting due to DRV_CP_ENDPOINT: Unable to get control-plane node ${host.cluster.profile.name} endpoint: the control-plane node is not running`)}\n`);
    return 80;
  }
  const { node = state.nodeOrder[0], command } = nodeFlag(args);
  if (!state.nodeOrder.includes(node)) {
    ctx.stderr.write(`\n${line('❌', `Exiting due to GUEST_NODE_RETRIEVE: retrieving node: Could not find node ${node}`)}\n`);
    return 85;
  }
  if (!command.length) {
    if (!host.openSession) {
      ctx.stderr.write('This terminal cannot hold an interactive session; run a single command instead, e.g. `minikube ssh -- hostname`.\n');
      return 1;
    }
    host.openSession(new NodeShell(host, node));
    return 0;
  }
  // ssh hands the words to the node's bash as one line.
  const argv = words(command.join(' '));
  const r = runOnNode(host, node, argv);
  if (!r) {
    ctx.stderr.write(`bash: line 1: ${argv[0]}: command not found\nssh: Process exited with status 127\n`);
    return 1;
  }
  if (r.elapsedMs >= 1000) await ctx.sleep(r.elapsedMs / 1000);
  ctx.stdout.write(r.stdout);
  ctx.stderr.write(r.stderr);
  if (r.exitCode !== 0) ctx.stderr.write(`ssh: Process exited with status ${r.exitCode}\n`);
  return r.exitCode === 0 ? 0 : 1;
}
