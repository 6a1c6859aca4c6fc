/**
 * The network tools as `kubectl exec` runs them inside a container: only where the image ships
 * them (busybox applets in busybox-based images, curl in the curl and nginx images), as a
 * direct argv or a one-command `sh -c '…'`. Anything else falls through to the container's shell.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { ExecOptions, ExecResult } from '../../client/types';
import { resolveImage } from '../../kubelet/images';
import type { ProgramNet } from '../../kubelet/programTypes';
import type { ClusterView } from '../clusterView';
import { runCurl } from './curl';
import { runNslookup, reverseName } from './nslookup';
import { startPing } from './ping';
import type { NetworkAccess, ToolContext, ToolResult } from './toolTypes';
import { runWget } from './wget';

type Tool = 'curl' | 'wget' | 'nslookup' | 'ping';

const CURL_IMAGES = /\/(nginx|nginx-slim|hello-frontend|netshoot|curl|busyboxplus|kubernetes-bootcamp)$/;
/** Debian bookworm's curl, in the nginx images. */
const DEBIAN_CURL = '7.88.1';
/** Debian jessie's, under the bootcamp's Node.js 6. */
const JESSIE_CURL = '7.38.0';

function curlVersion(image: string): string {
  const r = resolveImage(image);
  if (r.ok && r.ref.repository.endsWith('/curl')) return r.version;
  return r.ok && r.ref.repository.endsWith('/kubernetes-bootcamp') ? JESSIE_CURL : DEBIAN_CURL;
}

/** BusyBox rewrote nslookup in 1.29; the images here carry their BusyBox version as `version`. */
function legacyNslookup(image: string): boolean {
  const r = resolveImage(image);
  if (!r.ok || !/busybox/.test(r.ref.repository)) return false;
  const [major, minor] = r.version.split('.').map(Number);
  return major === 1 && minor < 29;
}

/** Without `-c`, a non-interactive exec of ping would never end: it stops after this many echoes. */
const EXEC_PING_COUNT = 4;

export function toolsIn(image: string): Set<Tool> {
  const r = resolveImage(image);
  const tools = new Set<Tool>();
  if (!r.ok) return tools;
  if (r.config.userland === 'busybox' || r.ref.repository.endsWith('/netshoot')) ['wget', 'nslookup', 'ping'].forEach((t) => tools.add(t as Tool));
  if (CURL_IMAGES.test(r.ref.repository)) tools.add('curl');
  return tools;
}

/** The first stage of a `sh -c` pipeline and the rest, split at the first unquoted single `|`. */
function splitPipe(script: string): [string, string | undefined] {
  let quote = '';
  for (let i = 0; i < script.length; i++) {
    const ch = script[i];
    if (quote) quote = ch === quote ? '' : quote;
    else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '|' && script[i + 1] !== '|' && script[i - 1] !== '|') return [script.slice(0, i), script.slice(i + 1)];
  }
  return [script, undefined];
}

/**
 * `sh -c 'curl -s web | head -3'` → the tool's words and what to pipe its output into, when the
 * first stage is one plain command (no variables, lists or redirects); argv as-is otherwise.
 */
function commandWords(argv: string[]): { words: string[]; rest?: string } {
  const base = (argv[0] ?? '').replace(/^.*\//, '');
  if (!['sh', 'bash', 'ash'].includes(base) || argv[1] !== '-c' || argv.length !== 3) return { words: argv };
  const [first, rest] = splitPipe(argv[2]);
  if (/[|;&<>$`\\\n]/.test(first)) return { words: argv };
  const words = first.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
  return { words: words.map((w) => (/^['"]/.test(w) ? w.slice(1, -1) : w)), ...(rest !== undefined ? { rest } : {}) };
}

export function runTool(tool: Tool, ctx: ToolContext, args: string[], view: ClusterView): ToolResult {
  if (tool === 'curl') return runCurl(ctx, args);
  if (tool === 'wget') return runWget(ctx, args);
  if (tool === 'nslookup') return runNslookup(ctx, args, (ip) => reverseName(view, ip));
  const session = startPing(ctx, args);
  if (session.error) return { exitCode: session.error.exitCode, stdout: '', stderr: session.error.stderr, elapsedMs: 0 };
  const count = session.count ?? EXEC_PING_COUNT;
  let stdout = session.header;
  for (let seq = 0; seq < count; seq++) stdout += session.reply(seq);
  const end = session.summary(count);
  return { exitCode: end.exitCode, stdout: stdout + end.stdout, stderr: '', elapsedMs: count * 1000 };
}

function runningContainer(pod: Pod, name: string | undefined): string | undefined {
  const container = name ?? pod.spec?.containers[0]?.name;
  const status = pod.status?.containerStatuses?.find((c) => c.name === container);
  return status?.state?.running ? pod.spec?.containers.find((c) => c.name === container)?.image : undefined;
}

/** Runs a command in the container itself (the kubelet's own exec). */
export type ContainerExec = (opts: ExecOptions) => ExecResult;

/** The container's exec takes no stdin: the tool's output enters the rest of the pipeline as a quoted `echo -n`. */
function feed(output: string, rest: string): string {
  return `echo -n '${output.replace(/'/g, "'\\''")}' |${rest}`;
}

/**
 * The kubelet's hook for container programs (`while sleep 0.01; do wget -q -O- http://php-apache; done`)
 * and exec'd scripts: the tools `image` ships, run from the pod. Outputs go to the caller, which
 * keeps only capped log lines; nothing is stored here.
 */
export function podProgramNetwork(net: NetworkAccess, view: ClusterView) {
  return (namespace: string, podName: string, image: string): ProgramNet | undefined => {
    const tools = toolsIn(image);
    if (tools.size === 0) return undefined;
    const ctx: ToolContext = { net, origin: { kind: 'pod', namespace, name: podName }, curlVersion: curlVersion(image), legacyNslookup: legacyNslookup(image) };
    return (tool, args) => (tools.has(tool as Tool) ? runTool(tool as Tool, ctx, args, view) : undefined);
  };
}

/** The kubelet's exec hook: a result when a network tool ran, undefined to let the container handle it. */
export function podNetworkTools(net: NetworkAccess, view: ClusterView) {
  return (namespace: string, podName: string, opts: ExecOptions, container: ContainerExec): ExecResult | undefined => {
    const pod = view.pod(namespace, podName);
    const image = pod && runningContainer(pod, opts.container);
    if (!image) return undefined;
    const { words, rest } = commandWords(opts.command);
    const tool = (words[0] ?? '').replace(/^.*\//, '') as Tool;
    if (!toolsIn(image).has(tool)) return undefined;
    const ctx: ToolContext = { net, origin: { kind: 'pod', namespace, name: podName }, curlVersion: curlVersion(image), legacyNslookup: legacyNslookup(image), stdoutIsTTY: opts.tty === true && rest === undefined };
    const r = runTool(tool, ctx, words.slice(1), view);
    if (rest === undefined) return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr };
    const next = container({ ...opts, command: [opts.command[0], '-c', feed(r.stdout, rest)] });
    return { exitCode: next.exitCode, stdout: next.stdout, stderr: r.stderr + next.stderr };
  };
}
