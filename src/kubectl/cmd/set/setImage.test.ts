import { describe, expect, it } from 'vitest';
import type { Deployment } from 'kubernetes-types/apps/v1';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { DEPLOYMENTS, seedDeployment } from '../../testing/fixtures';

describe('kubectl set image', () => {
  it.each([
    ['type/name', 'set image deployment/web nginx=nginx:no-such-tag', 'deployment.apps/web image updated\n', '', 'nginx:no-such-tag'],
    ['type name', 'set image deployment web nginx=nginx:1.26', 'deployment.apps/web image updated\n', '', 'nginx:1.26'],
    ['every container', 'set image deploy/web *=nginx:1.27', 'deployment.apps/web image updated\n', '', 'nginx:1.27'],
    ['unchanged image prints nothing', 'set image deployment/web nginx=nginx:1.25', '', '', 'nginx:1.25'],
    ['unknown container', 'set image deployment/web redis=redis:7', '', 'error: unable to find container named "redis"\n', 'nginx:1.25'],
    ['client dry run', 'set image deployment/web nginx=nginx:1.26 --dry-run=client', 'deployment.apps/web image updated (dry run)\n', '', 'nginx:1.25'],
    ['no image given', 'set image deployment/web', '', 'error: at least one image update is required\n', 'nginx:1.25'],
    ['missing deployment', 'set image deployment/nope nginx=x', '', 'Error from server (NotFound): deployments.apps "nope" not found\n', 'nginx:1.25'],
  ])('%s', async (_name, line, stdout, stderr, image) => {
    const client = new FakeClient();
    seedDeployment(client);
    const r = await kubectl(testContext(client), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
    expect(client.get<Deployment>(DEPLOYMENTS, 'web').spec?.template?.spec?.containers?.[0].image).toBe(image);
  });

  it('sends a strategic merge patch keyed by container name', async () => {
    const client = new FakeClient();
    seedDeployment(client);
    await kubectl(testContext(client), 'set image deployment/web nginx=nginx:1.26');
    expect(client.actions.find((a) => a.verb === 'patch')).toMatchObject({
      body: { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] } } } },
      opts: { type: 'strategic', fieldManager: 'kubectl-set' },
    });
  });

  it('records the command line as the change cause with --record', async () => {
    const client = new FakeClient();
    seedDeployment(client);
    const r = await kubectl(testContext(client), 'set image deployment/web nginx=nginx:1.26 --record');
    expect(r.stderr).toBe('Flag --record has been deprecated, --record will be removed in the future\n');
    expect(client.get<Deployment>(DEPLOYMENTS, 'web').metadata.annotations?.['kubernetes.io/change-cause']).toBe('kubectl set image deployment/web nginx=nginx:1.26 --record=true');
  });
});
