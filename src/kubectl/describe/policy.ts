/** `kubectl describe poddisruptionbudget` and `priorityclass` (describePodDisruptionBudgetV1, describePriorityClass). */
import type { Event } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import { formatLabelSelector } from '../printers/labels';
import { formatLabels } from '../printers/labels';
import { describeEvents } from './events';
import { LEVEL_0, LEVEL_2, tabbedString } from './prefixWriter';

export function describePodDisruptionBudget(pdb: PodDisruptionBudget, events: Event[] | undefined, now: number): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${pdb.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${pdb.metadata?.namespace ?? ''}\n`);
    if (pdb.spec?.minAvailable !== undefined) w.write(LEVEL_0, `Min available:\t${pdb.spec.minAvailable}\n`);
    else if (pdb.spec?.maxUnavailable !== undefined) w.write(LEVEL_0, `Max unavailable:\t${pdb.spec.maxUnavailable}\n`);
    w.write(LEVEL_0, `Selector:\t${pdb.spec?.selector ? formatLabelSelector(pdb.spec.selector) : '<unset>'}\n`);
    const s = pdb.status;
    w.write(LEVEL_0, 'Status:\n');
    w.write(LEVEL_2, `Allowed disruptions:\t${s?.disruptionsAllowed ?? 0}\n`);
    w.write(LEVEL_2, `Current:\t${s?.currentHealthy ?? 0}\n`);
    w.write(LEVEL_2, `Desired:\t${s?.desiredHealthy ?? 0}\n`);
    w.write(LEVEL_2, `Total:\t${s?.expectedPods ?? 0}\n`);
    describeEvents(events, w, now);
  });
}

export function describePriorityClass(pc: PriorityClass, events: Event[] | undefined, now: number): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${pc.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Value:\t${pc.value}\n`);
    w.write(LEVEL_0, `GlobalDefault:\t${pc.globalDefault ?? false}\n`);
    w.write(LEVEL_0, `PreemptionPolicy:\t${pc.preemptionPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Description:\t${pc.description ?? ''}\n`);
    w.write(LEVEL_0, `Annotations:\t${formatLabels(pc.metadata?.annotations)}\n`);
    describeEvents(events, w, now);
  });
}
