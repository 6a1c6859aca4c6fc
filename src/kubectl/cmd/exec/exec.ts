/**
 * `kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [-i] -- COMMAND [args…]`: runs one command in a
 * container through pods/exec and relays its output and exit code. An interactive shell
 * (`-it … -- sh`) is handed to the host, which sends the terminal's next lines into it.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { parseResourceArgs } from '../../resource/builder';
import { refOf, requestNamespace } from '../shared/refs';
import { usageError } from '../shared/usage';
import { chooseContainer, podsForObject } from '../logs/logsPod';

const SHELLS = ['sh', 'bash', 'ash', 'zsh', '/bin/sh', '/bin/bash', '/bin/ash', '/bin/zsh', '/usr/bin/bash'];

function runExec(inv: Invocation): number {
  if (inv.args.length === 0 || inv.argsLenAtDash === 0) throw new KubectlError(messages.execNeedsPod);
  if (inv.argsLenAtDash < 0 && inv.args.length > 1) throw usageError(inv.commandPath, messages.execOldSyntax);
  const target = inv.args[0];
  const command = inv.args.slice(1);
  if (command.length === 0) throw new KubectlError(messages.execNeedsCommand);
  const interactive = inv.flags.bool('stdin') || inv.flags.bool('tty');
  // A shell reads the terminal only when nothing is redirected or piped into kubectl
  // (`kubectl exec -i web -- sh < script.sh` runs the script instead).
  const wantsShell = interactive && inv.ctx.stdin === '' && command.length === 1 && SHELLS.includes(command[0]);
  if (wantsShell && !inv.ctx.openShell) throw new KubectlError(messages.execInteractiveShell(target));
  const parsed = parseResourceArgs(inv.ctx, target.includes('/') ? [target] : ['pods', target]);
  if (parsed.kind !== 'names') throw new KubectlError(messages.execNeedsPod);
  const { info, name } = parsed.items[0];
  const obj = inv.ctx.client.get(refOf(info), name, { namespace: requestNamespace(info, inv.namespace) });
  const [pod] = podsForObject(inv.ctx.client, obj);
  const choice = chooseContainer(pod, inv.flags.string('container'));
  if (choice.notice) inv.ctx.stderr.write(`${choice.notice}\n`);
  if (wantsShell && inv.ctx.openShell) {
    // Starting the shell checks it exists in the image, as the runtime would.
    inv.ctx.client.exec(pod.metadata.namespace ?? inv.namespace, pod.metadata.name, { container: choice.name, command: [command[0], '-c', 'true'] });
    inv.ctx.openShell({ namespace: pod.metadata.namespace ?? inv.namespace, pod: pod.metadata.name, container: choice.name, shell: command[0] });
    return 0;
  }
  // kubectl drops the TTY without -i, and when its input is not the terminal (SetupTTY).
  const tty = inv.flags.bool('tty') && inv.flags.bool('stdin');
  if (tty && inv.ctx.stdin !== '') inv.ctx.stderr.write('Unable to use a TTY - input is not a terminal or the right kind of file\n');
  const result = inv.ctx.client.exec(pod.metadata.namespace ?? inv.namespace, pod.metadata.name, {
    container: choice.name,
    command,
    ...(inv.flags.bool('stdin') ? { stdin: inv.ctx.stdin } : {}),
    ...(tty && inv.ctx.stdin === '' ? { tty: true } : {}),
  });
  inv.ctx.stdout.write(result.stdout);
  inv.ctx.stderr.write(result.stderr);
  if (result.exitCode !== 0) throw new KubectlError(messages.execExitCode(result.exitCode), { raw: true, exitCode: result.exitCode });
  return 0;
}

export const execCommand: Command = {
  name: 'exec',
  short: 'Run a command inside a container',
  flags: [
    { name: 'container', shorthand: 'c', type: 'string', usage: 'Container to run the command in; by default the one named by the kubectl.kubernetes.io/default-container annotation, else the first.' },
    { name: 'stdin', shorthand: 'i', type: 'bool', usage: 'Forward your input to the command.' },
    { name: 'tty', shorthand: 't', type: 'bool', usage: 'Treat your input as a terminal (TTY); pair it with -i for a shell.' },
    { name: 'quiet', shorthand: 'q', type: 'bool' },
    { name: 'filename', shorthand: 'f', type: 'stringSlice', unavailable: true },
    { name: 'pod-running-timeout', type: 'duration', default: 60 },
  ],
  run: runExec,
};
