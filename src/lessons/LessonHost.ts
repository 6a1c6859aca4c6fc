import type { ClusterClient } from '../sim';

/**
 * What a lesson needs from the playground session it runs in. The Worker and the headless shell
 * adapt their session (cluster + shell) to this; the model never sees a shell or a cluster class.
 */
export interface LessonHost {
  client: ClusterClient;
  /** Virtual ms since the epoch. */
  now(): number;
  /** The shell's history, oldest first (the session remembers where the lesson began). */
  history(): readonly string[];
  /** A file's text; relative paths are under the home directory. Undefined if absent. */
  readFile(path: string): string | undefined;
  writeFile(path: string, content: string): void;
  /** Runs a command as if typed into the terminal (and recorded in history). */
  exec(command: string): Promise<{ stdout: string; stderr: string; exitCode: number }>;
  /** Lets the cluster run until quiet (reconcile loops done, pods out of transitional states). */
  settle(): void;
  /** Moves virtual time forward. */
  advance(seconds: number): void;
  /** Stops a node's kubelet, as if the machine died. */
  stopNode(name: string): void;
  /**
   * Back to a fresh cluster of this profile (the lesson's) and an empty shell. Optional: hosts
   * that cannot start over only get the setup re-applied on reset.
   */
  reset?(profile: string): void | Promise<void>;
}
