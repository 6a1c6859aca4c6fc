/**
 * `kubectl top node|pod`: CPU and memory usage from the metrics API, printed as kubectl's
 * TopCmdPrinter does (millicores, Mi, percentages of allocatable; every cell tab-terminated,
 * so rows keep kubectl's trailing padding).
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { quantity } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { TABLE_TABWRITER, tabwrite } from '../../printers';
import { ALL_NAMESPACES, FIELD_SELECTOR, SELECTOR } from '../shared/commonFlags';
import { metricsNotAvailableYet, verifyEmptyMetrics } from './emptyMetrics';
import { NODE_METRICS, POD_METRICS, metricsAvailable, type NodeMetrics, type PodMetrics, type Usage } from './metrics';

const cpuCell = (u: Usage) => `${quantity.milliValue(u.cpu ?? '0')}m`;
const memCell = (u: Usage) => `${Math.floor(quantity.value(u.memory ?? '0') / (1024 * 1024))}Mi`;
const percent = (used: string | undefined, available: string | undefined) =>
  `${Math.trunc((quantity.milliValue(used ?? '0') / quantity.milliValue(available ?? '1')) * 100)}%`;

function sum(usages: Usage[]): Usage {
  const cpu = usages.reduce((n, u) => n + quantity.milliValue(u.cpu ?? '0'), 0);
  const memory = usages.reduce((n, u) => n + quantity.value(u.memory ?? '0'), 0);
  return { cpu: `${cpu}m`, memory: String(memory) };
}

function sortBy<T>(items: T[], by: string, usage: (t: T) => Usage): T[] {
  if (by === 'cpu') return [...items].sort((a, b) => quantity.milliValue(usage(b).cpu ?? '0') - quantity.milliValue(usage(a).cpu ?? '0'));
  if (by === 'memory') return [...items].sort((a, b) => quantity.value(usage(b).memory ?? '0') - quantity.value(usage(a).memory ?? '0'));
  return items;
}

const table = (inv: Invocation, header: string[], rows: string[][]) =>
  tabwrite([...(inv.flags.bool('no-headers') ? [] : [header]), ...rows].map((cells) => `${cells.map((c) => `${c}\t`).join('')}\n`).join(''), TABLE_TABWRITER);

function requireMetrics(inv: Invocation): void {
  if (!metricsAvailable(inv.ctx)) throw new KubectlError(messages.metricsNotAvailable);
  const by = inv.flags.string('sort-by');
  if (by && by !== 'cpu' && by !== 'memory') throw new KubectlError(messages.topSortBy);
}

function runTopNode(inv: Invocation): number {
  requireMetrics(inv);
  const selector = inv.flags.string('selector') || undefined;
  const NODES = { group: '', version: 'v1', resource: 'nodes' };
  const name = inv.args[0];
  const nodes = name ? [inv.ctx.client.get<Node>(NODES, name)] : inv.ctx.client.list<Node>(NODES, { labelSelector: selector }).items;
  const metrics = name ? [inv.ctx.client.get<NodeMetrics>(NODE_METRICS, name)] : inv.ctx.client.list<NodeMetrics>(NODE_METRICS, { labelSelector: selector }).items;
  if (!metrics.length) throw new KubectlError(metricsNotAvailableYet);
  const capacity = inv.flags.bool('show-capacity');
  const available = (n: Node | undefined) => (capacity ? n?.status?.capacity : n?.status?.allocatable) ?? {};
  const rows = sortBy(metrics, inv.flags.string('sort-by'), (m) => m.usage).map((m) => {
    const a = available(nodes.find((n) => n.metadata.name === m.metadata.name));
    return [m.metadata.name, cpuCell(m.usage), percent(m.usage.cpu, a.cpu), memCell(m.usage), percent(m.usage.memory, a.memory)];
  });
  for (const n of nodes) if (!metrics.some((m) => m.metadata.name === n.metadata.name)) rows.push([n.metadata.name, '<unknown>', '<unknown>', '<unknown>', '<unknown>']);
  inv.ctx.stdout.write(table(inv, ['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)'], rows));
  return 0;
}

function podRows(inv: Invocation, metrics: PodMetrics[]): { header: string[]; rows: string[][] } {
  const all = inv.flags.bool('all-namespaces');
  const ns = (m: PodMetrics) => (all ? [m.metadata.namespace ?? ''] : []);
  if (inv.flags.bool('containers')) {
    const rows = metrics.flatMap((m) => m.containers.map((c) => [...ns(m), m.metadata.name, c.name, cpuCell(c.usage), memCell(c.usage)]));
    return { header: [...(all ? ['NAMESPACE'] : []), 'POD', 'NAME', 'CPU(cores)', 'MEMORY(bytes)'], rows };
  }
  const rows = metrics.map((m) => {
    const u = sum(m.containers.map((c) => c.usage));
    return [...ns(m), m.metadata.name, cpuCell(u), memCell(u)];
  });
  return { header: [...(all ? ['NAMESPACE'] : []), 'NAME', 'CPU(cores)', 'MEMORY(bytes)'], rows };
}

function runTopPod(inv: Invocation): number {
  requireMetrics(inv);
  const all = inv.flags.bool('all-namespaces');
  const namespace = all ? undefined : inv.namespace;
  const name = inv.args[0];
  const opts = { namespace, labelSelector: inv.flags.string('selector') || undefined, fieldSelector: inv.flags.string('field-selector') || undefined };
  const metrics = name ? [inv.ctx.client.get<PodMetrics>(POD_METRICS, name, { namespace: inv.namespace })] : inv.ctx.client.list<PodMetrics>(POD_METRICS, opts).items;
  if (!metrics.length) {
    verifyEmptyMetrics(inv.ctx, inv.ctx.client.list<Pod>({ group: '', version: 'v1', resource: 'pods' }, opts).items);
    inv.ctx.stderr.write(`${messages.noResourcesFound(all ? undefined : inv.namespace)}\n`);
    return 0;
  }
  const sorted = sortBy(metrics, inv.flags.string('sort-by'), (m) => sum(m.containers.map((c) => c.usage)));
  const { header, rows } = podRows(inv, sorted);
  if (inv.flags.bool('sum')) {
    const total = sum(sorted.flatMap((m) => m.containers.map((c) => c.usage)));
    const lead = Array<string>(header.length - 2).fill('');
    rows.push([...lead, '________', '________'], [...lead, cpuCell(total), memCell(total)]);
  }
  inv.ctx.stdout.write(table(inv, header, rows));
  return 0;
}

const SORT_BY = { name: 'sort-by', type: 'string' as const, usage: 'Order the rows by cpu or by memory, highest first.' };
const NO_HEADERS = { name: 'no-headers', type: 'bool' as const, usage: 'Leave out the header row.' };

export const topCommand: Command = {
  name: 'top',
  short: 'Show current CPU and memory use',
  subcommands: [
    {
      name: 'node',
      aliases: ['nodes', 'no'],
      short: 'Show CPU and memory use of nodes',
      flags: [NO_HEADERS, SELECTOR, { name: 'show-capacity', type: 'bool', usage: 'Compute percentages from the full capacity of each node rather than from what is allocatable to pods.' }, SORT_BY, { name: 'use-protocol-buffers', type: 'bool', default: true }],
      run: runTopNode,
    },
    {
      name: 'pod',
      aliases: ['pods', 'po'],
      short: 'Show CPU and memory use of pods',
      flags: [
        ALL_NAMESPACES,
        { name: 'containers', type: 'bool', usage: 'Add a row for each container of every pod.' },
        FIELD_SELECTOR,
        NO_HEADERS,
        SELECTOR,
        SORT_BY,
        { name: 'sum', type: 'bool', usage: 'Add a line with the totals of all rows.' },
        { name: 'use-protocol-buffers', type: 'bool', default: true },
      ],
      run: runTopPod,
    },
  ],
};

