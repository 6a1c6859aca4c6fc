/**
 * Probe workers, as pkg/kubelet/prober runs them: each probe fires after initialDelaySeconds,
 * then every periodSeconds; successThreshold/failureThreshold consecutive results flip it.
 */
import type { Container, Probe } from 'kubernetes-types/core/v1';
import { respondHttp } from './httpResponses';
import type { ContainerRuntime, ProbeWorker } from './podRuntime';
import { execInProgram } from './program';
import type { ProgramNet } from './programTypes';

export type ProbeKind = 'startup' | 'liveness' | 'readiness';
export const probeNames: Record<ProbeKind, string> = { startup: 'Startup', liveness: 'Liveness', readiness: 'Readiness' };

export function probeSpec(spec: Container, kind: ProbeKind): Probe | undefined {
  return kind === 'startup' ? spec.startupProbe : kind === 'liveness' ? spec.livenessProbe : spec.readinessProbe;
}

export function newProbeWorkers(spec: Container, t: number): Partial<Record<ProbeKind, ProbeWorker | undefined>> {
  const worker = (p: Probe | undefined): ProbeWorker | undefined =>
    p ? { nextAt: t + (p.initialDelaySeconds ?? 0) * 1000, successes: 0, failures: 0, ok: false } : undefined;
  return { startup: worker(spec.startupProbe), liveness: worker(spec.livenessProbe), readiness: worker(spec.readinessProbe) };
}

function portOf(spec: Container, port: number | string): number {
  if (typeof port === 'number') return port;
  const named = spec.ports?.find((p) => p.name === port)?.containerPort;
  return named ?? (Number(port) || 0);
}

/** Runs one probe against the container as it is at `t`; `output` is what the Unhealthy event says. */
export function probeOnce(spec: Container, c: ContainerRuntime, probe: Probe, podIP: string, t: number, net?: ProgramNet): { ok: boolean; output: string; c: ContainerRuntime } {
  const program = c.current?.program;
  if (!program) return { ok: false, output: 'container not running', c };
  if (probe.exec) {
    const r = execInProgram(program, probe.exec.command ?? [], t, net);
    const output = (r.stdout + r.stderr).replace(/\n$/, '');
    return { ok: r.exitCode === 0, output, c: { ...c, current: { ...c.current!, program: r.state } } };
  }
  const serving = program.serving;
  if (probe.httpGet) {
    const port = portOf(spec, probe.httpGet.port);
    const path = probe.httpGet.path ?? '/';
    const host = probe.httpGet.host ?? podIP;
    const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
    const res = serving && respondHttp(serving, port, { method: 'GET', path, host: `${host}:${port}`, clientIP: podIP }, {
      now: t,
      startedAt: c.current?.startedAt ?? t,
      hostname: program.hostname,
      podIP,
      env: program.vars,
      fs: program.fs,
    });
    if (!res) return { ok: false, output: `Get "${scheme}://${host}:${port}${path}": dial tcp ${host}:${port}: connect: connection refused`, c };
    const ok = res.status >= 200 && res.status < 400;
    return { ok, output: ok ? '' : `HTTP probe failed with statuscode: ${res.status}`, c };
  }
  const port = portOf(spec, probe.tcpSocket?.port ?? probe.grpc?.port ?? 0);
  const listening = serving?.ports.includes(port) ?? false;
  if (probe.grpc) return { ok: listening, output: listening ? '' : `timeout: failed to connect service "${podIP}:${port}" within 1s`, c };
  return { ok: listening, output: listening ? '' : `dial tcp ${podIP}:${port}: connect: connection refused`, c };
}

/** Folds one result into the worker and schedules the next run. */
export function applyProbeResult(w: ProbeWorker, probe: Probe, ok: boolean, t: number): ProbeWorker {
  const next = { ...w, nextAt: t + (probe.periodSeconds ?? 10) * 1000 };
  if (ok) {
    next.successes = w.successes + 1;
    next.failures = 0;
    if (next.successes >= (probe.successThreshold ?? 1)) next.ok = true;
  } else {
    next.failures = w.failures + 1;
    next.successes = 0;
    if (next.failures >= (probe.failureThreshold ?? 3)) next.ok = false;
  }
  return next;
}
