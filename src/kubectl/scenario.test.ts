/**
 * The lesson scenario end to end against the full simulated cluster: create a deployment, list
 * and delete its pods, break it with a bad image, inspect it, and roll it back.
 */
import { describe, expect, it } from 'vitest';
import { createCluster } from '../sim/cluster/createCluster';
import { kubectl, testContext } from './testing/testContext';

function setup() {
  const cluster = createCluster({ seed: 7 });
  const ctx = testContext(cluster.client, { startMs: cluster.clock.now(), onSleep: (s) => cluster.advance(s) });
  // kubectl reads time from the cluster's clock, as the shell host wires it.
  ctx.now = () => cluster.clock.now();
  const run = async (line: string) => {
    const r = await kubectl(ctx, line);
    cluster.settle(120);
    return r;
  };
  return { cluster, ctx, run };
}

describe('scenario: deployment, self-healing, bad rollout, undo', () => {
  it('runs with kubectl output', async () => {
    const { run } = setup();
    expect(await run('create deployment web --image=nginx:1.25 --replicas=3')).toEqual({ code: 0, stdout: 'deployment.apps/web created\n', stderr: '' });
    const pods = await run('get pods');
    console.log(pods.stdout, pods.stderr);
    const del = await run('delete pods -l app=web');
    console.log(del.stdout, del.stderr);
    console.log((await run('get pods')).stdout);
    const set = await run('set image deployment/web nginx=nginx:no-such-tag');
    console.log(set);
    console.log((await run('get pods')).stdout);
    console.log((await run('rollout history deployment/web')));
    const name = (await run('get pods -o name')).stdout.split('\n').filter(Boolean).pop()!.split('/')[1];
    console.log((await run(`describe pod ${name}`)).stdout);
    console.log(await run('rollout undo deployment/web'));
    console.log((await run('get pods')).stdout);
    console.log(await run('rollout history deployment/web'));
    console.log(await run('rollout status deployment/web'));
  });
});
