import type { ClusterClient } from '../sim';

/**
 * Everything a check may look at. Hosts (the Worker, the headless shell, tests) build it from
 * their session; checks never reach past it, so they stay pure functions of state.
 */
export interface CheckContext {
  client: ClusterClient;
  /** Commands the learner ran since the lesson started, oldest first. */
  history: readonly string[];
  /** Index into `history` where the current step began. */
  stepHistoryStart: number;
  /** Virtual ms when the lesson and the current step began. */
  lessonStartMs: number;
  stepStartMs: number;
  /** A file's text, or undefined when it does not exist (relative paths: from the home directory). */
  readFile(path: string): string | undefined;
}
