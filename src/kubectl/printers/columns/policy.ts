/**
 * PodDisruptionBudget rows (printPodDisruptionBudget) and PriorityClass rows
 * (printPriorityClass): the budget's one bound (the other prints N/A) and what it allows now.
 */
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import { translateTimestampSince } from '../age';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

const intOrString = (v: number | string | undefined) => (v === undefined ? 'N/A' : String(v));

export const podDisruptionBudgetTable: TableConvertor<PodDisruptionBudget> = {
  columns: [nameColumn, col('Min Available'), col('Max Unavailable'), col('Allowed Disruptions'), ageColumn],
  cells(pdb, now) {
    return [
      pdb.metadata?.name ?? '',
      intOrString(pdb.spec?.minAvailable),
      intOrString(pdb.spec?.maxUnavailable),
      pdb.status?.disruptionsAllowed ?? 0,
      translateTimestampSince(pdb.metadata?.creationTimestamp, now),
    ];
  },
};

export const priorityClassTable: TableConvertor<PriorityClass> = {
  columns: [nameColumn, col('Value'), col('Global-Default'), ageColumn, col('PreemptionPolicy')],
  cells(pc, now) {
    return [pc.metadata?.name ?? '', pc.value, pc.globalDefault ?? false, translateTimestampSince(pc.metadata?.creationTimestamp, now), pc.preemptionPolicy ?? ''];
  },
};
