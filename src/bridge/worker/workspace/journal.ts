/**
 * The journal of a session: every input from outside the simulation, stamped with the virtual
 * instant it arrived at. The simulation is deterministic (seeded Rng, manual clock), so replaying
 * these inputs at those instants on a fresh cluster of the same profile and seed rebuilds the
 * cluster, the files and the shell history exactly — a saved workspace is this list, not a dump.
 *
 * Answers from outside that a running command waited for (a downloaded manifest, the editor's
 * text for `kubectl edit`) are inputs too: recorded when they arrive, so replay is offline.
 */
import type { fetchUrl } from '../fetchUrl';

export type FetchResult = Awaited<ReturnType<typeof fetchUrl>>;

export type JournalInput =
  /** A complete command text from the terminal (to the shell, or to an open container shell). */
  | { kind: 'exec'; line: string }
  /** A command run off the wall clock (a lesson restoring a step's starting state). */
  | { kind: 'execSettled'; line: string }
  /** Ctrl-C while a command ran. */
  | { kind: 'interrupt' }
  /** The page wrote a file (the editor's Save); `parents` creates missing folders (lessons). */
  | { kind: 'writeFile'; path: string; text: string; parents?: boolean }
  | { kind: 'stopNode'; name: string }
  | { kind: 'startNode'; name: string }
  /** The clock jumped outside the realtime driver (headless step, a lesson's wait). */
  | { kind: 'advance'; seconds: number }
  | { kind: 'settle'; maxSeconds: number }
  /** The page's editor became available to `vi`/`kubectl edit`, or went away. */
  | { kind: 'editor'; attached: boolean }
  | { kind: 'fetched'; url: string; result: FetchResult }
  /** The editor's answer to `kubectl edit`: the saved text, or null when closed unsaved. */
  | { kind: 'edited'; text: string | null }
  /** A write straight to the API (a lesson's setup objects, a cordon): the client call and its JSON arguments. */
  | { kind: 'api'; verb: ApiVerb; args: unknown[] };

/** The ClusterClient methods that change the cluster. */
export const API_VERBS = ['create', 'update', 'patch', 'delete', 'createSubresource'] as const;
export type ApiVerb = (typeof API_VERBS)[number];

export type JournalKind = JournalInput['kind'];

/** `at`: virtual milliseconds since the epoch (the cluster clock), exact so replay lands on it. */
export type JournalEntry = JournalInput & { at: number };

export interface JournalState {
  length: number;
  /** Approximate size of the journal as JSON. */
  bytes: number;
  /** The cap was reached: later inputs are not recorded (see `Journal`). */
  full: boolean;
}

/**
 * 8 MiB of JSON: about a hundred hours of an ordinary session (a few KB per command, editor
 * saves included), far beyond what a learner accumulates between resets.
 */
export const JOURNAL_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * Append-only. At the cap the journal stops recording instead of dropping old entries or
 * squashing them into a dump: a journal with a hole cannot replay, whereas a journal that stops
 * restores an exact earlier state. The session itself keeps working; `full` tells the page to
 * say so ("saved up to …; export or reset to keep saving").
 */
export class Journal {
  private readonly list: JournalEntry[] = [];
  private size = 2;
  private stoppedAt?: number;
  private readonly listeners = new Set<(state: JournalState) => void>();

  constructor(
    private readonly now: () => number,
    readonly limitBytes = JOURNAL_LIMIT_BYTES,
  ) {}

  record(input: JournalInput): void {
    if (this.stoppedAt !== undefined) return;
    const entry = { ...input, at: this.now() } as JournalEntry;
    const bytes = JSON.stringify(entry).length + 1;
    if (this.size + bytes > this.limitBytes) this.stoppedAt = entry.at;
    else {
      this.list.push(entry);
      this.size += bytes;
    }
    const state = this.state();
    for (const l of this.listeners) l(state);
  }

  entries(): readonly JournalEntry[] {
    return this.list;
  }

  /** The instant recording stopped at the cap, if it did. */
  get truncatedAt(): number | undefined {
    return this.stoppedAt;
  }

  state(): JournalState {
    return { length: this.list.length, bytes: this.size, full: this.stoppedAt !== undefined };
  }

  /** Called after every recorded input, and once when the cap turns one away; returns the unsubscribe. */
  onChange(listener: (state: JournalState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
