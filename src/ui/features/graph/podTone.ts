/**
 * The colour family of a pod's STATUS text, so a learner can read the cluster at a glance:
 * green running, blue on its way, grey finished or leaving, red in trouble.
 */
export type Tone = 'ok' | 'progress' | 'terminating' | 'done' | 'error' | 'unknown';

const PROGRESS = new Set(['Pending', 'ContainerCreating', 'PodInitializing', 'SchedulingGated', 'NotReady']);
const DONE = new Set(['Completed', 'Succeeded']);

export function podTone(status: string): Tone {
  if (status === 'Running') return 'ok';
  if (status === 'Terminating') return 'terminating';
  if (DONE.has(status)) return 'done';
  if (status === 'Unknown') return 'unknown';
  if (PROGRESS.has(status) || /^Init:\d+\/\d+$/.test(status)) return 'progress';
  // Everything else kubectl prints is a reason something went wrong: CrashLoopBackOff,
  // ImagePullBackOff, ErrImagePull, Error, OOMKilled, Evicted, Init:Error, ExitCode:1 …
  return 'error';
}
