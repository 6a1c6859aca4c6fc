import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';

describe('kubectl plugin', () => {
  it.each([
    ['list finds nothing', 'plugin list', 1, '', 'error: unable to find any kubectl plugins in your PATH\n'],
    ['list --name-only finds nothing either', 'plugin list --name-only', 1, '', 'error: unable to find any kubectl plugins in your PATH\n'],
    ['an unknown subcommand', 'plugin foo', 1, '', "error: unknown command \"foo\"\nSee 'kubectl plugin -h' for help and examples\n"],
  ])('%s', async (_name, line, code, stdout, stderr) => {
    expect(await kubectl(testContext(new FakeClient()), line)).toEqual({ code, stdout, stderr });
  });

  it('prints its help to stderr and fails without a subcommand, like DefaultSubCommandRun', async () => {
    const r = await kubectl(testContext(new FakeClient()), 'plugin');
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain('  list          ');
  });

  it('kubectl alpha: v1.32 has no alpha commands', async () => {
    expect(await kubectl(testContext(new FakeClient()), 'alpha')).toEqual({ code: 0, stdout: '', stderr: 'No alpha commands are available in this version of kubectl\n' });
  });

  it.each([
    ['a typo of a real command', 'debu', 'Error: unknown command "debu" for "kubectl"\n\nDid you mean this?\n\tdebug\n\n'],
    ['an unrelated word', 'foo', 'Error: unknown command "foo" for "kubectl"\n\nDid you mean this?\n\ttop\n\n'],
  ])('kubectl %s: unknown command with suggestions', async (_name, line, stderr) => {
    expect(await kubectl(testContext(new FakeClient()), line)).toEqual({ code: 1, stdout: '', stderr });
  });
});
