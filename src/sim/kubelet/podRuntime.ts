/**
 * What the kubelet remembers about one pod between syncs: the sandbox, each container's
 * current and previous instance, back-off entries and probe workers. Plain data, so the agent
 * can keep it in a map and a snapshot can serialise it.
 */
import type { ProgramState } from './program';

export type ContainerStage =
  /** Not its turn yet (sandbox, volumes, earlier init containers, earlier containers). */
  | 'pending'
  /** Decide whether to pull; resolve the image. */
  | 'image'
  | 'pulling'
  | 'pullBackOff'
  /** Build the config, create and start the container. */
  | 'create'
  | 'configError'
  | 'running'
  /** Exited; the next sync decides between restart, back-off and staying down. */
  | 'exited'
  | 'crashBackOff'
  /** Will not run again (completed under its restart policy, or the pod is terminating). */
  | 'done'
  /** The image name cannot be parsed; nothing will change until the spec does. */
  | 'invalidImage';

export type StopReason = 'liveness' | 'startup' | 'delete' | 'changed';

export interface ContainerInstance {
  containerID: string;
  /** Undefined when the container was created but failed to start. */
  startedAt?: number;
  finishedAt?: number;
  exitCode?: number;
  reason?: string;
  message?: string;
  program?: ProgramState;
}

export interface ProbeWorker {
  nextAt: number;
  successes: number;
  failures: number;
  /** Last result; readiness starts unknown (false). */
  ok: boolean;
}

export interface ContainerRuntime {
  name: string;
  init: boolean;
  /** An init container with `restartPolicy: Always`. */
  sidecar: boolean;
  /** Added later through pods/ephemeralcontainers (`kubectl debug`): never restarted, never part of readiness. */
  ephemeral?: boolean;
  stage: ContainerStage;
  /** When the stage's next action is due; undefined while waiting on something else. */
  next?: number;
  /** The kubelet's reason cache: the waiting reason the status shows until the next success. */
  waiting?: { reason: string; message?: string };
  image: string;
  normalizedImage?: string;
  imageID?: string;
  pullStartedAt?: number;
  pullError?: string;
  current?: ContainerInstance;
  previous?: ContainerInstance;
  /** Containers created so far; restartCount is this minus one. */
  instances: number;
  started: boolean;
  ready: boolean;
  startup?: ProbeWorker;
  liveness?: ProbeWorker;
  readiness?: ProbeWorker;
  /** A stop in progress: SIGTERM sent, SIGKILL at `deadline`. */
  stopping?: { deadline: number; why: StopReason };
  /** Killed because its spec changed: restart whatever the restart policy says. */
  restartRequested?: boolean;
}

export interface BackOffEntry {
  delayMs: number;
  lastUpdate: number;
}

export interface ConditionState {
  status: 'True' | 'False';
  since: number;
  reason?: string;
  message?: string;
}

export interface PodRuntime {
  uid: string;
  firstSeen: number;
  podIP: string;
  /** The sandbox is up (PodReadyToStartContainers) from this time. */
  sandboxAt?: number;
  sandboxRemoved?: number;
  /** Volume mount retries while a referenced object is missing. */
  mount: { ok: boolean; nextAt: number; attempts: number };
  volumeFiles: Record<string, Record<string, string>>;
  containers: ContainerRuntime[];
  crashBackOff: Record<string, BackOffEntry>;
  pullBackOff: Record<string, BackOffEntry>;
  conditions: Record<string, ConditionState>;
  terminating?: { since: number; graceMs: number };
  /** Every container has stopped after deletion: the agent may remove the pod. */
  finished?: number;
}
