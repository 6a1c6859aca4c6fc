/**
 * A demo's script: the commands a presenter steps through, from `?demo=` or from a lesson's
 * solutions (each step's, from the step the lesson was opened at).
 */
import type { LocalizedLesson } from '../../bridge/main/types';

export interface DemoCommand {
  command: string;
  /**
   * Typed key by key at a human pace. A lesson's file (a heredoc over several lines) is pasted
   * at once instead: the line editor types one line.
   */
  typed: boolean;
}

export function demoFromCommands(commands: readonly string[]): DemoCommand[] {
  return commands.map((command) => ({ command, typed: true }));
}

/** `fromStep` is 0-based: the step the lesson is on. */
export function demoFromLesson(lesson: LocalizedLesson, fromStep: number): DemoCommand[] {
  return lesson.steps.slice(fromStep).flatMap((step) => step.solution.map((c) => ({ command: c.run, typed: !c.run.includes('\n') })));
}

/** How a command shows in the demo bar: its first line (a heredoc shows as `cat <<'EOF' > …`). */
export function preview(command: DemoCommand): string {
  const [first, ...rest] = command.command.split('\n');
  return rest.length > 0 ? `${first} …` : first;
}
