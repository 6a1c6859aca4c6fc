/**
 * A running container: its program advancing, its probes, OOM kills, stops (SIGTERM, then
 * SIGKILL after the grace period), and what the next sync does once it has exited.
 */
import { goDuration } from './goDuration';
import { kubeletEvents as ev } from './kubeletEvents';
import type { ContainerRuntime, StopReason } from './podRuntime';
import { advance, nextWakeTime, signalTerm } from './program';
import { applyProbeResult, probeNames, probeOnce, probeSpec, type ProbeKind } from './probes';
import { parseQuantity } from './quantity';
import { nextBackOff } from './containerStart';
import { podRef, record, restartPolicyOf, specOf, type SyncContext } from './syncContext';

const MAX_BACKOFF_MS = 300_000;

export function runningNext(c: ContainerRuntime): number | undefined {
  const p = c.current?.program;
  const times = [p && nextWakeTime(p), c.stopping?.deadline];
  if (!c.stopping) times.push(c.startup?.nextAt, c.liveness?.nextAt, c.readiness?.nextAt);
  const due = times.filter((x): x is number => x !== undefined);
  return due.length ? Math.min(...due) : undefined;
}

function terminate(ctx: SyncContext, c: ContainerRuntime, at: number, exitCode: number, reason: string): void {
  const cur = c.current!;
  c.current = { ...cur, finishedAt: at, exitCode, reason, program: cur.program && { ...cur.program, serving: undefined } };
  Object.assign(c, { ready: false, started: false, stopping: undefined, startup: undefined, liveness: undefined, readiness: undefined });
  const done = c.stopping?.why === 'delete' || ctx.rt.terminating;
  if (c.stopping?.why === 'changed') c.restartRequested = true;
  Object.assign(c, { stage: done ? 'done' : 'exited', next: done ? undefined : at + Math.round(ctx.rng.between(300, 1000)) });
}

/** Sends SIGTERM (the program decides how fast it dies) and arms the SIGKILL deadline. */
export function stopContainer(ctx: SyncContext, c: ContainerRuntime, t: number, why: StopReason, graceMs: number): void {
  if (c.stage !== 'running' || !c.current?.program) {
    if (why === 'delete') Object.assign(c, { stage: 'done', next: undefined });
    return;
  }
  record(ctx, t, c, why === 'delete' ? ev.stopping(c.name) : why === 'changed' ? ev.definitionChanged(c.name) : ev.probeKill(c.name, why));
  c.current = { ...c.current, program: signalTerm(c.current.program, t) };
  c.stopping = { deadline: t + graceMs, why };
  c.next = runningNext(c);
}

function runProbes(ctx: SyncContext, c: ContainerRuntime, t: number): void {
  const spec = specOf(ctx, c);
  for (const kind of ['startup', 'liveness', 'readiness'] as ProbeKind[]) {
    const w = c[kind];
    const probe = probeSpec(spec, kind);
    if (!w || !probe || w.nextAt !== t || c.stage !== 'running' || c.stopping) continue;
    if (kind !== 'startup' && !c.started) {
      c[kind] = { ...w, nextAt: t + (probe.periodSeconds ?? 10) * 1000 };
      continue;
    }
    const result = probeOnce(spec, c, probe, ctx.rt.podIP, t, ctx.net?.(c.image));
    Object.assign(c, { current: result.c.current });
    const next = applyProbeResult(w, probe, result.ok, t);
    c[kind] = next;
    if (!result.ok) record(ctx, t, c, ev.unhealthy(probeNames[kind], result.output));
    if (kind === 'startup' && next.ok) {
      c.started = true;
      c.startup = undefined;
    }
    if (kind === 'readiness') c.ready = next.ok;
    const failed = !result.ok && next.failures >= (probe.failureThreshold ?? 3);
    if (failed && kind !== 'readiness') {
      const grace = (probe.terminationGracePeriodSeconds ?? ctx.pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
      stopContainer(ctx, c, t, kind, grace);
    }
  }
  if (!spec.readinessProbe && c.stage === 'running') c.ready = c.started;
}

export function stepRunning(ctx: SyncContext, c: ContainerRuntime, t: number): void {
  const cur = c.current!;
  const r = advance(cur.program!, t, ctx.net?.(c.image));
  for (const l of r.logLines) ctx.logs.push({ container: c.name, restartCount: c.instances - 1, ...l });
  c.current = { ...cur, program: r.state };
  const limit = parseQuantity(specOf(ctx, c).resources?.limits?.memory as string | undefined);
  const used = r.state.program.idle.memoryBytes + r.state.extraMemoryBytes;
  if (limit !== undefined && r.state.extraMemoryBytes > 0 && used > limit) return terminate(ctx, c, r.state.allocatedAt ?? t, 137, 'OOMKilled');
  if (r.exited) return terminate(ctx, c, r.exited.at, r.exited.code, r.exited.code === 0 ? 'Completed' : 'Error');
  if (c.stopping && c.stopping.deadline <= t) return terminate(ctx, c, t, 137, 'Error');
  runProbes(ctx, c, t);
  if (c.stage === 'running') c.next = runningNext(c);
}

/** The sync after an exit: stay down, wait out the crash back-off, or restart (doBackOff). */
export function stepExited(ctx: SyncContext, c: ContainerRuntime, t: number): void {
  const cur = c.current!;
  const policy = restartPolicyOf(ctx, c);
  const succeeded = cur.exitCode === 0;
  const stayDown = policy === 'Never' || (succeeded && (policy === 'OnFailure' || (c.init && !c.sidecar)));
  if (stayDown && !c.restartRequested) {
    Object.assign(c, { stage: 'done', next: undefined, waiting: undefined });
    return;
  }
  const key = c.name;
  const entry = ctx.rt.crashBackOff[key];
  const finishedAt = cur.finishedAt ?? t;
  const expired = entry && finishedAt - entry.lastUpdate > 2 * MAX_BACKOFF_MS;
  if (entry && !expired && t - finishedAt < entry.delayMs) {
    if (c.stage !== 'crashBackOff') record(ctx, t, c, ev.crashBackOff(c.name, podRef(ctx.pod)));
    const message = `back-off ${goDuration(entry.delayMs)} restarting failed container=${c.name} pod=${podRef(ctx.pod)}`;
    Object.assign(c, { stage: 'crashBackOff', next: finishedAt + entry.delayMs, waiting: { reason: 'CrashLoopBackOff', message } });
    return;
  }
  ctx.rt.crashBackOff[key] = nextBackOff(entry, t);
  Object.assign(c, { stage: 'image', next: t, restartRequested: undefined });
}
