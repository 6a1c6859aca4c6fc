/** HPA status conditions: a transition time that moves only when the status flips. */
import type { HorizontalPodAutoscalerCondition } from 'kubernetes-types/autoscaling/v2';
import { rfc3339 } from '../../../common/time';

export type ConditionType = 'AbleToScale' | 'ScalingActive' | 'ScalingLimited';

export function setCondition(conditions: HorizontalPodAutoscalerCondition[], now: number, type: ConditionType, status: boolean, reason: string, message: string): HorizontalPodAutoscalerCondition[] {
  const old = conditions.find((c) => c.type === type);
  const s = status ? 'True' : 'False';
  const next = { type, status: s, lastTransitionTime: old && old.status === s ? old.lastTransitionTime : rfc3339(now), reason, message };
  const order: ConditionType[] = ['AbleToScale', 'ScalingActive', 'ScalingLimited'];
  return [...conditions.filter((c) => c.type !== type), next].sort((a, b) => order.indexOf(a.type as ConditionType) - order.indexOf(b.type as ConditionType));
}
