/**
 * Every example manifest of the Kubernetes documentation (the website's content/en/examples,
 * checked out next to the repository as ../shared/k8s-examples) applied alone to a fresh
 * minikube-profile cluster: kubectl must accept it or fail with the error a real v1.32 cluster
 * gives, and 90 virtual seconds later its pods must be where a real cluster's would be
 * (expectations.ts says which are not Running/Completed, and why).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyFailures, knownGaps, podExpectations, type ManifestExpectation } from './expectations';
import { isHealthy, runManifest, WAIT_SECONDS, type ManifestOutcome, type PodRow } from './manifestRun';

const EXAMPLES = resolve(__dirname, '../../../../shared/k8s-examples');

function manifests(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? manifests(p) : /\.ya?ml$/.test(f) ? [p] : [];
    })
    .sort();
}

const files = existsSync(EXAMPLES) ? manifests(EXAMPLES).map((p) => relative(EXAMPLES, p)) : [];
if (!files.length) console.warn(`official manifests: ${EXAMPLES} not found, skipping (CI checks it out next to the repository)`);

type Verdict = 'running' | 'as-real' | 'failed-as-real' | 'wrong';
const verdicts = new Map<string, Verdict>();

/** What is wrong with the pods, compared with the expectation; empty when they are as on a real cluster. */
function podProblems(pods: PodRow[], exp: ManifestExpectation | undefined): string[] {
  const problems: string[] = [];
  for (const e of exp?.pods ?? []) if (!pods.some((p) => e.pod.test(p.name))) problems.push(`no pod matches ${e.pod} (expected ${e.status}: ${e.why})`);
  for (const a of exp?.absent ?? []) for (const p of pods.filter((x) => a.pod.test(x.name))) problems.push(`${p.name} should be gone (${a.why}), is ${p.status}`);
  for (const p of pods) {
    if (exp?.absent?.some((a) => a.pod.test(p.name))) continue;
    const e = exp?.pods?.find((x) => x.pod.test(p.name));
    if (e && !e.status.test(p.status)) problems.push(`${p.namespace}/${p.name} is ${p.status} (${p.ready}), expected ${e.status}: ${e.why}`);
    if (!e && !isHealthy(p)) problems.push(`${p.namespace}/${p.name} is ${p.status} (${p.ready}), expected Running and ready, or Completed`);
  }
  return problems;
}

function judge(file: string, out: ManifestOutcome): string[] {
  const failure = applyFailures[file];
  if (failure) {
    if (out.exitCode === 0) return [`kubectl apply succeeded; a real v1.32 cluster fails: ${failure.error} (${failure.why})`];
    return out.stderr.includes(failure.error) ? [] : [`kubectl apply failed with\n${out.stderr}expected: ${failure.error}`];
  }
  if (out.exitCode !== 0) return [`kubectl apply exited ${out.exitCode}:\n${out.stderr}`];
  return podProblems(out.pods, podExpectations[file]);
}

function verdict(file: string, problems: string[]): Verdict {
  if (problems.length) return 'wrong';
  if (applyFailures[file]) return 'failed-as-real';
  return podExpectations[file] ? 'as-real' : 'running';
}

describe.skipIf(!files.length)(`official example manifests, applied alone, after ${WAIT_SECONDS} s`, () => {
  it('has an expectation only for manifests that exist', () => {
    const known = new Set(files);
    expect([...Object.keys(applyFailures), ...Object.keys(podExpectations), ...Object.keys(knownGaps)].filter((f) => !known.has(f))).toEqual([]);
  });

  for (const file of files) {
    const gap = knownGaps[file];
    // A known gap is asserted the way a real cluster behaves and expected to fail: once the
    // simulation is fixed the test reports it, so the entry is removed.
    const test = gap ? it.fails : it;
    test(gap ? `${file} (known gap: ${gap})` : file, async () => {
      const problems = judge(file, await runManifest(readFileSync(join(EXAMPLES, file), 'utf8')));
      verdicts.set(file, verdict(file, problems));
      expect(problems, file).toEqual([]);
    });
  }

  afterAll(() => {
    const count = (v: Verdict) => [...verdicts.values()].filter((x) => x === v).length;
    const wrong = [...verdicts].filter(([, v]) => v === 'wrong').map(([f]) => f);
    console.log(
      `official manifests: ${verdicts.size} run — ${count('running')} applied with every pod Running/Completed, ` +
        `${count('as-real')} applied with pods where a real cluster leaves them, ${count('failed-as-real')} failed as on a real v1.32 cluster, ` +
        `${wrong.length} wrong${wrong.length ? ` (${wrong.join(', ')})` : ''}`,
    );
  });
});
