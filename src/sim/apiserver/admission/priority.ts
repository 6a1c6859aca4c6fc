/**
 * The Priority admission plugin: a pod's integer priority and preemption policy come from its
 * PriorityClass (none named: priority 0, PreemptLowerPriority), never from the client.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { AdmissionDenial, Operation } from '../policy';

export interface PriorityClassInfo {
  value: number;
  preemptionPolicy?: string;
}

/** The classes every cluster has; the playground serves no PriorityClass objects of its own. */
export const SYSTEM_PRIORITY_CLASSES: Readonly<Record<string, PriorityClassInfo>> = {
  'system-node-critical': { value: 2000001000 },
  'system-cluster-critical': { value: 2000000000 },
};

export function admitPodPriority(
  operation: Operation,
  pod: Pod,
  old: Pod | undefined,
  lookup: (name: string) => PriorityClassInfo | undefined = (name) => SYSTEM_PRIORITY_CLASSES[name],
): AdmissionDenial | undefined {
  const spec = (pod.spec ??= { containers: [] });
  if (operation === 'UPDATE') {
    // Set at creation; an update that leaves them out keeps them rather than failing validation.
    if (spec.priority === undefined && old?.spec?.priority !== undefined) spec.priority = old.spec.priority;
    if (spec.preemptionPolicy === undefined && old?.spec?.preemptionPolicy !== undefined) spec.preemptionPolicy = old.spec.preemptionPolicy;
    return undefined;
  }
  if (operation !== 'CREATE') return undefined;
  let pc: PriorityClassInfo = { value: 0 };
  if (spec.priorityClassName) {
    const found = lookup(spec.priorityClassName);
    if (!found) return { reason: 'Forbidden', message: `no PriorityClass with name ${spec.priorityClassName} was found` };
    pc = found;
  }
  if (spec.priority !== undefined && spec.priority !== pc.value) {
    return {
      reason: 'Forbidden',
      message: `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${pc.value} from the given PriorityClass name`,
    };
  }
  spec.priority = pc.value;
  const policy = pc.preemptionPolicy ?? 'PreemptLowerPriority';
  if (spec.preemptionPolicy !== undefined && spec.preemptionPolicy !== policy) {
    return {
      reason: 'Forbidden',
      message: `the string value of PreemptionPolicy (${spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${policy} from the given PriorityClass name`,
    };
  }
  spec.preemptionPolicy = policy;
  return undefined;
}
