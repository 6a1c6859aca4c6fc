/**
 * handleAttachPod for `kubectl debug -i`: wait until the debug container runs, then hand an
 * interactive shell to the host (`kubectl attach`'s session), or relay what the container prints
 * until it stops. Ctrl-C detaches.
 */
import type { ContainerStatus, Pod } from 'kubernetes-types/core/v1';
import type { Invocation } from '../../cmdutil/command';
import { isApiError, resolveImage, type Stored } from '../../sim';
import { messages } from '../../messages';
import { PODS } from '../shared/builtins';
import { INTERRUPTED_EXIT_CODE } from '../get/watch';

const SHELLS = new Set(['sh', 'bash', 'ash', '/bin/sh', '/bin/bash', '/bin/ash', '/usr/bin/bash']);

function statusOf(pod: Pod | undefined, container: string): ContainerStatus | undefined {
  const s = pod?.status;
  return [...(s?.containerStatuses ?? []), ...(s?.ephemeralContainerStatuses ?? [])].find((c) => c.name === container);
}

function currentPod(inv: Invocation, name: string, namespace: string): Stored<Pod> | undefined {
  try {
    return inv.ctx.client.get<Pod>(PODS, name, { namespace });
  } catch (e) {
    if (isApiError(e, 'NotFound')) return undefined;
    throw e;
  }
}

/** The shell the container runs when it runs one: the command given, else the image's default. */
function shellOf(spec: { image?: string; command?: string[]; args?: string[] } | undefined): string | undefined {
  const argv = [...(spec?.command ?? []), ...(spec?.args ?? [])];
  if (argv.length) return argv.length === 1 && SHELLS.has(argv[0]) ? argv[0] : undefined;
  const resolved = resolveImage(spec?.image ?? '');
  if (!resolved.ok || resolved.config.entrypoint.length) return undefined;
  const cmd = resolved.config.cmd;
  return cmd.length === 1 && SHELLS.has(cmd[0]) ? cmd[0] : undefined;
}

async function waitForContainer(inv: Invocation, name: string, namespace: string, container: string): Promise<Stored<Pod> | undefined> {
  for (;;) {
    const pod = currentPod(inv, name, namespace);
    const state = statusOf(pod, container)?.state;
    if (!pod || state?.running || state?.terminated || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return pod;
    if (inv.ctx.interrupt.aborted) return undefined;
    await inv.ctx.sleep(1);
  }
}

async function stream(inv: Invocation, name: string, namespace: string, container: string): Promise<number> {
  let seen = '';
  for (;;) {
    const pod = currentPod(inv, name, namespace);
    const text = pod ? inv.ctx.client.logs(namespace, name, { container }) : seen;
    if (text.startsWith(seen) && text.length > seen.length) inv.ctx.stdout.write(text.slice(seen.length));
    seen = text;
    if (!pod || statusOf(pod, container)?.state?.terminated) return 0;
    if (inv.ctx.interrupt.aborted) return INTERRUPTED_EXIT_CODE;
    await inv.ctx.sleep(1);
  }
}

/** Attaches to `container` of the pod `name` (empty: its first container). */
export async function attachDebugContainer(inv: Invocation, name: string, namespace: string, requested: string): Promise<number> {
  const first = currentPod(inv, name, namespace);
  const container = requested || first?.spec?.containers[0]?.name || '';
  const pod = await waitForContainer(inv, name, namespace, container);
  if (!pod) return INTERRUPTED_EXIT_CODE;
  const ephemeral = pod.spec?.ephemeralContainers?.find((c) => c.name === container);
  const spec = ephemeral ?? pod.spec?.containers.find((c) => c.name === container);
  const interactive = inv.flags.bool('stdin') && inv.flags.bool('tty');
  const shell = shellOf(spec);
  if (interactive && !inv.flags.bool('quiet')) inv.ctx.stderr.write(`${messages.attachPrompt}\n`);
  if (interactive && shell && inv.ctx.openShell && statusOf(pod, container)?.state?.running) {
    const resumable = pod.spec?.restartPolicy === 'Always' && !inv.flags.bool('quiet');
    const resume = ephemeral ? messages.attachResumeEphemeral(name, container) : messages.attachResume(name, container);
    inv.ctx.openShell({ namespace, pod: name, container, shell, onExit: () => (resumable ? `${resume}\n` : '') });
    return 0;
  }
  return stream(inv, name, namespace, container);
}
