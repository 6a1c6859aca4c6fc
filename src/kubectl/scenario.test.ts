/**
 * The lesson scenario end to end against the full simulated cluster: create a deployment, list
 * and delete its pods, break it with a bad image, inspect it, and roll it back.
 */
import { describe, expect, it } from 'vitest';
import { createCluster } from '../sim';
import { kubectl, testContext } from './testing/testContext';

function setup() {
  const cluster = createCluster({ seed: 7 });
  const ctx = testContext(cluster.client, { onSleep: (s) => cluster.advance(s) });
  // kubectl reads time from the cluster's clock, as the shell host wires it.
  ctx.now = () => cluster.clock.now();
  return async (line: string) => {
    const r = await kubectl(ctx, line);
    cluster.settle(120);
    return r;
  };
}

const podRows = (table: string) => table.split('\n').slice(1).filter(Boolean);
const podNames = (table: string) => podRows(table).map((row) => row.split(/\s+/)[0]);

describe('scenario: deployment, self-healing, bad rollout, undo', () => {
  it('prints what kubectl prints at every step', async () => {
    const run = setup();
    expect(await run('create deployment web --image=nginx:1.25 --replicas=3')).toEqual({ code: 0, stdout: 'deployment.apps/web created\n', stderr: '' });

    const pods = await run('get pods');
    expect(pods.stdout.split('\n')[0]).toBe('NAME                   READY   STATUS    RESTARTS   AGE');
    expect(podRows(pods.stdout)).toHaveLength(3);
    for (const row of podRows(pods.stdout)) expect(row).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5} {3}1\/1 {5}Running {3}0 {10}\d+s$/);

    const deleted = await run('delete pods -l app=web');
    expect(deleted.stdout).toBe(podNames(pods.stdout).map((n) => `pod "${n}" deleted\n`).join(''));
    const healed = await run('get pods');
    expect(podRows(healed.stdout)).toHaveLength(3);
    expect(podNames(healed.stdout).some((n) => podNames(pods.stdout).includes(n))).toBe(false);

    expect(await run('set image deployment/web nginx=nginx:no-such-tag')).toEqual({ code: 0, stdout: 'deployment.apps/web image updated\n', stderr: '' });
    const broken = await run('get pods');
    const failing = podRows(broken.stdout).find((row) => / 0\/1 +(ErrImagePull|ImagePullBackOff) /.test(row));
    expect(failing).toBeDefined();

    const describe = await run(`describe pod ${failing?.split(/\s+/)[0]}`);
    expect(describe.stdout).toMatch(/^Name: +web-/);
    expect(describe.stdout).toContain('Failed to pull image "nginx:no-such-tag"');

    expect((await run('rollout history deployment/web')).stdout).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect(await run('rollout undo deployment/web')).toEqual({ code: 0, stdout: 'deployment.apps/web rolled back\n', stderr: '' });
    expect(podRows((await run('get pods')).stdout).every((row) => / 1\/1 +Running /.test(row))).toBe(true);
    expect((await run('rollout history deployment/web')).stdout).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n');
    expect(await run('rollout status deployment/web')).toEqual({ code: 0, stdout: 'deployment "web" successfully rolled out\n', stderr: '' });
  });
});
