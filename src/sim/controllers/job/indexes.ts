/**
 * Completion indexes of an Indexed Job: which indexes have succeeded (status.completedIndexes,
 * written as intervals like `0-2,4`) and which still need a pod.
 */
import type { Pod } from 'kubernetes-types/core/v1';

export const JOB_COMPLETION_INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index';

/** The pod's index from its annotation, or undefined when missing or malformed. */
export function getCompletionIndex(pod: Pod): number | undefined {
  const raw = pod.metadata?.annotations?.[JOB_COMPLETION_INDEX_ANNOTATION];
  if (raw === undefined || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

/** `0-2,4` → [0, 1, 2, 4]; indexes at or beyond `completions` are dropped. */
export function parseIndexesFromString(s: string | undefined, completions: number): number[] {
  const out: number[] = [];
  for (const part of (s ?? '').split(',')) {
    if (!part) continue;
    const [a, b] = part.split('-').map(Number);
    for (let i = a; i <= (b ?? a); i++) if (i < completions) out.push(i);
  }
  return out;
}

/** Sorted, de-duplicated indexes as intervals: consecutive runs become `first-last`. */
export function formatIndexes(indexes: Iterable<number>): string {
  const sorted = [...new Set(indexes)].sort((x, y) => x - y);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** The lowest indexes that have neither succeeded nor an active pod, at most `count` of them. */
export function firstPendingIndexes(completed: ReadonlySet<number>, activePods: readonly Pod[], count: number, completions: number): number[] {
  const busy = new Set(activePods.map(getCompletionIndex).filter((i): i is number => i !== undefined));
  const out: number[] = [];
  for (let i = 0; i < completions && out.length < count; i++) if (!completed.has(i) && !busy.has(i)) out.push(i);
  return out;
}
