/**
 * Reaching into a pod's running containers from outside: `kubectl exec`, and requests the
 * network layer delivers to a pod port (with the access-log line the server writes).
 */
import { formatDate } from './logTemplates';
import { builtins } from './builtins';
import { respondHttp, type HttpRequest, type HttpResponse } from './httpResponses';
import type { PodRuntime } from './podRuntime';
import { execInProgram, type ProgramState } from './program';
import type { ProgramNet } from './programTypes';
import type { ContainerLogLine } from './syncContext';

export type ExecResult = { runtime: PodRuntime; exitCode: number; stdout: string; stderr: string } | { error: string };

const shells = new Set(['sh', 'ash', 'bash']);

export function execInContainer(rt: PodRuntime, container: string, argv: string[], at: number, net?: ProgramNet, stdin?: string): ExecResult {
  const index = rt.containers.findIndex((c) => c.name === container && !c.init);
  const c = rt.containers[index];
  const program = c?.stage === 'running' ? c.current?.program : undefined;
  if (!c || !program) return { error: `container not found ("${container}")` };
  const base = (argv[0] ?? '').replace(/^.*\//, '');
  const imageExecutable = !!(program.imagePrograms[argv[0] ?? ''] ?? program.imagePrograms[base]);
  const known = shells.has(base) ? program.program.shell !== 'none' && (base !== 'bash' || program.program.shell !== 'busybox') : imageExecutable || (base in builtins && program.program.shell !== 'none');
  if (!known) {
    return { error: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0] ?? ''}": executable file not found in $PATH: unknown` };
  }
  const r = execInProgram(program, argv, at, net, stdin);
  const containers = rt.containers.map((x, i) => (i === index ? { ...x, current: { ...x.current!, program: r.state } } : x));
  return { runtime: { ...rt, containers }, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr };
}

function accessLog(kind: string | undefined, req: HttpRequest, res: HttpResponse, now: number, program: ProgramState): Pick<ContainerLogLine, 'stream' | 'text'> | undefined {
  const agent = req.headers?.['user-agent'] ?? 'curl/8.5.0';
  const path = req.path.split('?')[0];
  if (kind === 'nginx') {
    return { stream: 'stdout', text: `${req.clientIP} - - [${formatDate(now, 'clf')}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${res.body.length} "-" "${agent}" "-"` };
  }
  if (kind === 'httpd') return { stream: 'stdout', text: `${req.clientIP} - - [${formatDate(now, 'clf')}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${res.body.length}` };
  if (kind === 'golog') return { stream: 'stderr', text: `${formatDate(now, 'nginx')} Serving request: ${path}` };
  if (kind === 'bootcamp') {
    // console.log's arguments joined by spaces; Node prints a Date as its ISO string.
    const uptime = (now - program.startedAt) / 1000;
    return { stream: 'stdout', text: `Running On: ${program.hostname} | Total Requests: ${(program.served ?? 0) + 1} | App Uptime: ${uptime} seconds | Log Time: ${formatDate(now, 'iso')}` };
  }
  return undefined;
}

export interface Served {
  response?: HttpResponse;
  listening: boolean;
  log?: ContainerLogLine;
  /** The runtime after the request: a server that counts its requests has counted this one. */
  runtime: PodRuntime;
}

/** Undefined response: nothing listens on the port (the caller reports `connection refused`). */
export function serveRequest(rt: PodRuntime, port: number, req: HttpRequest, now: number): Served {
  for (const [i, c] of rt.containers.entries()) {
    const program = c.stage === 'running' ? c.current?.program : undefined;
    const server = program?.serving;
    if (!program || !server?.ports.includes(port)) continue;
    const response = respondHttp(server, port, req, { now, startedAt: c.current?.startedAt ?? now, hostname: program.hostname, podIP: program.podIP, env: program.vars, fs: program.fs });
    const line = response && accessLog(server.accessLog, req, response, now, program);
    const counted = response && server.accessLog === 'bootcamp' ? countServed(rt, i, program) : rt;
    return { response, listening: true, runtime: counted, ...(line ? { log: { container: c.name, restartCount: c.instances - 1, time: now, ...line } } : {}) };
  }
  return { listening: false, runtime: rt };
}

function countServed(rt: PodRuntime, index: number, program: ProgramState): PodRuntime {
  const next = { ...program, served: (program.served ?? 0) + 1 };
  return { ...rt, containers: rt.containers.map((x, i) => (i === index ? { ...x, current: { ...x.current!, program: next } } : x)) };
}
