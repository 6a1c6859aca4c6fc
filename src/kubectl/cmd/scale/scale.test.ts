import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { seedDeployment } from '../../testing/fixtures';

describe('kubectl scale', () => {
  it.each([
    ['type/name', 'scale deployment/web --replicas=5', 'deployment.apps/web scaled\n', ''],
    ['type name', 'scale deploy web --replicas=0', 'deployment.apps/web scaled\n', ''],
    ['dry run', 'scale deployment/web --replicas=5 --dry-run=client', 'deployment.apps/web scaled (dry run)\n', ''],
    ['missing replicas', 'scale deployment/web', '', 'error: required flag(s) "replicas" not set\n'],
    ['negative replicas', 'scale deployment/web --replicas=-1', '', 'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n'],
    ['missing deployment', 'scale deployment/nope --replicas=1', '', 'Error from server (NotFound): deployments.apps "nope" not found\n'],
  ])('%s', async (_name, line, stdout, stderr) => {
    const client = new FakeClient();
    seedDeployment(client);
    const r = await kubectl(testContext(client), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });

  it('patches the scale subresource', async () => {
    const client = new FakeClient();
    seedDeployment(client);
    await kubectl(testContext(client), 'scale deployment/web --replicas=5');
    expect(client.actions).toMatchObject([{ verb: 'patch', resource: 'deployments.apps', name: 'web', body: { spec: { replicas: 5 } }, opts: { subresource: 'scale', type: 'merge' } }]);
  });
});
