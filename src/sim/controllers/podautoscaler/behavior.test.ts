import { describe, expect, it } from 'vitest';
import { limitRate, stabilize, withDefaults } from './behavior';

const defaults = withDefaults(undefined);
const s = 1000;

describe('stabilize', () => {
  it.each([
    ['scale-up is immediate (window 0)', 2, 6, [{ at: 0, replicas: 2 }], 6, undefined],
    ['scale-down keeps the highest recommendation of the last 300 s', 6, 1, [{ at: 100 * s, replicas: 6 }], 6, 'ScaleDownStabilized'],
    ['recommendations older than 300 s no longer count', 6, 1, [{ at: 0, replicas: 6 }, { at: 250 * s, replicas: 3 }], 3, 'ScaleDownStabilized'],
  ])('%s', (_name, current, desired, history, replicas, reason) => {
    const r = stabilize(320 * s, current, desired, history, defaults);
    expect(r.replicas).toBe(replicas);
    expect(r.reason).toBe(reason);
  });
});

describe('limitRate', () => {
  it.each([
    ['up by at most 4 pods or 100 % per 15 s, whichever is more (1 → 5)', 1, 10, [], 5, 'ScaleUpLimit'],
    ['4 pods win over 100 % from 3 (3 → 7)', 3, 9, [], 7, 'ScaleUpLimit'],
    ['pods added in the period count against it', 4, 10, [{ at: 300 * s, change: 3 }], 5, 'ScaleUpLimit'],
    ['max replicas', 8, 20, [], 10, 'TooManyReplicas'],
    ['within range', 3, 5, [], 5, 'DesiredWithinRange'],
    ['down to min at once (100 % per 15 s)', 6, 0, [], 1, 'TooFewReplicas'],
  ])('%s', (_name, current, desired, upEvents, replicas, reason) => {
    const r = limitRate(310 * s, current, desired, 1, 10, upEvents, [], defaults);
    expect(r.replicas).toBe(replicas);
    expect(r.reason).toBe(reason);
  });
});
