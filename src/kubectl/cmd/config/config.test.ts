import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';

describe('kubectl config', () => {
  it.each([
    ['current-context', 'config current-context', 'playground\n', ''],
    ['get-contexts', 'config get-contexts', 'CURRENT   NAME         CLUSTER      AUTHINFO   NAMESPACE\n*         playground   playground   learner    \n', ''],
    ['use an unknown context', 'config use-context nope', '', 'error: no context exists with the name: "nope"\n'],
    ['use without a name', 'config use-context', '', 'error: Unexpected args: []\n'],
    ['a name and --current', 'config set-context foo --current', '', 'error: you cannot specify both a context name and --current\n'],
  ])('%s', async (_name, line, stdout, stderr) => {
    const r = await kubectl(testContext(new FakeClient()), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });

  it('sets the namespace of the current context, which later commands use', async () => {
    const ctx = testContext(new FakeClient());
    expect((await kubectl(ctx, 'config set-context --current --namespace=dev')).stdout).toBe('Context "playground" modified.\n');
    expect((await kubectl(ctx, 'get pods')).stderr).toBe('No resources found in dev namespace.\n');
  });

  it('creates and switches contexts', async () => {
    const ctx = testContext(new FakeClient());
    expect((await kubectl(ctx, 'config set-context other --cluster=playground --user=learner')).stdout).toBe('Context "other" created.\n');
    expect((await kubectl(ctx, 'config use-context other')).stdout).toBe('Switched to context "other".\n');
    expect((await kubectl(ctx, 'config current-context')).stdout).toBe('other\n');
  });
});
