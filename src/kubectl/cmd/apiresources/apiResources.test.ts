import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';

describe('kubectl api-resources', () => {
  it('lists core resources first, then groups, each sorted by name', async () => {
    const out = (await kubectl(testContext(new FakeClient()), 'api-resources')).stdout.split('\n');
    expect(out[0]).toMatch(/^NAME +SHORTNAMES +APIVERSION +NAMESPACED +KIND$/);
    expect(out[1]).toMatch(/^configmaps +cm +v1 +true +ConfigMap$/);
    expect(out.findIndex((l) => l.startsWith('deployments'))).toBeGreaterThan(out.findIndex((l) => l.startsWith('services')));
  });

  it.each([
    [
      'cluster-scoped names of a group',
      'api-resources --namespaced=false --api-group=rbac.authorization.k8s.io -o name',
      'clusterrolebindings.rbac.authorization.k8s.io\nclusterroles.rbac.authorization.k8s.io\n',
      '',
    ],
    ['one group', 'api-resources --api-group=apps -o name', 'controllerrevisions.apps\ndaemonsets.apps\ndeployments.apps\nreplicasets.apps\nstatefulsets.apps\n', ''],
    ['bad output', 'api-resources -o yaml', '', 'error: --output yaml is not available\n'],
  ])('%s', async (_name, line, stdout, stderr) => {
    const r = await kubectl(testContext(new FakeClient()), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });
});
