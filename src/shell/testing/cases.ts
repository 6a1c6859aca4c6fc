import { expect, it } from 'vitest';
import type { CommandFn } from '../executor/types';
import { createTestShell, runLine } from './runLine';

/** One table row: a command line and what bash on a Debian machine prints for it. */
export interface LineCase {
  name: string;
  line: string;
  stdout?: string;
  stderr?: string;
  status?: number;
  stdin?: string;
}

/** Files every command test starts with, in /root (the cwd). Written by the shell itself. */
export const FIXTURE_SETUP = [
  "printf 'NAME    READY   STATUS    RESTARTS   AGE\\nweb-1   1/1     Running   0          5m\\nweb-2   1/1     Running   2          5m\\napi-1   0/1     Pending   0          1m\\ndb-0    1/1     Running   0          10m\\n' > pods.txt",
  "printf 'b\\na\\nc\\na\\na\\n' > letters.txt",
  "printf '10 x\\n9 y\\n100 z\\n' > nums.txt",
  "printf 'a,b,c\\n1,2,3\\n' > data.csv",
  'mkdir -p dir/sub && touch dir/one dir/two',
].join('\n');

/** Runs each case in a fresh shell with the fixture files, comparing output and status. */
export function runCases(cases: LineCase[], commands: Record<string, CommandFn> = {}): void {
  it.each(cases)('$name', async (c) => {
    const shell = createTestShell({}, commands);
    await runLine(shell, FIXTURE_SETUP);
    const r = await runLine(shell, c.line, c.stdin);
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({
      stdout: c.stdout ?? '',
      stderr: c.stderr ?? '',
      status: c.status ?? 0,
    });
  });
}
