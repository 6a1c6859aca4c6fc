import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { PODS, seedPod } from '../../testing/fixtures';

describe('kubectl wait', () => {
  it('waits for a condition to become true', async () => {
    const client = new FakeClient();
    seedPod(client, 'web-1');
    let ticks = 0;
    const ctx = testContext(client, { onSleep: () => void (++ticks === 2 && client.patch(PODS, 'web-1', 'merge', { status: { conditions: [{ type: 'Ready', status: 'True' }] } })) });
    expect(await kubectl(ctx, 'wait --for=condition=Ready pod/web-1')).toEqual({ code: 0, stdout: 'pod/web-1 condition met\n', stderr: '' });
    expect(ticks).toBe(2);
  });

  it.each([
    ['reads subfolders by default', 'wait -f manifests --for=condition=Ready --timeout=0s', 'pod/web-1 condition met\npod/web-2 condition met\n'],
    ['-R=false stays at the top', 'wait -f manifests -R=false --for=condition=Ready --timeout=0s', 'pod/web-1 condition met\n'],
  ])('-f a folder: %s', async (_name, line, stdout) => {
    const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: default\n`;
    const client = new FakeClient();
    for (const name of ['web-1', 'web-2']) {
      seedPod(client, name);
      client.patch(PODS, name, 'merge', { status: { conditions: [{ type: 'Ready', status: 'True' }] } });
    }
    const ctx = testContext(client, { files: { 'manifests/a.yaml': pod('web-1'), 'manifests/sub/b.yaml': pod('web-2') } });
    expect(await kubectl(ctx, line)).toEqual({ code: 0, stdout, stderr: '' });
  });

  it('waits for deletion', async () => {
    const client = new FakeClient();
    seedPod(client, 'web-1');
    const ctx = testContext(client, { onSleep: () => client.remove(PODS, 'web-1') });
    expect((await kubectl(ctx, 'wait --for=delete pod/web-1')).stdout).toBe('pod/web-1 condition met\n');
  });

  it.each([
    ['times out', 'wait --for=condition=Ready pod/web-1 --timeout=3s', 'error: timed out waiting for the condition on pods/web-1\n'],
    ['needs a condition', 'wait pod/web-1', 'error: unrecognized condition: ""\n'],
    ['unknown condition', 'wait pod/web-1 --for=foo', 'error: unrecognized condition: "foo"\n'],
    ['nothing selected', 'wait pods -l app=nope --for=delete', 'error: no matching resources found\n'],
  ])('%s', async (_name, line, stderr) => {
    const client = new FakeClient();
    seedPod(client, 'web-1');
    expect((await kubectl(testContext(client), line)).stderr).toBe(stderr);
  });
});
