/**
 * The lesson model. A lesson is written once as `lesson.yaml` (commands, checks, solutions,
 * setup: everything that is the same in every language) plus one markdown file per language
 * (`en.md`, `ja.md`: titles, prose, hint texts) that refers to commands by id. See lessons/README.md.
 */
import type { KubeObject } from '../sim';
import type { Check, ValueRef } from './checkTypes';

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Level = 'beginner' | 'intermediate' | 'advanced';

/**
 * Something the learner can click. `run` is the exact text typed into the terminal. A command
 * with `file` writes that file (its `run` is the equivalent heredoc), so the UI can also offer
 * "Open in editor". `copy` commands are shown with a Copy button only (e.g. a fragment to paste).
 */
export interface LessonCommand {
  id: string;
  run: string;
  kind: 'run' | 'copy';
  file?: { path: string; content: string };
  /** Only part of the solution: the prose need not show it. */
  hidden: boolean;
}

export interface HintSpec {
  id: string;
  /** Seconds (virtual) on the step before the hint is offered; 0 = whenever the learner asks. */
  after: number;
  /** Offered only while this holds: hints about a state the learner is in ("your pod is Pending"). */
  when?: Check;
  /** Values from the cluster substituted for `{{name}}` in the hint's text. */
  vars: Record<string, ValueRef>;
}

export interface StepSpec {
  id: string;
  commands: LessonCommand[];
  check: Check;
  hints: HintSpec[];
  /** Ids of this step's commands, run in order by "Solve for me" and by the replay test. */
  solution: string[];
}

/** Breakage to inject after the setup objects exist. */
export type Fault = { stopNode: string } | { cordonNode: string } | { advance: number };

export interface LessonSetup {
  /** Created through the API before the lesson starts (like `kubectl create -f`). */
  objects: KubeObject[];
  /** Written into the virtual filesystem (relative paths: under the home directory). */
  files: { path: string; content: string }[];
  faults: Fault[];
}

export interface LessonSpec {
  id: string;
  /** From the folder name `NN-slug`: the catalogue order. */
  order: number;
  level: Level;
  minutes: number;
  /** A cluster profile (`minikube`, `multinode`). */
  profile: string;
  setup: LessonSetup;
  steps: StepSpec[];
}

/** Prose with the lesson's commands placed where the author wrote `{{command id}}`. */
export type ProseBlock = { kind: 'markdown'; text: string } | { kind: 'command'; command: LessonCommand };

export interface StepText {
  title: string;
  body: ProseBlock[];
  /** Hint texts by hint id: markdown with `{{var}}` placeholders. */
  hints: Record<string, string>;
}

export interface LessonText {
  title: string;
  summary: string;
  intro: ProseBlock[];
  steps: Record<string, StepText>;
  /** The closing section (`{#finish}`), if any. */
  finish: ProseBlock[];
}

export interface Lesson {
  spec: LessonSpec;
  text: Record<Language, LessonText>;
}

/** A lesson in one language, flattened for the UI. */
export interface LocalizedStep {
  id: string;
  index: number;
  title: string;
  body: ProseBlock[];
  commands: LessonCommand[];
  check: Check;
  hints: (HintSpec & { text: string })[];
  solution: LessonCommand[];
}

export interface LocalizedLesson {
  id: string;
  language: Language;
  title: string;
  summary: string;
  level: Level;
  minutes: number;
  profile: string;
  intro: ProseBlock[];
  steps: LocalizedStep[];
  finish: ProseBlock[];
}

export interface LessonSummary {
  id: string;
  order: number;
  title: string;
  summary: string;
  level: Level;
  minutes: number;
  steps: number;
}
