/**
 * The Priority admission plugin: a pod's integer priority and preemption policy come from its
 * PriorityClass — none named: the globalDefault class if there is one, else priority 0 and
 * PreemptLowerPriority — never from the client.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { AdmissionDenial, Operation } from '../policy';

export interface PriorityClassInfo {
  name?: string;
  value: number;
  preemptionPolicy?: string;
  globalDefault?: boolean;
}

export interface PriorityClassLister {
  get(name: string): PriorityClassInfo | undefined;
  list(): PriorityClassInfo[];
}

/** The classes the API server creates at start; every cluster has them. */
export const SYSTEM_PRIORITY_CLASSES: Readonly<Record<string, PriorityClassInfo>> = {
  'system-node-critical': { name: 'system-node-critical', value: 2000001000 },
  'system-cluster-critical': { name: 'system-cluster-critical', value: 2000000000 },
};

const systemLister: PriorityClassLister = { get: (name) => SYSTEM_PRIORITY_CLASSES[name], list: () => [] };

/** getDefaultPriority: of the globalDefault classes (there should be one), the lowest value. */
function defaultPriorityClass(classes: PriorityClassInfo[]): PriorityClassInfo | undefined {
  return classes.filter((c) => c.globalDefault).sort((a, b) => a.value - b.value)[0];
}

export function admitPodPriority(
  operation: Operation,
  pod: Pod,
  old: Pod | undefined,
  classes: PriorityClassLister = systemLister,
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
    const found = classes.get(spec.priorityClassName);
    if (!found) return { reason: 'Forbidden', message: `no PriorityClass with name ${spec.priorityClassName} was found` };
    pc = found;
  } else {
    const found = defaultPriorityClass(classes.list());
    if (found) [pc, spec.priorityClassName] = [found, found.name];
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
