/**
 * The Non-terminated Pods and Allocated resources tables of describe node
 * (describeNodeResource), percentages of allocatable truncated toward zero.
 */
import type { Container, Node, Pod } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from '../printers/age';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefixWriter';
import { ZERO, addQuantities, formatQuantity, parseQuantity, quantityMilliValue, quantityValue, type Quantity } from './quantity';

type ResourceTotals = Map<string, Quantity>;

export function describeNodeResource(pods: Pod[], node: Node, w: PrefixWriter, now: number): void {
  const status = node.status ?? {};
  const allocatable = Object.keys(status.allocatable ?? {}).length > 0 ? status.allocatable! : (status.capacity ?? {});
  const allocCpu = quantityMilliValue(parseQuantity(allocatable.cpu));
  const allocMemory = quantityValue(parseQuantity(allocatable.memory));
  const allocStorage = quantityValue(parseQuantity(allocatable['ephemeral-storage']));

  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const totalRequests: ResourceTotals = new Map();
  const totalLimits: ResourceTotals = new Map();
  for (const pod of pods) {
    const { requests, limits } = podRequestsAndLimits(pod);
    addAll(totalRequests, requests);
    addAll(totalLimits, limits);
    const cell = (list: ResourceTotals, name: 'cpu' | 'memory') => {
      const q = list.get(name) ?? ZERO;
      const fraction = name === 'cpu' ? percent(quantityMilliValue(q), allocCpu) : percent(quantityValue(q), allocMemory);
      return `${formatQuantity(q)} (${fraction}%)`;
    };
    w.write(
      LEVEL_1,
      `${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t${cell(requests, 'cpu')}\t${cell(limits, 'cpu')}\t` +
        `${cell(requests, 'memory')}\t${cell(limits, 'memory')}\t${translateTimestampSince(pod.metadata?.creationTimestamp, now)}\n`,
    );
  }

  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const row = (name: string, value: (q: Quantity) => number, alloc: number) => {
    const req = totalRequests.get(name) ?? ZERO;
    const lim = totalLimits.get(name) ?? ZERO;
    w.write(
      LEVEL_1,
      `${name}\t${formatQuantity(req)} (${percent(value(req), alloc)}%)\t${formatQuantity(lim)} (${percent(value(lim), alloc)}%)\n`,
    );
  };
  row('cpu', quantityMilliValue, allocCpu);
  row('memory', quantityValue, allocMemory);
  row('ephemeral-storage', quantityValue, allocStorage);
  for (const name of Object.keys(allocatable).filter((n) => n.startsWith('hugepages-')).sort()) {
    row(name, quantityValue, quantityValue(parseQuantity(allocatable[name])));
  }
}

/**
 * int64(float64(used) / float64(allocatable) * 100). A node without allocatable cpu or memory
 * makes Go's per-pod cells print the int64 of NaN; the playground prints 0 there instead.
 */
function percent(used: number, allocatable: number): number {
  if (allocatable === 0) return 0;
  return Math.trunc((used / allocatable) * 100);
}

function addAll(total: ResourceTotals, list: ResourceTotals): void {
  for (const [name, q] of list) total.set(name, total.has(name) ? addQuantities(total.get(name)!, q) : q);
}

/** resourcehelper.PodRequestsAndLimits: containers summed, init containers as a floor, plus overhead. */
export function podRequestsAndLimits(pod: Pod): { requests: ResourceTotals; limits: ResourceTotals } {
  return { requests: podTotals(pod, 'requests'), limits: podTotals(pod, 'limits') };
}

function podTotals(pod: Pod, which: 'requests' | 'limits'): ResourceTotals {
  const list = (c: Container) => Object.entries(c.resources?.[which] ?? {}).map(([n, q]) => [n, parseQuantity(q)] as const);
  const total: ResourceTotals = new Map();
  for (const c of pod.spec?.containers ?? []) addAll(total, new Map(list(c)));
  // Sidecars run alongside everything after them; a plain init container only needs its own
  // resources plus the sidecars started before it.
  const sidecars: ResourceTotals = new Map();
  for (const c of pod.spec?.initContainers ?? []) {
    if (c.restartPolicy === 'Always') {
      addAll(total, new Map(list(c)));
      addAll(sidecars, new Map(list(c)));
      continue;
    }
    const need: ResourceTotals = new Map(sidecars);
    addAll(need, new Map(list(c)));
    for (const [name, q] of need) {
      const current = total.get(name);
      if (!current || q.nanos > current.nanos) total.set(name, q);
    }
  }
  for (const [name, q] of Object.entries(pod.spec?.overhead ?? {})) {
    total.set(name, total.has(name) ? addQuantities(total.get(name)!, parseQuantity(q)) : parseQuantity(q));
  }
  return total;
}
