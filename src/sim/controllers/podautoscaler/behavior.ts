/**
 * `spec.behavior`: the stabilisation windows (the highest recommendation of the last 300 s wins
 * when scaling down, so a brief dip does not shed pods) and the rate policies (scale up by at most
 * 100 % or 4 pods per 15 s, whichever is more; scale down by up to 100 % per 15 s).
 */
import type { HPAScalingRules, HorizontalPodAutoscalerBehavior } from 'kubernetes-types/autoscaling/v2';

export const DEFAULT_SCALE_UP: Required<Pick<HPAScalingRules, 'stabilizationWindowSeconds' | 'selectPolicy' | 'policies'>> = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
};

export const DEFAULT_SCALE_DOWN: typeof DEFAULT_SCALE_UP = {
  stabilizationWindowSeconds: 300,
  selectPolicy: 'Max',
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
};

export function withDefaults(b: HorizontalPodAutoscalerBehavior | undefined): { scaleUp: typeof DEFAULT_SCALE_UP; scaleDown: typeof DEFAULT_SCALE_UP } {
  const merge = (r: HPAScalingRules | undefined, d: typeof DEFAULT_SCALE_UP) => ({
    stabilizationWindowSeconds: r?.stabilizationWindowSeconds ?? d.stabilizationWindowSeconds,
    selectPolicy: r?.selectPolicy ?? d.selectPolicy,
    policies: r?.policies ?? d.policies,
  });
  return { scaleUp: merge(b?.scaleUp, DEFAULT_SCALE_UP), scaleDown: merge(b?.scaleDown, DEFAULT_SCALE_DOWN) };
}

export interface Recommendation {
  at: number;
  replicas: number;
}

export interface ScaleEvent {
  at: number;
  change: number;
}

export interface Limited {
  replicas: number;
  reason?: string;
  message?: string;
}

/** The most conservative recommendation within each direction's window (times in ms). */
export function stabilize(now: number, current: number, desired: number, history: Recommendation[], behavior: ReturnType<typeof withDefaults>): Limited {
  const upCutoff = now - behavior.scaleUp.stabilizationWindowSeconds * 1000;
  const downCutoff = now - behavior.scaleDown.stabilizationWindowSeconds * 1000;
  let up = desired;
  let down = desired;
  for (const r of history) {
    if (r.at > upCutoff) up = Math.min(up, r.replicas);
    if (r.at > downCutoff) down = Math.max(down, r.replicas);
  }
  const replicas = Math.min(Math.max(current, up), down);
  if (replicas === desired) return { replicas };
  return replicas > desired
    ? { replicas, reason: 'ScaleDownStabilized', message: 'recent recommendations were higher than current one, applying the highest recent recommendation' }
    : { replicas, reason: 'ScaleUpStabilized', message: 'recent recommendations were lower than current one, applying the lowest recent recommendation' };
}

const changedWithin = (now: number, period: number, events: ScaleEvent[]) => events.filter((e) => e.at > now - period * 1000).reduce((n, e) => n + e.change, 0);

function limitFor(now: number, current: number, events: ScaleEvent[], rules: typeof DEFAULT_SCALE_UP, up: boolean): number {
  if (rules.selectPolicy === 'Disabled') return current;
  const limits = rules.policies.map((p) => {
    const start = up ? current - changedWithin(now, p.periodSeconds, events) : current + changedWithin(now, p.periodSeconds, events);
    if (p.type === 'Pods') return up ? start + p.value : start - p.value;
    return up ? Math.ceil(start * (1 + p.value / 100)) : Math.ceil(start * (1 - p.value / 100));
  });
  const pickMax = (rules.selectPolicy === 'Max') === up;
  return pickMax ? Math.max(...limits) : Math.min(...limits);
}

/** The rate policies and min/max, with the reason ScalingLimited reports. */
export function limitRate(now: number, current: number, desired: number, min: number, max: number, upEvents: ScaleEvent[], downEvents: ScaleEvent[], behavior: ReturnType<typeof withDefaults>): Limited {
  if (desired > current) {
    const rate = limitFor(now, current, upEvents, behavior.scaleUp, true);
    if (rate < max && desired > rate) return { replicas: Math.max(rate, current), reason: 'ScaleUpLimit', message: 'the desired replica count is increasing faster than the maximum scale rate' };
    if (desired > max) return { replicas: max, reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' };
  } else if (desired < current) {
    const rate = limitFor(now, current, downEvents, behavior.scaleDown, false);
    if (rate > min && desired < rate) return { replicas: Math.min(rate, current), reason: 'ScaleDownLimit', message: 'the desired replica count is decreasing faster than the maximum scale rate' };
    if (desired < min) return { replicas: min, reason: 'TooFewReplicas', message: 'the desired replica count is less than the minimum replica count' };
  }
  return { replicas: desired, reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' };
}
