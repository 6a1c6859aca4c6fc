import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { PODS, seedPod } from '../../testing/fixtures';

function cluster() {
  const client = new FakeClient();
  seedPod(client, 'web-1');
  seedPod(client, 'web-2');
  seedPod(client, 'db', { labels: { app: 'db' } });
  return client;
}

const names = (out: string) => [...out.matchAll(/^Name: +(\S+)$/gm)].map((m) => m[1]);

describe('kubectl describe', () => {
  it.each([
    ['one pod', 'describe pod web-1', ['web-1']],
    ['a name prefix', 'describe pods web', ['web-1', 'web-2']],
    ['a selector', 'describe pods -l app=db', ['db']],
    ['every pod', 'describe pods', ['db', 'web-1', 'web-2']],
  ])('%s', async (_name, line, described) => {
    const r = await kubectl(testContext(cluster()), line);
    expect(r.stderr).toBe('');
    expect(names(r.stdout)).toEqual(described);
  });

  it('separates objects with a blank line', async () => {
    const out = (await kubectl(testContext(cluster()), 'describe pods web')).stdout;
    expect(out).toMatch(/\n\n\nName: +web-2\n/);
  });

  it.each([
    ['nothing matches', 'describe pod nope', 'Error from server (NotFound): pods "nope" not found\n'],
    ['no type', 'describe', 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n'],
    ['empty namespace', 'describe pods -n prod', 'No resources found in prod namespace.\n'],
  ])('%s', async (_name, line, stderr) => {
    expect((await kubectl(testContext(cluster()), line)).stderr).toBe(stderr);
  });
});

describe('kubectl describe pvc', () => {
  const withClaim = (mounts: string[]) => {
    const client = cluster();
    client.seed({ group: '', version: 'v1', resource: 'persistentvolumeclaims' }, { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'www-web-0', namespace: 'default' }, spec: {}, status: { phase: 'Bound' } });
    for (const name of mounts) {
      client.seed(PODS, { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { containers: [{ name: 'nginx', image: 'nginx' }], volumes: [{ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } }] } });
    }
    return client;
  };
  it.each([
    ['no pod mounts it', [], 'Used By:       <none>\n'],
    ['the pods mounting it, fetched alongside the claim', ['web-0'], 'Used By:       web-0\n'],
  ])('Used By: %s', async (_name, mounts, usedBy) => {
    const r = await kubectl(testContext(withClaim(mounts)), 'describe pvc www-web-0');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(usedBy);
  });
});
