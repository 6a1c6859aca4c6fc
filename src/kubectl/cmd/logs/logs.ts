/**
 * `kubectl logs [-f] [-p] (POD | TYPE/NAME | -l selector) [-c CONTAINER | --all-containers]`:
 * reads pods/log for one or more streams (pod × container). With `-f` it keeps polling every
 * stream (virtual time passes) and prints what each appended, until Ctrl-C or every container
 * has stopped. `--prefix` tags lines with `[pod/NAME/CONTAINER]`.
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
import { chooseContainer, podsForObject } from './logsPod';

const PODS = { group: '', version: 'v1', resource: 'pods' };

interface Stream {
  pod: Stored<Pod>;
  container: string;
  prefix: string;
}

function logOptions(inv: Invocation, container: string, selectorMode: boolean): LogOptions {
  const tail = inv.flags.int('tail');
  const since = parseDuration(inv.flags.string('since'));
  // With a selector kubectl reads the last 10 lines of each pod unless --tail says otherwise.
  const tailLines = tail >= 0 ? tail : selectorMode ? 10 : undefined;
  return {
    container,
    previous: inv.flags.bool('previous'),
    timestamps: inv.flags.bool('timestamps'),
    ...(tailLines !== undefined ? { tailLines } : {}),
    ...(since ? { sinceSeconds: Math.ceil(since) } : {}),
  };
}

function targetPods(inv: Invocation): Stored<Pod>[] {
  const first = inv.args[0];
  const parsed = parseResourceArgs(inv.ctx, first.includes('/') ? [first] : ['pods', first]);
  if (parsed.kind !== 'names') throw usageError(inv.commandPath, messages.logsUsage);
  const { info, name } = parsed.items[0];
  const obj = inv.ctx.client.get(refOf(info), name, { namespace: requestNamespace(info, inv.namespace) });
  const pods = podsForObject(inv.ctx.client, obj);
  if (inv.flags.bool('all-pods')) return pods;
  if (pods.length > 1) inv.ctx.stderr.write(`${messages.foundPods(pods.length, pods[0].metadata.name)}\n`);
  return [pods[0]];
}

function streamsFor(inv: Invocation, pods: Stored<Pod>[], explicitContainer: string): Stream[] {
  const prefixed = inv.flags.bool('prefix') || inv.flags.bool('all-pods');
  const streams: Stream[] = [];
  for (const pod of pods) {
    let containers: string[];
    if (inv.flags.bool('all-containers')) {
      containers = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? []), ...(pod.spec?.ephemeralContainers ?? [])].map((c) => c.name);
    } else {
      const choice = chooseContainer(pod, explicitContainer);
      if (choice.notice) inv.ctx.stderr.write(`${choice.notice}\n`);
      containers = [choice.name];
    }
    for (const container of containers) streams.push({ pod, container, prefix: prefixed ? `[pod/${pod.metadata.name}/${container}] ` : '' });
  }
  return streams;
}

const withPrefix = (text: string, prefix: string) => (prefix ? text.replace(/^(?=.)/gm, prefix) : text);

function read(client: ClusterClient, s: Stream, opts: LogOptions): string {
  return client.logs(s.pod.metadata.namespace ?? 'default', s.pod.metadata.name, opts);
}

function isRunning(client: ClusterClient, s: Stream): boolean {
  try {
    const current = client.get<Pod>(PODS, s.pod.metadata.name, { namespace: s.pod.metadata.namespace });
    if (current.metadata.uid !== s.pod.metadata.uid) return false;
    const statuses = [...(current.status?.initContainerStatuses ?? []), ...(current.status?.containerStatuses ?? [])];
    return !!statuses.find((st) => st.name === s.container)?.state?.running;
  } catch {
    return false;
  }
}

async function follow(inv: Invocation, streams: Stream[], optsFor: (s: Stream) => LogOptions): Promise<number> {
  const seen = streams.map((s) => read(inv.ctx.client, s, { ...optsFor(s), tailLines: undefined, sinceSeconds: undefined }));
  for (;;) {
    if (inv.ctx.interrupt.aborted) return INTERRUPTED_EXIT_CODE;
    const live = streams.map((s) => isRunning(inv.ctx.client, s));
    if (!live.some(Boolean)) return 0;
    await inv.ctx.sleep(1);
    streams.forEach((s, i) => {
      const text = read(inv.ctx.client, s, { ...optsFor(s), tailLines: undefined, sinceSeconds: undefined });
      if (text.length > seen[i].length && text.startsWith(seen[i])) inv.ctx.stdout.write(withPrefix(text.slice(seen[i].length), s.prefix));
      seen[i] = text;
    });
  }
}

async function runLogs(inv: Invocation): Promise<number> {
  const selector = inv.flags.string('selector');
  if (selector && inv.args.length) throw usageError(inv.commandPath, messages.logsSelectorAndName);
  if (!selector && (inv.args.length === 0 || inv.args.length > 2)) throw usageError(inv.commandPath, messages.logsUsage);
  const container = inv.flags.string('container') || (selector ? '' : (inv.args[1] ?? ''));
  if (inv.flags.bool('all-containers') && container) throw new KubectlError(messages.logsAllContainersWithName(container));
  const pods = selector ? inv.ctx.client.list<Pod>(PODS, { namespace: inv.namespace, labelSelector: selector }).items : targetPods(inv);
  if (selector && pods.length === 0) {
    inv.ctx.stderr.write(`${messages.noResourcesFound(inv.namespace)}\n`);
    return 0;
  }
  const streams = streamsFor(inv, pods, container);
  const optsFor = (s: Stream) => logOptions(inv, s.container, !!selector);
  if (inv.flags.bool('follow') && streams.length > inv.flags.int('max-log-requests')) {
    throw new KubectlError(messages.logsMaxRequests(streams.length, inv.flags.int('max-log-requests')));
  }
  for (const s of streams) inv.ctx.stdout.write(withPrefix(read(inv.ctx.client, s, optsFor(s)), s.prefix));
  return inv.flags.bool('follow') ? follow(inv, streams, optsFor) : 0;
}

export const logsCommand: Command = {
  name: 'logs',
  short: 'Print what a container has written to its output',
  flags: [
    { name: 'all-containers', type: 'bool', usage: 'Print the output of every container of the pod, not just one.' },
    { name: 'all-pods', type: 'bool', usage: 'Read from every pod of the workload or selector instead of one; turns on --prefix.' },
    { name: 'container', shorthand: 'c', type: 'string', usage: 'Container to read from; needed when the pod has more than one and no default.' },
    { name: 'follow', shorthand: 'f', type: 'bool', usage: 'Keep printing new lines as the container writes them.' },
    { name: 'ignore-errors', type: 'bool', usage: 'While following, carry on when one pod\'s stream fails.' },
    { name: 'insecure-skip-tls-verify-backend', type: 'bool', usage: 'Do not check the certificate of the kubelet serving the logs.' },
    { name: 'limit-bytes', type: 'int', unavailable: true },
    { name: 'max-log-requests', type: 'int', default: 5, usage: 'Most streams to follow at once with a selector.' },
    { name: 'pod-running-timeout', type: 'duration', default: 20, usage: 'How long to wait for a running pod, written like 30s or 2m.' },
    { name: 'prefix', type: 'bool', usage: 'Start each line with [pod/NAME/CONTAINER] to show where it came from.' },
    { name: 'previous', shorthand: 'p', type: 'bool', usage: 'Read the output of the container run before the current one, for example before a crash.' },
    SELECTOR,
    { name: 'since', type: 'string', usage: 'Only lines from this recent period, written like 30s, 10m or 2h.' },
    { name: 'since-time', type: 'string', unavailable: true },
    { name: 'tail', type: 'int', default: -1, usage: 'How many of the last lines to print; -1 prints everything (10 per pod with a selector).' },
    { name: 'timestamps', type: 'bool', usage: 'Start each line with the time it was written (RFC 3339).' },
  ],
  run: runLogs,
};
