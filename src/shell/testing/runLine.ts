import { Shell, type ShellOptions } from '../executor/Shell';
import { NEVER_INTERRUPTED } from '../executor/InterruptController';
import type { CommandFn } from '../executor/types';

export interface LineResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** A shell on a fixed clock (2026-11-22T04:00:00Z) whose sleep advances that clock. */
export function createTestShell(options: Partial<ShellOptions> = {}, commands: Record<string, CommandFn> = {}): Shell {
  let now = Date.UTC(2026, 10, 22, 4, 0, 0);
  const shell = new Shell({
    now: () => now,
    sleep: async (s) => {
      now += s * 1000;
    },
    ...options,
  });
  for (const [name, fn] of Object.entries(commands)) shell.register(name, fn);
  return shell;
}

/** Runs one input and collects what it wrote. */
export async function runLine(shell: Shell, line: string, stdin = ''): Promise<LineResult> {
  let stdout = '';
  let stderr = '';
  const status = await shell.run(line, {
    stdout: { write: (s) => void (stdout += s) },
    stderr: { write: (s) => void (stderr += s) },
    interrupt: NEVER_INTERRUPTED,
    stdin,
  });
  return { stdout, stderr, status };
}
