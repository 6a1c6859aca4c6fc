/**
 * Each command's flags against the flag list `kubectl <command> --help` prints (v1.32, recorded
 * in testdata/kubectlFlags.json). Flags the playground does not implement are still declared
 * (as unavailable), so the sets must be equal.
 */
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cmd';
import { findSubcommand, type Command } from './command';
import recorded from './testdata/kubectlFlags.json';

function commandAt(path: string): Command | undefined {
  let cmd: Command | undefined = ROOT;
  for (const word of path.split(' ')) cmd = cmd && findSubcommand(cmd, word);
  return cmd;
}

describe('flag sets match kubectl v1.32 --help', () => {
  it.each(Object.entries(recorded as Record<string, string[]>))('%s', (path, flags) => {
    const cmd = commandAt(path);
    expect(cmd).toBeDefined();
    expect((cmd?.flags ?? []).map((f) => f.name).sort()).toEqual([...flags].sort());
  });
});
