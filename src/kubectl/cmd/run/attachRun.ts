/**
 * `kubectl run -it` / `-i` / `--attach`: wait for the pod to run, then either hand an
 * interactive shell to the host (`-- sh`) or stream the container's output until it ends, and
 * with `--rm` delete the pod afterwards (`pod "x" deleted`). Ctrl-C detaches.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { isApiError, type Stored } from '../../sim';
import { PODS } from '../shared/builtins';

const SHELLS = new Set(['sh', 'bash', 'ash', '/bin/sh', '/bin/bash', '/bin/ash']);
const INTERRUPTED = 130;

function currentPod(inv: Invocation, name: string, namespace: string): Stored<Pod> | undefined {
  try {
    return inv.ctx.client.get<Pod>(PODS, name, { namespace });
  } catch (e) {
    if (isApiError(e, 'NotFound')) return undefined;
    throw e;
  }
}

function containerState(pod: Stored<Pod> | undefined) {
  return pod?.status?.containerStatuses?.[0]?.state;
}

/** `--pod-running-timeout` (1m): polls until the container runs, or has already finished. */
async function waitForStart(inv: Invocation, name: string, namespace: string): Promise<Stored<Pod>> {
  for (let waited = 0; waited <= 60; waited++) {
    const pod = currentPod(inv, name, namespace);
    const state = containerState(pod);
    if (pod && (state?.running || state?.terminated || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed')) return pod;
    if (inv.ctx.interrupt.aborted) break;
    await inv.ctx.sleep(1);
  }
  throw new KubectlError(`timed out waiting for the condition`);
}

function removePod(inv: Invocation, name: string, namespace: string): string {
  try {
    inv.ctx.client.delete(PODS, name, { namespace });
  } catch (e) {
    if (!isApiError(e, 'NotFound')) throw e;
  }
  return `pod "${name}" deleted\n`;
}

/** Streams what the container prints until it stops (or Ctrl-C), like an attached terminal. */
async function stream(inv: Invocation, name: string, namespace: string, container: string): Promise<number> {
  let seen = '';
  for (;;) {
    const pod = currentPod(inv, name, namespace);
    const text = pod ? inv.ctx.client.logs(namespace, name, { container }) : seen;
    if (text.startsWith(seen) && text.length > seen.length) inv.ctx.stdout.write(text.slice(seen.length));
    seen = text;
    const terminated = containerState(pod)?.terminated;
    if (!pod || (terminated && pod.spec?.restartPolicy !== 'Always')) return terminated?.exitCode ?? 0;
    if (inv.ctx.interrupt.aborted) return INTERRUPTED;
    await inv.ctx.sleep(1);
  }
}

export async function attachToRun(inv: Invocation, pod: Pod): Promise<number> {
  const name = pod.metadata!.name!;
  const namespace = pod.metadata!.namespace ?? inv.namespace;
  const container = pod.spec!.containers[0];
  const argv = [...(container.command ?? []), ...(container.args ?? [])];
  const remove = inv.flags.bool('rm');
  await waitForStart(inv, name, namespace);
  const interactive = inv.flags.bool('stdin') && inv.flags.bool('tty');
  const shell = argv.length === 0 ? 'sh' : argv.length === 1 && SHELLS.has(argv[0]) ? argv[0] : undefined;
  if (interactive && shell && inv.ctx.openShell) {
    inv.ctx.stderr.write("If you don't see a command prompt, try pressing enter.\n");
    const resume = `Session ended, resume using 'kubectl attach ${name} -c ${container.name} -i -t' command when the pod is running\n`;
    inv.ctx.openShell({ namespace, pod: name, container: container.name, shell, onExit: () => (remove ? removePod(inv, name, namespace) : resume) });
    return 0;
  }
  if (interactive) inv.ctx.stderr.write("If you don't see a command prompt, try pressing enter.\n");
  const code = await stream(inv, name, namespace, container.name);
  if (remove) inv.ctx.stdout.write(removePod(inv, name, namespace));
  return code === INTERRUPTED ? INTERRUPTED : 0;
}
