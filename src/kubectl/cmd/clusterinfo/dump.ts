/**
 * `kubectl cluster-info dump`: nodes, then per namespace (kube-system and the current one, or
 * --namespaces, or -A) events, replication controllers, services, daemon sets, deployments,
 * replica sets and pods, then every container's log — to stdout, or as files under
 * --output-directory (`nodes.json`, `<ns>/pods.json`, `<ns>/<pod>/logs.txt`).
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { toJson, toYaml } from '../../printers';
import type { KubeObject, ResourceRef } from '../../sim';
import { ALL_NAMESPACES, PRINT_FLAGS } from '../shared/commonFlags';

const core = (resource: string): ResourceRef => ({ group: '', version: 'v1', resource });
const apps = (resource: string): ResourceRef => ({ group: 'apps', version: 'v1', resource });

/** What each namespace contributes, in kubectl's order, with the file it goes to. */
const NAMESPACED: [file: string, ref: ResourceRef][] = [
  ['events', core('events')],
  ['replication-controllers', core('replicationcontrollers')],
  ['services', core('services')],
  ['daemonsets', apps('daemonsets')],
  ['deployments', apps('deployments')],
  ['replicasets', apps('replicasets')],
  ['pods', core('pods')],
];

/** Go's encoder over a sorted map: every object's keys in order, recursively. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sorted(v)]));
}

/** A typed List as client-go returns it: kind, apiVersion, metadata, items — and items without their own TypeMeta. */
function typedList(list: { kind: string; apiVersion: string; metadata: object; items: KubeObject[] }): object {
  const items = list.items.map(({ kind: _kind, apiVersion: _apiVersion, ...rest }) => sorted(rest));
  return { kind: list.kind, apiVersion: list.apiVersion, metadata: list.metadata, items };
}

interface Sink {
  write(file: string, extension: string, text: string): void;
}

function sinkFor(inv: Invocation, dir: string): Sink {
  if (!dir || dir === '-') return { write: (_file, _ext, text) => inv.ctx.stdout.write(text) };
  const files = new Map<string, string>();
  return {
    write(file, extension, text) {
      const path = `${dir.replace(/\/$/, '')}/${file}${extension}`;
      files.set(path, (files.get(path) ?? '') + text);
      if (!inv.ctx.writeFile) throw new KubectlError(messages.flagNotInPlayground('output-directory', inv.commandPath));
      inv.ctx.writeFile(path, files.get(path)!);
    },
  };
}

function containerLogs(inv: Invocation, pod: Pod, container: string): string {
  const ref = `${container} of pod ${pod.metadata?.namespace}/${pod.metadata?.name}`;
  let body: string;
  try {
    body = inv.ctx.client.logs(pod.metadata?.namespace ?? '', pod.metadata?.name ?? '', { container });
  } catch (e) {
    body = `Request log error: ${(e as Error).message}\n`;
  }
  return `==== START logs for container ${ref} ====\n${body}==== END logs for container ${ref} ====\n`;
}

function namespacesToDump(inv: Invocation): string[] {
  if (inv.flags.bool('all-namespaces')) return inv.ctx.client.list(core('namespaces')).items.map((n) => n.metadata.name);
  const listed = inv.flags.strings('namespaces');
  return listed.length ? listed : ['kube-system', inv.namespace];
}

function runDump(inv: Invocation): number {
  const format = inv.flags.string('output') || 'json';
  if (format !== 'json' && format !== 'yaml') throw new KubectlError(messages.flagNotInPlayground(`output=${format}`, inv.commandPath));
  const print = (list: Parameters<typeof typedList>[0]) => (format === 'json' ? toJson(typedList(list), { sortKeys: false }) : toYaml(sorted(typedList(list))));
  const extension = format === 'json' ? '.json' : '.txt';
  const dir = inv.flags.string('output-directory');
  const sink = sinkFor(inv, dir);
  sink.write('nodes', extension, print(inv.ctx.client.list(core('nodes')) as never));
  for (const namespace of namespacesToDump(inv)) {
    for (const [file, ref] of NAMESPACED) sink.write(`${namespace}/${file}`, extension, print(inv.ctx.client.list(ref, { namespace }) as never));
    for (const pod of inv.ctx.client.list<Pod>(core('pods'), { namespace }).items) {
      for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) sink.write(`${namespace}/${pod.metadata.name}/logs`, '.txt', containerLogs(inv, pod, c.name));
    }
  }
  if (dir !== '-') inv.ctx.stdout.write(`${messages.clusterInfoDumped(dir || 'standard output')}\n`);
  return 0;
}

export const dumpCommand: Command = {
  name: 'dump',
  short: 'Print a detailed cluster report for troubleshooting',
  flags: [
    { name: 'output-directory', type: 'string', usage: 'Folder to write the files into; empty or - prints everything to stdout.' },
    { name: 'namespaces', type: 'stringSlice', usage: 'Namespaces to include, separated by commas.' },
    ALL_NAMESPACES,
    { name: 'pod-running-timeout', type: 'duration', default: 20 },
    ...PRINT_FLAGS.map((f) => (f.name === 'output' ? { ...f, default: 'json' } : f)),
  ],
  run: runDump,
};
