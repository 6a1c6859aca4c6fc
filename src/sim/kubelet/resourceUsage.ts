/** Per-container CPU and memory as the metrics pipeline would report them (`kubectl top pod`). */
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodRuntime } from './podRuntime';
import { cpuMilli, parseQuantity } from './quantity';

export interface ContainerUsage {
  name: string;
  cpuMilli: number;
  memoryBytes: number;
  /** From the spec: CPU beyond it is throttled (CFS quota). */
  cpuLimitMilli?: number;
}

/** Running containers only; CPU is throttled at the limit, memory never exceeds it (the OOM killer sees to that). */
export function podUsage(pod: Pod, rt: PodRuntime): ContainerUsage[] {
  const out: ContainerUsage[] = [];
  for (const c of rt.containers) {
    const program = c.current?.program;
    if (c.stage !== 'running' || !program) continue;
    const spec = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].find((x) => x.name === c.name);
    const cpuLimit = cpuMilli(spec?.resources?.limits?.cpu as string | undefined);
    const memLimit = parseQuantity(spec?.resources?.limits?.memory as string | undefined) ?? Infinity;
    out.push({
      name: c.name,
      cpuMilli: Math.min(program.program.idle.cpuMilli + program.extraCpuMilli, cpuLimit ?? Infinity),
      memoryBytes: Math.min(program.program.idle.memoryBytes + program.extraMemoryBytes, memLimit),
      ...(cpuLimit !== undefined ? { cpuLimitMilli: cpuLimit } : {}),
    });
  }
  return out;
}
