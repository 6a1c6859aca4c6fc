/**
 * `kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]`: reads pods/log. With `-f` it keeps
 * polling (virtual time passes) and prints what was appended, until Ctrl-C or the container
 * stops running.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { ClusterClient, LogOptions, Stored } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { parseDuration } from '../../cmdutil/duration';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { parseResourceArgs } from '../../resource/builder';
import { SELECTOR } from '../shared/commonFlags';
import { refOf, requestNamespace } from '../shared/refs';
import { usageError } from '../shared/usage';
import { INTERRUPTED_EXIT_CODE } from '../get/watch';
import { chooseContainer, podForObject } from './logsPod';

function logOptions(inv: Invocation, container: string): LogOptions {
  const tail = inv.flags.int('tail');
  const since = parseDuration(inv.flags.string('since'));
  return {
    container,
    previous: inv.flags.bool('previous'),
    timestamps: inv.flags.bool('timestamps'),
    ...(tail >= 0 ? { tailLines: tail } : {}),
    ...(since ? { sinceSeconds: Math.ceil(since) } : {}),
  };
}

function targetPod(inv: Invocation): Stored<Pod> {
  const first = inv.args[0];
  const parsed = parseResourceArgs(inv.ctx, first.includes('/') ? [first] : ['pods', first]);
  if (parsed.kind !== 'names') throw usageError(inv.commandPath, messages.logsUsage);
  const { info, name } = parsed.items[0];
  const obj = inv.ctx.client.get(refOf(info), name, { namespace: requestNamespace(info, inv.namespace) });
  const { pod, of } = podForObject(inv.ctx.client, obj);
  if (of > 1) inv.ctx.stderr.write(`${messages.foundPods(of, pod.metadata.name)}\n`);
  return pod;
}

function isRunning(client: ClusterClient, pod: Stored<Pod>, container: string): boolean {
  try {
    const current = client.get<Pod>({ group: '', version: 'v1', resource: 'pods' }, pod.metadata.name, { namespace: pod.metadata.namespace });
    if (current.metadata.uid !== pod.metadata.uid) return false;
    return !!current.status?.containerStatuses?.find((s) => s.name === container)?.state?.running;
  } catch {
    return false;
  }
}

async function follow(inv: Invocation, pod: Stored<Pod>, opts: LogOptions, printed: string): Promise<number> {
  const ns = pod.metadata.namespace ?? inv.namespace;
  let seen = printed;
  for (;;) {
    if (inv.ctx.interrupt.aborted) return INTERRUPTED_EXIT_CODE;
    if (!isRunning(inv.ctx.client, pod, opts.container ?? '')) return 0;
    await inv.ctx.sleep(1);
    const text = inv.ctx.client.logs(ns, pod.metadata.name, { ...opts, tailLines: undefined, sinceSeconds: undefined });
    if (text.length > seen.length && text.startsWith(seen)) inv.ctx.stdout.write(text.slice(seen.length));
    seen = text;
  }
}

/** `-l`: every matching pod in name order, ten lines each unless `--tail`, optionally prefixed. */
function logsForSelector(inv: Invocation, selector: string): number {
  if (inv.flags.bool('follow')) throw new KubectlError(messages.logsFollowSelectorNotInPlayground);
  const pods = inv.ctx.client.list<Pod>({ group: '', version: 'v1', resource: 'pods' }, { namespace: inv.namespace, labelSelector: selector }).items;
  if (pods.length === 0) {
    inv.ctx.stderr.write(`${messages.noResourcesFound(inv.namespace)}\n`);
    return 0;
  }
  const tail = inv.flags.changed('tail') ? inv.flags.int('tail') : 10;
  for (const pod of pods) {
    const choice = chooseContainer(pod, inv.flags.string('container'));
    if (choice.notice) inv.ctx.stderr.write(`${choice.notice}\n`);
    const opts = { ...logOptions(inv, choice.name), ...(tail >= 0 ? { tailLines: tail } : { tailLines: undefined }) };
    const text = inv.ctx.client.logs(pod.metadata.namespace ?? inv.namespace, pod.metadata.name, opts);
    const prefix = inv.flags.bool('prefix') ? `[pod/${pod.metadata.name}/${choice.name}] ` : '';
    inv.ctx.stdout.write(prefix ? text.replace(/^(?=.)/gm, prefix) : text);
  }
  return 0;
}

async function runLogs(inv: Invocation): Promise<number> {
  const selector = inv.flags.string('selector');
  if (selector && inv.args.length) throw usageError(inv.commandPath, messages.logsSelectorAndName);
  if (!selector && (inv.args.length === 0 || inv.args.length > 2)) throw usageError(inv.commandPath, messages.logsUsage);
  if (selector) return logsForSelector(inv, selector);
  const pod = targetPod(inv);
  const choice = chooseContainer(pod, inv.flags.string('container') || inv.args[1] || '');
  if (choice.notice) inv.ctx.stderr.write(`${choice.notice}\n`);
  const opts = logOptions(inv, choice.name);
  const text = inv.ctx.client.logs(pod.metadata.namespace ?? inv.namespace, pod.metadata.name, opts);
  inv.ctx.stdout.write(text);
  if (!inv.flags.bool('follow')) return 0;
  const full = inv.ctx.client.logs(pod.metadata.namespace ?? inv.namespace, pod.metadata.name, { ...opts, tailLines: undefined, sinceSeconds: undefined });
  return follow(inv, pod, opts, full);
}

export const logsCommand: Command = {
  name: 'logs',
  short: 'Print the logs for a container in a pod',
  flags: [
    SELECTOR,
    { name: 'container', shorthand: 'c', type: 'string', usage: 'Print the logs of this container' },
    { name: 'follow', shorthand: 'f', type: 'bool', usage: 'Specify if the logs should be streamed.' },
    { name: 'previous', shorthand: 'p', type: 'bool', usage: 'If true, print the logs for the previous instance of the container in a pod if it exists.' },
    { name: 'tail', type: 'int', default: -1, usage: 'Lines of recent log file to display.' },
    { name: 'timestamps', type: 'bool', usage: 'Include timestamps on each line in the log output' },
    { name: 'since', type: 'string', usage: 'Only return logs newer than a relative duration like 5s, 2m, or 3h.' },
    { name: 'all-containers', type: 'bool', unavailable: true },
    { name: 'prefix', type: 'bool' },
    { name: 'pod-running-timeout', type: 'duration', default: 20 },
    { name: 'max-log-requests', type: 'int', default: 5 },
    { name: 'ignore-errors', type: 'bool' },
  ],
  run: runLogs,
};
