import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { seedDeployment, seedPod } from '../../testing/fixtures';

function cluster() {
  const client = new FakeClient();
  seedPod(client, 'web-1');
  seedPod(client, 'multi', { containers: ['app', 'sidecar'], labels: { app: 'multi' } });
  client.logText.set('default/web-1', 'line 1\nline 2\nline 3\n');
  client.logText.set('default/multi/app', 'app log\n');
  client.logText.set('default/multi/sidecar', 'sidecar log\n');
  return client;
}

describe('kubectl logs', () => {
  it.each([
    ['a pod', 'logs web-1', 'line 1\nline 2\nline 3\n', ''],
    ['the last lines', 'logs web-1 --tail=1', 'line 3\n', ''],
    ['pod/name', 'logs pod/web-1 --tail=2', 'line 2\nline 3\n', ''],
    ['default container', 'logs multi', 'app log\n', 'Defaulted container "app" out of: app, sidecar\n'],
    ['chosen container', 'logs multi -c sidecar', 'sidecar log\n', ''],
    ['unknown container', 'logs multi -c nope', '', 'error: container nope is not valid for pod multi\n'],
    ['missing pod', 'logs nope', '', 'Error from server (NotFound): pods "nope" not found\n'],
    ['no pod', 'logs', '', "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n"],
    ['selector and name', 'logs web-1 -l app=web', '', "error: only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples\n"],
    ['by selector with prefixes', 'logs -l app=web --prefix', '[pod/web-1/nginx] line 1\n[pod/web-1/nginx] line 2\n[pod/web-1/nginx] line 3\n', ''],
  ])('%s', async (_name, line, stdout, stderr) => {
    const r = await kubectl(testContext(cluster()), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });

  it('picks a pod of a deployment', async () => {
    const client = cluster();
    seedDeployment(client);
    seedPod(client, 'web-2');
    client.logText.set('default/web-2', 'other\n');
    const r = await kubectl(testContext(client), 'logs deployment/web');
    expect(r.stderr).toBe('Found 2 pods, using pod/web-1\n');
    expect(r.stdout).toBe('line 1\nline 2\nline 3\n');
  });

  it('follows new lines until Ctrl-C', async () => {
    const client = cluster();
    let ticks = 0;
    const ctx = testContext(client, {
      onSleep: (_s, c) => {
        ticks++;
        if (ticks === 1) client.logText.set('default/web-1', 'line 1\nline 2\nline 3\nline 4\n');
        if (ticks === 2) c.abort();
      },
    });
    expect(await kubectl(ctx, 'logs -f web-1 --tail=1')).toEqual({ code: 130, stdout: 'line 3\nline 4\n', stderr: '' });
  });
});

describe('kubectl logs over several streams', () => {
  it.each([
    ['every container', 'logs multi --all-containers', 'app log\nsidecar log\n', ''],
    ['every container, prefixed', 'logs multi --all-containers --prefix', '[pod/multi/app] app log\n[pod/multi/sidecar] sidecar log\n', ''],
    ['a single pod, prefixed', 'logs web-1 --prefix --tail=1', '[pod/web-1/nginx] line 3\n', ''],
    ['every container and a name', 'logs multi --all-containers -c app', '', 'error: --all-containers=true should not be specified with container name app\n'],
    ['too many streams to follow', 'logs -l app=multi --all-containers -f --max-log-requests=1', '', 'error: you are attempting to follow 2 log streams, but maximum allowed concurrency is 1, use --max-log-requests to increase the limit\n'],
  ])('%s', async (_name, line, stdout, stderr) => {
    const r = await kubectl(testContext(cluster()), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });

  it('follows every pod of a selector', async () => {
    const client = cluster();
    seedPod(client, 'web-2');
    client.logText.set('default/web-2', 'two\n');
    let ticks = 0;
    const ctx = testContext(client, {
      onSleep: (_s, c) => {
        ticks++;
        if (ticks === 1) {
          client.logText.set('default/web-1', 'line 1\nline 2\nline 3\nline 4\n');
          client.logText.set('default/web-2', 'two\nmore\n');
        }
        if (ticks === 2) c.abort();
      },
    });
    const r = await kubectl(ctx, 'logs -f -l app=web --prefix --tail=1');
    expect(r).toEqual({ code: 130, stdout: '[pod/web-1/nginx] line 3\n[pod/web-2/nginx] two\n[pod/web-1/nginx] line 4\n[pod/web-2/nginx] more\n', stderr: '' });
  });
});
