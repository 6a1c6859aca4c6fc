/**
 * `kubectl drain` against the full cluster with PodDisruptionBudgets: the eviction subresource
 * refuses (429) while the budget allows no disruption, drain retries every 5 s and gives up at
 * --timeout; the disruption controller keeps ALLOWED DISRUPTIONS right.
 */
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../sim';
import { kubectl, testContext } from '../../testing/testContext';

function setup(profile?: string) {
  const cluster = createCluster({ seed: 3, profile });
  const ctx = testContext(cluster.client, { onSleep: (s) => cluster.advance(s) });
  ctx.now = () => cluster.clock.now();
  return async (line: string) => {
    const r = await kubectl(ctx, line);
    cluster.settle(120);
    return r;
  };
}

const REFUSED = "Cannot evict pod as it would violate the pod's disruption budget.";

describe('PodDisruptionBudgets', () => {
  it.each([
    ['min-available=2 of 2', '--min-available=2', 'web    2               N/A               0                     '],
    ['min-available=1 of 2', '--min-available=1', 'web    1               N/A               1                     '],
    ['max-unavailable=50% of 2', '--max-unavailable=50%', 'web    N/A             50%               1                     '],
  ])('kubectl get pdb: %s', async (_name, flag, row) => {
    const run = setup();
    await run('create deployment web --image=nginx --replicas=2');
    await run(`create pdb web --selector=app=web ${flag}`);
    const out = (await run('get pdb')).stdout.split('\n');
    expect(out[0]).toBe('NAME   MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE');
    expect(out[1].startsWith(row)).toBe(true);
  });

  it('drain retries a refused eviction every 5 s until --timeout', async () => {
    const run = setup();
    await run('create deployment web --image=nginx --replicas=1');
    await run('create pdb web --selector=app=web --min-available=1');
    const pod = (await run('get pods -l app=web -o name')).stdout.trim().replace('pod/', '');
    const r = await run('drain minikube --pod-selector=app=web --timeout=12s');
    const retry = `error when evicting pods/"${pod}" -n "default" (will retry after 5s): ${REFUSED}\n`;
    const failure = `error when evicting pods/"${pod}" -n "default": global timeout reached: 12s`;
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`node/minikube cordoned\nevicting pod default/${pod}\n`);
    expect(r.stderr).toBe(
      retry.repeat(3) + `error: unable to drain node "minikube" due to error: ${failure}, continuing command...\nThere are pending nodes to be drained:\n minikube\nerror: ${failure}\n`,
    );
  });

  it('drain evicts as the budget allows, one pod at a time', async () => {
    const run = setup('multinode');
    await run('create deployment web --image=nginx --replicas=2');
    const nodes = (await run('get pods -l app=web -o jsonpath={.items[*].spec.nodeName}')).stdout.split(' ');
    await run('create pdb web --selector=app=web --max-unavailable=1');
    const node = nodes[0];
    const r = await run(`drain ${node} --ignore-daemonsets --pod-selector=app=web`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`node/${node} drained\\n$`));
    const status = JSON.parse((await run('get pdb web -o json')).stdout).status;
    expect(status).toMatchObject({ currentHealthy: 2, desiredHealthy: 1, disruptionsAllowed: 1, expectedPods: 2 });
  });
});
