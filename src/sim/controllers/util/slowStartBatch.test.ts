import { describe, expect, it } from 'vitest';
import { slowStartBatch } from './slowStartBatch';

describe('slowStartBatch', () => {
  it.each([
    { name: 'all succeed', count: 10, failOn: [] as number[], calls: 10, successes: 10 },
    { name: 'first call fails: nothing more is tried', count: 10, failOn: [1], calls: 1, successes: 0 },
    { name: 'a failure in the batch of 2 still runs its batch, then stops', count: 10, failOn: [2], calls: 3, successes: 2 },
    { name: 'a failure in the batch of 4 (calls 4-7)', count: 10, failOn: [5], calls: 7, successes: 6 },
    { name: 'the last batch is what remains', count: 5, failOn: [], calls: 5, successes: 5 },
    { name: 'zero does nothing', count: 0, failOn: [], calls: 0, successes: 0 },
  ])('$name', ({ count, failOn, calls, successes }) => {
    let n = 0;
    const result = slowStartBatch(count, 1, () => {
      if (failOn.includes(++n)) throw new Error(`call ${n} failed`);
    });
    expect(n).toBe(calls);
    expect(result.successes).toBe(successes);
    expect(result.error === undefined).toBe(failOn.length === 0);
  });
});
