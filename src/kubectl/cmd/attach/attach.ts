/**
 * `kubectl attach (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t]`: connects to the main process of
 * a running container. Without -i it shows what the process writes from now on, until the
 * container stops or Ctrl-C. With -i -t on a container started with stdin and a TTY whose main
 * process is a shell (`kubectl run -it box --image=busybox -- sh`), the terminal is handed to it.
 */
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { isApiError, type Stored } from '../../sim';
import { parseResourceArgs } from '../../resource/builder';
import { PODS } from '../shared/builtins';
import { refOf, requestNamespace } from '../shared/refs';
import { usageError } from '../shared/usage';
import { INTERRUPTED_EXIT_CODE } from '../get/watch';
import { chooseContainer, podsForObject } from '../logs/logsPod';
import { attachMessages as messages } from './attachMessages';

const SHELLS = new Set(['sh', 'bash', 'ash', '/bin/sh', '/bin/bash', '/bin/ash']);

function target(inv: Invocation): Stored<Pod> {
  if (inv.args.length === 0) throw usageError(inv.commandPath, messages.needsArgument);
  if (inv.args.length > 2) throw usageError(inv.commandPath, messages.tooManyArguments(inv.args));
  const words = inv.args.length === 2 ? inv.args : inv.args[0].includes('/') ? inv.args : ['pods', inv.args[0]];
  const parsed = parseResourceArgs(inv.ctx, words);
  if (parsed.kind !== 'names') throw usageError(inv.commandPath, messages.needsArgument);
  const { info, name } = parsed.items[0];
  const obj = inv.ctx.client.get(refOf(info), name, { namespace: requestNamespace(info, inv.namespace) });
  return podsForObject(inv.ctx.client, obj)[0];
}

function current(inv: Invocation, pod: Stored<Pod>): Stored<Pod> | undefined {
  try {
    return inv.ctx.client.get<Pod>(PODS, pod.metadata.name, { namespace: pod.metadata.namespace });
  } catch (e) {
    if (isApiError(e, 'NotFound')) return undefined;
    throw e;
  }
}

/** `--pod-running-timeout`: waits while the pod is Pending; a finished pod cannot be attached to. */
async function waitForRunning(inv: Invocation, pod: Stored<Pod>): Promise<Stored<Pod>> {
  const limit = inv.flags.int('pod-running-timeout');
  for (let waited = 0; ; waited++) {
    const now = current(inv, pod) ?? pod;
    const phase = now.status?.phase ?? 'Pending';
    if (phase === 'Succeeded' || phase === 'Failed') throw new KubectlError(messages.completedPod(phase));
    if (phase === 'Running') return now;
    if (waited >= limit || inv.ctx.interrupt.aborted) throw new KubectlError(messages.timedOut);
    await inv.ctx.sleep(1);
  }
}

function terminated(pod: Stored<Pod> | undefined, container: string): boolean {
  const status = pod?.status?.containerStatuses?.find((s) => s.name === container);
  return !pod || !!status?.state?.terminated;
}

/** What the main process writes from now on, until its container stops (or Ctrl-C). */
async function streamOutput(inv: Invocation, pod: Stored<Pod>, container: string): Promise<number> {
  const namespace = pod.metadata.namespace ?? inv.namespace;
  const read = () => inv.ctx.client.logs(namespace, pod.metadata.name, { container });
  let seen = read();
  for (;;) {
    if (inv.ctx.interrupt.aborted) return INTERRUPTED_EXIT_CODE;
    await inv.ctx.sleep(1);
    const now = current(inv, pod);
    const text = now ? read() : seen;
    if (text.startsWith(seen) && text.length > seen.length) inv.ctx.stdout.write(text.slice(seen.length));
    seen = text;
    if (terminated(now, container)) return 0;
  }
}

function mainShell(c: Container): string | undefined {
  const argv = [...(c.command ?? []), ...(c.args ?? [])];
  return argv.length === 1 && SHELLS.has(argv[0]) ? argv[0] : undefined;
}

async function runAttach(inv: Invocation): Promise<number> {
  const pod = await waitForRunning(inv, target(inv));
  const choice = chooseContainer(pod, inv.flags.string('container'));
  const quiet = inv.flags.bool('quiet');
  if (choice.notice && !quiet) inv.ctx.stderr.write(`${choice.notice}\n`);
  const container = pod.spec?.containers.find((c) => c.name === choice.name) ?? { name: choice.name };
  let tty = inv.flags.bool('tty');
  if (tty && !container.tty) {
    tty = false;
    if (!quiet) inv.ctx.stderr.write(`${messages.noTTY(choice.name)}\n`);
  }
  const stdin = inv.flags.bool('stdin');
  if (stdin && !quiet) inv.ctx.stderr.write(`${messages.pressEnter}\n`);
  const shell = mainShell(container);
  if (stdin && tty && container.stdin && shell && inv.ctx.openShell) {
    const name = pod.metadata.name;
    const resume = pod.spec?.restartPolicy === 'Always' && !quiet ? `${messages.sessionEnded(name, choice.name)}\n` : '';
    inv.ctx.openShell({ namespace: pod.metadata.namespace ?? inv.namespace, pod: name, container: choice.name, shell, onExit: () => resume });
    return 0;
  }
  return streamOutput(inv, pod, choice.name);
}

export const attachCommand: Command = {
  name: 'attach',
  short: 'Connect to the main process of a running container',
  flags: [
    { name: 'container', shorthand: 'c', type: 'string' },
    { name: 'pod-running-timeout', type: 'duration', default: 60 },
    { name: 'quiet', shorthand: 'q', type: 'bool' },
    { name: 'stdin', shorthand: 'i', type: 'bool' },
    { name: 'tty', shorthand: 't', type: 'bool' },
  ],
  run: runAttach,
};
