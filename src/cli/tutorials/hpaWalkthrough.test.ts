/** kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale-walkthrough/, command by command. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Tutorial, examplesFetch, table } from './tutorialDriver';

beforeEach(() => vi.stubGlobal('fetch', examplesFetch));
afterEach(() => vi.unstubAllGlobals());

const LOAD = `/bin/sh -c "while sleep 0.01; do wget -q -O- http://php-apache; done"`;
const hpaRow = async (t: Tutorial) => table(await t.ok('kubectl get hpa php-apache'))[0];
const percent = (targets: string) => Number(/^cpu: (\d+)%\/50%$/.exec(targets)?.[1]);

describe('HorizontalPodAutoscaler Walkthrough', () => {
  it('scales php-apache to about 7 replicas under one load generator and back to 1 after the window', async () => {
    const t = new Tutorial();
    expect(await t.output('minikube addons enable metrics-server')).toContain("The 'metrics-server' addon is enabled");
    expect(await t.ok('kubectl apply -f https://k8s.io/examples/application/php-apache.yaml')).toBe('deployment.apps/php-apache created\nservice/php-apache created\n');
    expect(await t.ok('kubectl autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10')).toBe('horizontalpodautoscaler.autoscaling/php-apache autoscaled\n');
    const fresh = await t.ok('kubectl get hpa');
    expect(fresh.split('\n')[0]).toMatch(/^NAME +REFERENCE +TARGETS +MINPODS +MAXPODS +REPLICAS +AGE$/);
    expect(table(fresh)[0]).toMatchObject({ NAME: 'php-apache', REFERENCE: 'Deployment/php-apache', MINPODS: '1', MAXPODS: '10', REPLICAS: '1' });
    await t.ok('sleep 90');
    expect(await hpaRow(t)).toMatchObject({ TARGETS: 'cpu: 0%/50%', REPLICAS: '1' });

    // The page runs it with -i --tty and stops it with Ctrl-C; detached, `kubectl delete` stops it.
    expect(await t.ok(`kubectl run load-generator --image=busybox:1.28 --restart=Never -- ${LOAD}`)).toBe('pod/load-generator created\n');
    const seen: { targets: string; replicas: number }[] = [];
    for (let i = 0; i < 12; i++) {
      await t.ok('sleep 15');
      const row = await hpaRow(t);
      seen.push({ targets: row.TARGETS, replicas: Number(row.REPLICAS) });
    }
    // The first pod, throttled at its 500m limit, reads 250% before the new replicas count
    // (status lags a sync behind), then replicas climb and settle near 50%.
    expect(seen.some((s) => s.targets === 'cpu: 250%/50%' && s.replicas <= 2)).toBe(true);
    // The page ends at 7; the exact count depends on request costs, so "about 7", but settled.
    const settled = seen[seen.length - 1].replicas;
    expect(settled).toBeGreaterThanOrEqual(6);
    expect(settled).toBeLessThanOrEqual(8);
    expect(new Set(seen.slice(-4).map((s) => s.replicas))).toEqual(new Set([settled]));
    const deployment = table(await t.ok('kubectl get deployment php-apache'))[0];
    expect(deployment['UP-TO-DATE']).toBe(String(settled));

    await t.ok('kubectl delete pod load-generator');
    await t.ok('sleep 60');
    const quiet = await hpaRow(t);
    expect(percent(quiet.TARGETS)).toBe(0);
    // Within the 300 s scale-down stabilization window nothing shrinks yet.
    expect(quiet.REPLICAS).toBe(String(settled));
    await t.ok('sleep 300');
    expect(await hpaRow(t)).toMatchObject({ TARGETS: 'cpu: 0%/50%', REPLICAS: '1' });
    expect(table(await t.ok('kubectl get deployment php-apache'))[0]).toMatchObject({ READY: '1/1', 'UP-TO-DATE': '1', AVAILABLE: '1' });
  });
});
