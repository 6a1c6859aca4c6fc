/**
 * Where a kind keeps its pod spec (polymorphichelpers.UpdatePodSpecForObject): pods at `spec`,
 * workloads at `spec.template.spec`, CronJobs one level deeper.
 */
import type { PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../sim';

type Obj = Record<string, unknown>;

/** The path of the pod spec inside objects of `kind`, or undefined when it has none. */
export function podSpecPath(kind: string): string[] | undefined {
  switch (kind) {
    case 'Pod':
      return ['spec'];
    case 'Deployment':
    case 'ReplicaSet':
    case 'DaemonSet':
    case 'StatefulSet':
    case 'ReplicationController':
    case 'Job':
      return ['spec', 'template', 'spec'];
    case 'CronJob':
      return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
    default:
      return undefined;
  }
}

export function podSpecOf(obj: KubeObject): PodSpec | undefined {
  const path = podSpecPath(obj.kind ?? '');
  if (!path) return undefined;
  let cur: unknown = obj;
  for (const key of path) cur = (cur as Obj | undefined)?.[key];
  return cur as PodSpec | undefined;
}

/** Wraps a partial pod spec in the object's nesting, for a strategic merge patch body. */
export function nestUnderPodSpec(kind: string, value: unknown): Obj {
  const path = podSpecPath(kind) ?? [];
  return path.reduceRight<Obj>((inner, key) => ({ [key]: inner }), value as Obj);
}
