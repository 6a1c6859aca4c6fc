import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { seedPod } from '../../testing/fixtures';

function cluster() {
  const client = new FakeClient();
  seedPod(client, 'web-1');
  seedPod(client, 'web-2');
  seedPod(client, 'db', { labels: { app: 'db' } });
  return client;
}

const names = (out: string) => [...out.matchAll(/^Name: +(\S+)$/gm)].map((m) => m[1]);

describe('kubectl describe', () => {
  it.each([
    ['one pod', 'describe pod web-1', ['web-1']],
    ['a name prefix', 'describe pods web', ['web-1', 'web-2']],
    ['a selector', 'describe pods -l app=db', ['db']],
    ['every pod', 'describe pods', ['db', 'web-1', 'web-2']],
  ])('%s', async (_name, line, described) => {
    const r = await kubectl(testContext(cluster()), line);
    expect(r.stderr).toBe('');
    expect(names(r.stdout)).toEqual(described);
  });

  it('separates objects with a blank line', async () => {
    const out = (await kubectl(testContext(cluster()), 'describe pods web')).stdout;
    expect(out).toMatch(/\n\n\nName: +web-2\n/);
  });

  it.each([
    ['nothing matches', 'describe pod nope', 'Error from server (NotFound): pods "nope" not found\n'],
    ['no type', 'describe', 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n'],
    ['empty namespace', 'describe pods -n prod', 'No resources found in prod namespace.\n'],
  ])('%s', async (_name, line, stderr) => {
    expect((await kubectl(testContext(cluster()), line)).stderr).toBe(stderr);
  });
});
