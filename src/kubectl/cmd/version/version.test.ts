import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';

describe('kubectl version', () => {
  it.each([
    ['client and server', 'version', 'Client Version: v1.32.0\nKustomize Version: v5.5.0\nServer Version: v1.32.0\n', ''],
    ['client only', 'version --client', 'Client Version: v1.32.0\nKustomize Version: v5.5.0\n', ''],
    ['bad output', 'version -o foo', '', "error: --output must be 'yaml' or 'json'\n"],
  ])('%s', async (_name, line, stdout, stderr) => {
    const r = await kubectl(testContext(new FakeClient()), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });
});
