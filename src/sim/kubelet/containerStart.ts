/**
 * Getting a container to run, as kubelet's startContainer does it: ensure the image (pull,
 * back-off), build the config (env, mounts), create, start.
 */
import type { Container } from 'kubernetes-types/core/v1';
import { compileContainer } from './containerCommand';
import { containerEnv, containerFiles, expandKubeVars } from './containerConfig';
import { goDuration } from './goDuration';
import { parseImageReference } from './imageReference';
import { resolveImage } from './images';
import { kubeletEvents as ev } from './kubeletEvents';
import type { BackOffEntry, ContainerRuntime } from './podRuntime';
import { startProgram } from './program';
import { etcHosts, resolvConf } from './podNetworkFiles';
import { newProbeWorkers } from './probes';
import { hexId, record, specOf, type SyncContext } from './syncContext';

const INITIAL_BACKOFF_MS = 10_000;
const MAX_BACKOFF_MS = 300_000;
/** How long until the pod worker syncs again after an error (PLEG relist and work queue). */
const syncLag = (ctx: SyncContext) => Math.round(ctx.rng.between(1000, 3000));

/** flowcontrol.Backoff.Next: start at 10 s, double to 5 min, forget after 10 min of quiet. */
export function nextBackOff(entry: BackOffEntry | undefined, t: number): BackOffEntry {
  if (!entry || t - entry.lastUpdate > 2 * MAX_BACKOFF_MS) return { delayMs: INITIAL_BACKOFF_MS, lastUpdate: t };
  return { delayMs: Math.min(entry.delayMs * 2, MAX_BACKOFF_MS), lastUpdate: t };
}

export function pullPolicy(container: Container): 'Always' | 'IfNotPresent' | 'Never' {
  if (container.imagePullPolicy) return container.imagePullPolicy as 'Always' | 'IfNotPresent' | 'Never';
  const parsed = parseImageReference(container.image ?? '');
  return parsed.ok && parsed.ref.tag === 'latest' && !parsed.ref.digest ? 'Always' : 'IfNotPresent';
}

/** EnsureImageExists: decide to pull, skip, or wait out the pull back-off. */
export function stepImage(ctx: SyncContext, c: ContainerRuntime, t: number): void {
  const spec = specOf(ctx, c);
  const image = spec.image ?? '';
  const parsed = parseImageReference(image);
  if (!parsed.ok) {
    const res = resolveImage(image);
    const message = res.ok ? '' : res.reason === 'InvalidImageName' ? res.message : res.error;
    record(ctx, t, c, ev.inspectFailed(message));
    record(ctx, t, c, ev.error('InvalidImageName'));
    Object.assign(c, { stage: 'invalidImage', next: undefined, waiting: { reason: 'InvalidImageName', message } });
    return;
  }
  const present = ctx.present.has(parsed.ref.normalized);
  const policy = pullPolicy(spec);
  if (policy === 'Never' && !present) {
    const e = ev.neverPull(image);
    record(ctx, t, c, e);
    Object.assign(c, { stage: 'invalidImage', next: undefined, waiting: { reason: 'ErrImageNeverPull', message: e.message } });
    return;
  }
  if (policy !== 'Always' && present) {
    record(ctx, t, c, ev.alreadyPresent(image));
    Object.assign(c, { stage: 'create', next: t + Math.round(ctx.rng.between(100, 400)) });
    return;
  }
  const entry = ctx.rt.pullBackOff[image];
  if (entry && t - entry.lastUpdate < entry.delayMs) {
    if (c.waiting?.reason !== 'ImagePullBackOff') {
      record(ctx, t, c, ev.pullBackOff(image));
      record(ctx, t, c, ev.error('ImagePullBackOff'));
    }
    const message = `Back-off pulling image "${image}": ErrImagePull: ${c.pullError ?? ''}`;
    Object.assign(c, { stage: 'pullBackOff', next: entry.lastUpdate + entry.delayMs, waiting: { reason: 'ImagePullBackOff', message } });
    return;
  }
  const res = resolveImage(image);
  const seconds = !res.ok ? ctx.rng.between(0.5, 1.5) : present ? ctx.rng.between(0.3, 0.9) : res.pullSeconds * ctx.rng.between(0.85, 1.15);
  record(ctx, t, c, ev.pulling(image));
  Object.assign(c, { stage: 'pulling', pullStartedAt: t, next: t + Math.round(seconds * 1000) });
}

export function stepPullDone(ctx: SyncContext, c: ContainerRuntime, t: number): void {
  const image = specOf(ctx, c).image ?? '';
  const res = resolveImage(image);
  if (!res.ok) {
    const error = res.reason === 'ErrImagePull' ? res.error : res.message;
    record(ctx, t, c, ev.pullFailed(image, error));
    record(ctx, t, c, ev.error('ErrImagePull'));
    ctx.rt.pullBackOff[image] = nextBackOff(ctx.rt.pullBackOff[image], t);
    Object.assign(c, { stage: 'pullBackOff', next: t + syncLag(ctx), pullError: error, waiting: { reason: 'ErrImagePull', message: error } });
    return;
  }
  record(ctx, t, c, ev.pulled(image, goDuration(t - (c.pullStartedAt ?? t)), res.sizeBytes));
  if (!ctx.present.has(res.normalized)) {
    ctx.present.add(res.normalized);
    ctx.imagesPulled.push(res.normalized);
  }
  delete ctx.rt.pullBackOff[image];
  Object.assign(c, { stage: 'create', next: t + Math.round(ctx.rng.between(100, 400)), pullError: undefined });
}

/** Builds the config, creates and starts the container (or fails like the runtime does). */
export function stepCreate(ctx: SyncContext, c: ContainerRuntime, t: number): void {
  const spec = specOf(ctx, c);
  const res = resolveImage(spec.image ?? '');
  if (!res.ok) return stepImage(ctx, c, t);
  const net = { hostIP: ctx.node.hostIP, podIP: ctx.rt.podIP };
  const env = containerEnv(ctx.pod, spec, res.config.env, ctx.serviceEnv, ctx.lookup, net);
  if ('error' in env) {
    record(ctx, t, c, ev.error(env.error));
    Object.assign(c, { stage: 'configError', next: t + 10_000, waiting: { reason: 'CreateContainerConfigError', message: env.error } });
    return;
  }
  const vars = Object.fromEntries(env.env);
  const expand = (list?: string[]) => list?.map((s) => expandKubeVars(s, vars));
  const compiled = compileContainer(res.config, res.version, vars, expand(spec.command), expand(spec.args), spec.stdin ?? false);
  c.previous = c.current;
  c.instances += 1;
  c.normalizedImage = res.normalized;
  c.imageID = res.imageID;
  const containerID = `containerd://${hexId(ctx)}`;
  record(ctx, t, c, ev.created(c.name));
  if (!compiled.ok) {
    record(ctx, t, c, ev.error(compiled.startError));
    c.current = { containerID, startedAt: 0, finishedAt: t, exitCode: 128, reason: 'StartError', message: compiled.startError };
    Object.assign(c, { stage: 'exited', next: t + syncLag(ctx), waiting: { reason: 'RunContainerError', message: compiled.startError } });
    return;
  }
  const hostname = ctx.pod.spec?.hostname ?? ctx.pod.metadata?.name ?? '';
  const fs = {
    ...containerFiles(spec, ctx.rt.volumeFiles, res.config.files),
    '/etc/hostname': `${hostname}\n`,
    '/etc/resolv.conf': resolvConf(ctx.pod),
    ...(ctx.pod.spec?.hostNetwork ? {} : { '/etc/hosts': etcHosts(ctx.pod, ctx.rt.podIP, hostname) }),
  };
  const program = startProgram({ program: compiled.program, env: env.env, fs, now: t, hostname, podIP: ctx.rt.podIP, imagePrograms: res.config.programs, version: res.version });
  c.current = { containerID, startedAt: t, program };
  record(ctx, t, c, ev.started(c.name));
  const probes = newProbeWorkers(spec, t);
  Object.assign(c, { stage: 'running', next: t, waiting: undefined, started: !spec.startupProbe, ready: false, ...probes });
}
