/**
 * slowStartBatch: calls `fn` in batches of 1, 2, 4, … so that a create that is going to fail
 * (quota, an admission webhook) fails once instead of hundreds of times. Every call in a batch
 * runs; the first batch with a failure ends the run.
 */
export function slowStartBatch(count: number, initialBatchSize: number, fn: () => void): { successes: number; error?: unknown } {
  let remaining = count;
  let successes = 0;
  for (let batch = Math.min(remaining, initialBatchSize); batch > 0; batch = Math.min(2 * batch, remaining)) {
    let firstError: unknown;
    let failed = 0;
    for (let i = 0; i < batch; i++) {
      try {
        fn();
      } catch (e) {
        if (failed++ === 0) firstError = e;
      }
    }
    successes += batch - failed;
    if (failed) return { successes, error: firstError };
    remaining -= batch;
  }
  return { successes };
}
