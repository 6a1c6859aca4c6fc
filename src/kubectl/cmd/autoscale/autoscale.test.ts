import { describe, expect, it } from 'vitest';
import { clusterSession } from '../../testing/clusterSession';

describe('kubectl autoscale', () => {
  it('creates an autoscaling/v2 HPA for a deployment', async () => {
    const s = clusterSession();
    await s.run('create deployment web --image=nginx');
    expect(await s.run('autoscale deployment web --cpu-percent=50 --min=1 --max=10')).toEqual({
      code: 0,
      stdout: 'horizontalpodautoscaler.autoscaling/web autoscaled\n',
      stderr: '',
    });
    const spec = await s.run(['get', 'hpa', 'web', '-o', 'jsonpath={.spec}']);
    expect(JSON.parse(spec.stdout)).toEqual({
      maxReplicas: 10,
      minReplicas: 1,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }],
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
    });
  });

  it('prints the object kubectl would send on a client dry run', async () => {
    const s = clusterSession();
    await s.run('create deployment web --image=nginx');
    expect((await s.run('autoscale deploy/web --max=3 --name=web-hpa --dry-run=client -o yaml')).stdout).toBe(
      'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  creationTimestamp: null\n  name: web-hpa\nspec:\n  maxReplicas: 3\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\nstatus:\n  desiredReplicas: 0\n',
    );
  });

  it.each([
    ['max missing', 'autoscale deployment web', 'error: required flag(s) "max" not set\n'],
    ['max zero', 'autoscale deployment web --max=0', 'error: --max=MAXPODS is required and must be at least 1, max: 0\n'],
    ['max below min', 'autoscale deployment web --max=1 --min=3', 'error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: 1, min: 3\n'],
    ['not scalable', 'autoscale service kubernetes --max=3', 'error: cannot autoscale a Service\n'],
    ['missing', 'autoscale deployment nope --max=3', 'Error from server (NotFound): deployments.apps "nope" not found\n'],
  ])('%s', async (_name, line, stderr) => {
    const s = clusterSession();
    await s.run('create deployment web --image=nginx');
    expect((await s.run(line)).stderr).toBe(stderr);
  });
});
