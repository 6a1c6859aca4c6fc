import { describe, expect, it } from 'vitest';
import type { Node } from 'kubernetes-types/core/v1';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { NODES, seedNode, seedPod } from '../../testing/fixtures';

function cluster() {
  const client = new FakeClient();
  seedNode(client, 'node-1');
  seedNode(client, 'node-2', true);
  seedPod(client, 'web-1', { owner: { kind: 'ReplicaSet', name: 'web-abc' } });
  return client;
}

describe('kubectl cordon / uncordon', () => {
  it.each([
    ['cordon', 'cordon node-1', 'node/node-1 cordoned\n', '', true],
    ['cordon twice', 'cordon node-2', 'node/node-2 already cordoned\n', '', true],
    ['uncordon', 'uncordon node-2', 'node/node-2 uncordoned\n', '', undefined],
    ['uncordon a schedulable node', 'uncordon node-1', 'node/node-1 already uncordoned\n', '', undefined],
    ['no node', 'cordon', '', "error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n", undefined],
    ['missing node', 'cordon nope', '', 'Error from server (NotFound): nodes "nope" not found\n', undefined],
  ])('%s', async (_name, line, stdout, stderr, unschedulable) => {
    const client = cluster();
    const r = await kubectl(testContext(client), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
    const node = line.split(' ')[1] ?? 'node-1';
    if (!stderr) expect(client.get<Node>(NODES, node).spec?.unschedulable).toBe(unschedulable);
  });
});

describe('kubectl drain', () => {
  it('cordons, evicts through the eviction subresource and reports', async () => {
    const client = cluster();
    seedPod(client, 'proxy', { owner: { kind: 'DaemonSet', name: 'kube-proxy' }, labels: { k8s: 'proxy' } });
    const r = await kubectl(testContext(client), 'drain node-1 --ignore-daemonsets');
    expect(r).toEqual({
      code: 0,
      stdout: 'node/node-1 cordoned\nevicting pod default/web-1\npod/web-1 evicted\nnode/node-1 drained\n',
      stderr: 'Warning: ignoring DaemonSet-managed Pods: default/proxy\n',
    });
    expect(client.actions.filter((a) => a.verb === 'createSubresource').map((a) => a.resource)).toEqual(['pods/eviction']);
  });

  it('refuses pods without a controller unless forced', async () => {
    const client = cluster();
    seedPod(client, 'bare', { labels: { x: 'y' } });
    const r = await kubectl(testContext(client), 'drain node-1');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('node/node-1 cordoned\n');
    expect(r.stderr).toBe(
      'error: unable to drain node "node-1" due to error: cannot delete Pods declare no controller (use --force to override): default/bare, continuing command...\n' +
        'There are pending nodes to be drained:\n node-1\n' +
        'error: cannot delete Pods declare no controller (use --force to override): default/bare\n',
    );
  });

  it('lists every kind of refusal', async () => {
    const client = cluster();
    seedPod(client, 'bare', { labels: { x: 'y' } });
    seedPod(client, 'proxy', { owner: { kind: 'DaemonSet', name: 'kube-proxy' } });
    const r = await kubectl(testContext(client), 'drain node-1');
    expect(r.stderr.split('\n').slice(-3).join('\n')).toBe(
      'cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): default/proxy\ncannot delete Pods declare no controller (use --force to override): default/bare\n',
    );
  });

  it('deletes unmanaged pods with --force, with a warning', async () => {
    const client = cluster();
    seedPod(client, 'bare', { labels: { x: 'y' } });
    const r = await kubectl(testContext(client), 'drain node-1 --force');
    expect(r.stderr).toBe('Warning: deleting Pods that declare no controller: default/bare\n');
    expect(r.stdout).toBe('node/node-1 cordoned\nevicting pod default/bare\nevicting pod default/web-1\npod/bare evicted\npod/web-1 evicted\nnode/node-1 drained\n');
  });

  it('refuses emptyDir data without --delete-emptydir-data', async () => {
    const client = cluster();
    seedPod(client, 'cache', { owner: { kind: 'ReplicaSet', name: 'cache' }, emptyDir: true });
    const r = await kubectl(testContext(client), 'drain node-1');
    expect(r.stderr).toContain('error: cannot delete Pods with local storage (use --delete-emptydir-data to override): default/cache\n');
  });
});
