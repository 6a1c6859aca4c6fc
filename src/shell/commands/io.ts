import type { CommandContext } from '../executor/types';
import { FsError } from '../vfs/FsError';
import { UsageError } from './getopt';

/** Splits text into lines; a final newline does not make an extra empty line. */
export function toLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export const fromLines = (lines: string[]): string => lines.map((l) => l + '\n').join('');

/**
 * Reads each operand (`-` or none means stdin). Unreadable files are reported with
 * `describe(name, strerror)` (unless it is empty) and skipped; `failed` tells the caller to exit non-zero.
 */
export function readInputs(
  ctx: CommandContext,
  names: string[],
  describe: (name: string, error: string) => string,
): { inputs: { name: string; text: string }[]; failed: boolean } {
  const inputs: { name: string; text: string }[] = [];
  let failed = false;
  for (const name of names.length ? names : ['-']) {
    if (name === '-') {
      inputs.push({ name, text: ctx.stdin });
      continue;
    }
    try {
      inputs.push({ name, text: ctx.fs.readFile(ctx.fs.resolve(ctx.cwd, name)) });
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      const message = describe(name, e.message);
      if (message) ctx.stderr.write(message + '\n');
      failed = true;
    }
  }
  return { inputs, failed };
}

/** Runs a tool body, turning getopt's UsageError into GNU's two-line usage message. */
export async function withUsage(ctx: CommandContext, status: number, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const tool = ctx.argv[0];
    ctx.stderr.write(`${e.message}\nTry '${tool} --help' for more information.\n`);
    return status;
  }
}
