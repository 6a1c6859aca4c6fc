import { describe, expect, it } from 'vitest';
import type { Deployment } from 'kubernetes-types/apps/v1';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { DEPLOYMENTS, seedDeployment, seedPod, seedReplicaSet } from '../../testing/fixtures';

function withHistory() {
  const client = new FakeClient();
  seedDeployment(client, 'nginx:no-such-tag');
  seedReplicaSet(client, 1, 'nginx:1.25', 'aaaaa', 3);
  seedReplicaSet(client, 2, 'nginx:no-such-tag', 'bbbbb', 1, 'kubectl set image deployment/web nginx=nginx:no-such-tag');
  return { client, ctx: testContext(client) };
}

describe('kubectl rollout history', () => {
  it('prints one row per revision with its change cause', async () => {
    const { ctx } = withHistory();
    expect(await kubectl(ctx, 'rollout history deployment/web')).toEqual({
      code: 0,
      stdout: 'deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         kubectl set image deployment/web nginx=nginx:no-such-tag\n\n',
      stderr: '',
    });
  });

  it.each([
    ['no resource', 'rollout history', 'error: required resource not specified\n'],
    ['missing deployment', 'rollout history deployment/nope', 'Error from server (NotFound): deployments.apps "nope" not found\n'],
    ['a kind without history', 'rollout history pod/web-1', 'error: no history viewer has been implemented for "Pod"\n'],
    ['a kind that does not restart', 'rollout restart pod/web-1', 'error: pods "web-1" restarting is not supported\n'],
    ['a kind without a rollbacker', 'rollout undo pod/web-1', 'error: no rollbacker has been implemented for "Pod"\n'],
  ])('%s', async (_name, line, stderr) => {
    const { client, ctx } = withHistory();
    seedPod(client, 'web-1');
    const r = await kubectl(ctx, line);
    expect(r.stderr).toBe(stderr);
    expect(r.code).toBe(1);
  });
});

describe('kubectl rollout undo', () => {
  it('restores the previous revision template with a JSON patch', async () => {
    const { client, ctx } = withHistory();
    expect(await kubectl(ctx, 'rollout undo deployment/web')).toEqual({ code: 0, stdout: 'deployment.apps/web rolled back\n', stderr: '' });
    const d = client.get<Deployment>(DEPLOYMENTS, 'web');
    expect(d.spec?.template?.spec?.containers?.[0].image).toBe('nginx:1.25');
    expect(d.spec?.template?.metadata?.labels).toEqual({ app: 'web' });
    const patch = client.actions.find((a) => a.verb === 'patch');
    expect(patch?.opts).toMatchObject({ type: 'json' });
  });

  it('skips when the template already matches', async () => {
    const { ctx } = withHistory();
    const r = await kubectl(ctx, 'rollout undo deployment/web --to-revision=2');
    expect(r.stdout).toBe('deployment.apps/web skipped rollback (current template already matches revision 2)\n');
  });

  it.each([
    ['unknown revision', 'rollout undo deployment/web --to-revision=9', 'error: unable to find specified revision 9 in history\n'],
    ['bad revision flag', 'rollout undo deployment/web --to-revision=x', 'Error: invalid argument "x" for "--to-revision" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl rollout undo --help\' for usage.\n'],
  ])('%s', async (_name, line, stderr) => {
    const { ctx } = withHistory();
    expect((await kubectl(ctx, line)).stderr).toBe(stderr);
  });

  it('refuses a paused deployment', async () => {
    const { client, ctx } = withHistory();
    client.patch(DEPLOYMENTS, 'web', 'merge', { spec: { paused: true } });
    expect((await kubectl(ctx, 'rollout undo deployment/web')).stderr).toBe(
      "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n",
    );
  });

  it('has no history to go back to with a single revision', async () => {
    const client = new FakeClient();
    seedDeployment(client);
    seedReplicaSet(client, 1, 'nginx:1.25', 'aaaaa', 3);
    expect((await kubectl(testContext(client), 'rollout undo deployment web')).stderr).toBe('error: no rollout history found for deployment "web"\n');
  });
});

describe('kubectl rollout status', () => {
  it('prints each status until the rollout completes', async () => {
    const client = new FakeClient();
    seedDeployment(client);
    client.patch(DEPLOYMENTS, 'web', 'merge', { status: { updatedReplicas: 1, availableReplicas: 3, replicas: 4 } });
    const steps = [
      { updatedReplicas: 3, replicas: 4, availableReplicas: 3 },
      { updatedReplicas: 3, replicas: 3, availableReplicas: 2 },
      { updatedReplicas: 3, replicas: 3, availableReplicas: 3 },
    ];
    const ctx = testContext(client, { onSleep: () => void (steps.length && client.patch(DEPLOYMENTS, 'web', 'merge', { status: steps.shift() })) });
    expect(await kubectl(ctx, 'rollout status deployment/web')).toEqual({
      code: 0,
      stdout: [
        'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...',
        'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...',
        'Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...',
        'deployment "web" successfully rolled out',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('fails when the progress deadline is exceeded', async () => {
    const client = new FakeClient();
    seedDeployment(client);
    client.patch(DEPLOYMENTS, 'web', 'merge', { status: { conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] } });
    expect(await kubectl(testContext(client), 'rollout status deploy/web')).toEqual({ code: 1, stdout: '', stderr: 'error: deployment "web" exceeded its progress deadline\n' });
  });

  it('stops on Ctrl-C', async () => {
    const client = new FakeClient();
    seedDeployment(client);
    client.patch(DEPLOYMENTS, 'web', 'merge', { status: { updatedReplicas: 1 } });
    const ctx = testContext(client, { onSleep: (_s, c) => c.abort() });
    expect((await kubectl(ctx, 'rollout status deployment/web')).code).toBe(130);
  });
});

describe('kubectl rollout pause|resume|restart', () => {
  it.each([
    ['pause', 'rollout pause deployment/web', 'deployment.apps/web paused\n', ''],
    ['resume an unpaused deployment', 'rollout resume deployment/web', '', 'error: deployments.apps "web" is not paused\n'],
    ['restart', 'rollout restart deployment/web', 'deployment.apps/web restarted\n', ''],
  ])('%s', async (_name, line, stdout, stderr) => {
    const client = new FakeClient();
    seedDeployment(client);
    const r = await kubectl(testContext(client), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });

  it('restart stamps the pod template with the time', async () => {
    const client = new FakeClient();
    seedDeployment(client);
    await kubectl(testContext(client, { startMs: Date.UTC(2024, 5, 1, 12, 0, 0) }), 'rollout restart deployment/web');
    expect(client.get<Deployment>(DEPLOYMENTS, 'web').spec?.template?.metadata?.annotations).toEqual({ 'kubectl.kubernetes.io/restartedAt': '2024-06-01T12:00:00Z' });
  });

  it('pause twice says it already is', async () => {
    const client = new FakeClient();
    seedDeployment(client);
    const ctx = testContext(client);
    await kubectl(ctx, 'rollout pause deployment/web');
    expect((await kubectl(ctx, 'rollout pause deployment/web')).stderr).toBe('error: deployments.apps "web" is already paused\n');
  });
});
