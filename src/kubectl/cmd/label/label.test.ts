import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { PODS, seedPod } from '../../testing/fixtures';

function cluster() {
  const client = new FakeClient();
  seedPod(client, 'web-1');
  return client;
}

describe('kubectl label / annotate', () => {
  it.each([
    ['add a label', 'label pod web-1 tier=frontend', 'pod/web-1 labeled\n', '', { app: 'web', tier: 'frontend' }],
    ['same value again', 'label pod web-1 app=web', 'pod/web-1 not labeled\n', '', { app: 'web' }],
    ['change without --overwrite', 'label pod web-1 app=api', '', "error: 'app' already has a value (web), and --overwrite is false\n", { app: 'web' }],
    ['change with --overwrite', 'label pod web-1 app=api --overwrite', 'pod/web-1 labeled\n', '', { app: 'api' }],
    ['remove', 'label pod web-1 app-', 'pod/web-1 unlabeled\n', '', {}],
    ['no changes', 'label pod web-1', '', 'error: at least one label update is required\n', { app: 'web' }],
    ['no resource', 'label app=web', '', 'error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n', { app: 'web' }],
  ])('%s', async (_name, line, stdout, stderr, labels) => {
    const client = cluster();
    const r = await kubectl(testContext(client), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
    expect(client.get(PODS, 'web-1').metadata.labels ?? {}).toEqual(labels);
  });

  it('annotates with a merge patch', async () => {
    const client = cluster();
    expect((await kubectl(testContext(client), 'annotate pod web-1 owner=team-a')).stdout).toBe('pod/web-1 annotated\n');
    expect(client.actions[0]).toMatchObject({ verb: 'patch', body: { metadata: { annotations: { owner: 'team-a' } } }, opts: { type: 'merge' } });
  });
});
