import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { PODS, seedDeployment, seedPod } from '../../testing/fixtures';

function cluster() {
  const client = new FakeClient();
  seedDeployment(client);
  seedPod(client, 'web-1');
  seedPod(client, 'web-2');
  seedPod(client, 'db', { labels: { app: 'db' } });
  return client;
}

describe('kubectl delete', () => {
  it.each([
    ['by name', 'delete pod web-1', 'pod "web-1" deleted\n', ''],
    ['several names', 'delete pods web-1 web-2', 'pod "web-1" deleted\npod "web-2" deleted\n', ''],
    ['type/name', 'delete deployment/web', 'deployment.apps "web" deleted\n', ''],
    ['by label', 'delete pods -l app=web', 'pod "web-1" deleted\npod "web-2" deleted\n', ''],
    ['all', 'delete pods --all', 'pod "db" deleted\npod "web-1" deleted\npod "web-2" deleted\n', ''],
    ['nothing selected', 'delete pods -l app=nope', 'No resources found\n', ''],
    ['missing', 'delete pod nope', '', 'Error from server (NotFound): pods "nope" not found\n'],
    ['missing but ignored', 'delete pod nope --ignore-not-found', '', ''],
    ['some missing', 'delete pod web-1 nope', 'pod "web-1" deleted\n', 'Error from server (NotFound): pods "nope" not found\n'],
    ['force', 'delete pod web-1 --force', 'pod "web-1" deleted\n', 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n'],
    ['client dry run', 'delete pod web-1 --dry-run=client', 'pod "web-1" deleted (dry run)\n', ''],
    ['force with a grace period', 'delete pod web-1 --force --grace-period=5', '', 'error: --force and --grace-period greater than 0 cannot be specified together\n'],
  ])('%s', async (_name, line, stdout, stderr) => {
    const r = await kubectl(testContext(cluster()), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
    expect(r.code).toBe(stderr && !stderr.startsWith('Warning') ? 1 : 0);
  });

  it.each([
    ['default', 'delete pod web-1', { propagationPolicy: 'Background' }],
    ['--now', 'delete pod web-1 --now', { propagationPolicy: 'Background', gracePeriodSeconds: 1 }],
    ['--grace-period=0 without --force', 'delete pod web-1 --grace-period=0', { gracePeriodSeconds: 1 }],
    ['--force', 'delete pod web-1 --force', { gracePeriodSeconds: 0 }],
    ['--cascade=orphan', 'delete pod web-1 --cascade=orphan', { propagationPolicy: 'Orphan' }],
    ['--cascade=foreground', 'delete pod web-1 --cascade=foreground', { propagationPolicy: 'Foreground' }],
  ])('sends delete options: %s', async (_name, line, opts) => {
    const client = cluster();
    await kubectl(testContext(client), line);
    expect(client.actions.find((a) => a.verb === 'delete')?.opts).toMatchObject(opts);
  });

  it('waits until the object is gone', async () => {
    const client = cluster();
    const original = client.delete.bind(client);
    // Graceful deletion: the pod lingers for three seconds after the DELETE.
    client.delete = (r, name, opts) => client.get(r, name, opts);
    let slept = 0;
    const ctx = testContext(client, {
      onSleep: () => {
        if (++slept === 3) original(PODS, 'web-1', {});
      },
    });
    expect(await kubectl(ctx, 'delete pod web-1')).toEqual({ code: 0, stdout: 'pod "web-1" deleted\n', stderr: '' });
    expect(slept).toBe(3);
  });

  it('does not wait with --wait=false', async () => {
    const client = cluster();
    client.delete = (r, name, opts) => client.get(r, name, opts);
    let slept = 0;
    await kubectl(testContext(client, { onSleep: () => void slept++ }), 'delete pod web-1 --wait=false');
    expect(slept).toBe(0);
  });

  it('deletes what a file names', async () => {
    const ctx = testContext(cluster(), { files: { 'web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n' } });
    expect((await kubectl(ctx, 'delete -f web.yaml')).stdout).toBe('deployment.apps "web" deleted\n');
  });
});
