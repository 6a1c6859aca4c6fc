/**
 * Reading a Deployment's spec the way the controller sees it after API defaulting (replicas 1,
 * RollingUpdate with 25% / 25%, revisionHistoryLimit 10, progressDeadlineSeconds 600), and the
 * rolling-update fenceposts derived from it.
 */
import type { Deployment } from 'kubernetes-types/apps/v1';
import { getScaledValueFromIntOrPercent, type IntOrString } from '../util/intOrPercent';

const MAX_INT32 = 2147483647;

export const replicasOf = (d: Deployment) => d.spec?.replicas ?? 1;
export const minReadySecondsOf = (d: Deployment) => d.spec?.minReadySeconds ?? 0;
export const strategyTypeOf = (d: Deployment) => d.spec?.strategy?.type ?? 'RollingUpdate';
export const isRollingUpdate = (d: Deployment) => strategyTypeOf(d) === 'RollingUpdate';
export const progressDeadlineSecondsOf = (d: Deployment) => d.spec?.progressDeadlineSeconds ?? 600;
export const revisionHistoryLimitOf = (d: Deployment) => d.spec?.revisionHistoryLimit ?? 10;

/** MaxInt32 is how API clients spell "no deadline". */
export const hasProgressDeadline = (d: Deployment) => progressDeadlineSecondsOf(d) !== MAX_INT32;
export const hasRevisionHistoryLimit = (d: Deployment) => revisionHistoryLimitOf(d) !== MAX_INT32;

function rollingParams(d: Deployment): { maxSurge: IntOrString; maxUnavailable: IntOrString } {
  const ru = d.spec?.strategy?.rollingUpdate;
  return { maxSurge: ru?.maxSurge ?? '25%', maxUnavailable: ru?.maxUnavailable ?? '25%' };
}

/**
 * ResolveFenceposts: surge rounds up, unavailable rounds down. Validation forbids both being 0,
 * but rounding down can still make them so; then one pod may be unavailable, since surging
 * might be impossible (quota).
 */
export function resolveFenceposts(maxSurge: IntOrString | undefined, maxUnavailable: IntOrString | undefined, desired: number): { surge: number; unavailable: number } {
  const surge = getScaledValueFromIntOrPercent(maxSurge ?? 0, desired, true);
  let unavailable = getScaledValueFromIntOrPercent(maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

export function maxSurge(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  const p = rollingParams(d);
  return resolveFenceposts(p.maxSurge, p.maxUnavailable, replicasOf(d)).surge;
}

export function maxUnavailable(d: Deployment): number {
  const replicas = replicasOf(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  const p = rollingParams(d);
  return Math.min(resolveFenceposts(p.maxSurge, p.maxUnavailable, replicas).unavailable, replicas);
}
