/**
 * The idle footprint of each running container, read from the image catalogue and the pod's
 * status — the same numbers the kubelet's runtime starts from, without reaching into it.
 */
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { resolveImage } from '../kubelet';
import { milliValue, value } from '../api/quantity';
import type { ContainerSample, UsageSource } from './types';

const limit = (c: Container | undefined, name: 'cpu' | 'memory', parse: (q: string) => number) => {
  const q = c?.resources?.limits?.[name];
  return q === undefined ? undefined : parse(String(q));
};

export const catalogUsage: UsageSource = {
  containerUsage(pod: Pod): ContainerSample[] {
    const specs = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
    return (pod.status?.containerStatuses ?? [])
      .filter((s) => s.state?.running)
      .map((s) => {
        const spec = specs.find((c) => c.name === s.name);
        const image = resolveImage(spec?.image ?? s.image);
        const idle = image.ok ? image.config.idle : { cpuMilli: 1, memoryBytes: 4 * 1024 * 1024 };
        const memLimit = limit(spec, 'memory', value) ?? Infinity;
        return { name: s.name, cpuMilli: idle.cpuMilli, memoryBytes: Math.min(idle.memoryBytes, memLimit), cpuLimitMilli: limit(spec, 'cpu', milliValue) };
      });
  },
};
