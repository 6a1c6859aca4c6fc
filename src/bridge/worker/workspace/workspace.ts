/**
 * The saved form of a session (autosave, exported file, share link): how the cluster started
 * and the journal of what happened to it since. Versioned; older versions are migrated on read
 * (`migrations.ts`), anything read is validated first (`validateWorkspace.ts`).
 */
import type { TimeMode } from '../simHost';
import type { JournalEntry } from './journal';

export const WORKSPACE_FORMAT = 'kube-playground/workspace';
export const WORKSPACE_VERSION = 1;

export interface Workspace {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  /** Wall-clock time of the export (ISO 8601); informational only. */
  createdAt: string;
  /** The cluster profile the session started from (`minikube`, `multinode` …). */
  profile: string;
  seed: number;
  /** The virtual clock at the session's start (ms since the epoch). */
  startTimeMs: number;
  /** How the session moved time; replay must move it the same way. */
  timeMode: TimeMode;
  /** Whether the cluster settled after each command (headless sessions). */
  settle: boolean;
  /** The virtual clock when exported: replay runs the cluster up to here. */
  clock: number;
  journal: JournalEntry[];
  /** The journal reached its cap at this instant: the workspace restores the session as it was then. */
  truncatedAt?: number;
  /** The page's editor tabs (path → unsaved text); the worker stores them untouched. */
  editorBuffers?: Record<string, string>;
  /** The lesson pane's progress; the worker stores it untouched. */
  lessonProgress?: unknown;
}

/** What the page adds to an export. */
export type WorkspaceExtras = Pick<Workspace, 'editorBuffers' | 'lessonProgress'>;
