import { describe, expect, it } from 'vitest';
import { clusterSession } from '../../testing/clusterSession';

describe('kubectl cluster-info dump', () => {
  it('prints nodes, then each namespace\'s lists as 4-space JSON, then container logs, then where it went', async () => {
    const s = clusterSession(9);
    await s.run('run web --image=nginx:1.27');
    const out = (await s.run('cluster-info dump')).stdout;
    expect(out.startsWith('{\n    "kind": "NodeList",\n    "apiVersion": "v1",\n    "metadata": {\n        "resourceVersion": "')).toBe(true);
    const kinds = [...out.matchAll(/^ {4}"kind": "(\w+)",$/gm)].map((m) => m[1]);
    const perNamespace = ['EventList', 'ReplicationControllerList', 'ServiceList', 'DaemonSetList', 'DeploymentList', 'ReplicaSetList', 'PodList'];
    expect(kinds).toEqual(['NodeList', ...perNamespace, ...perNamespace]);
    expect(out).toContain('==== START logs for container web of pod default/web ====\n');
    expect(out).toMatch(/start worker processes\n[\s\S]*==== END logs for container web of pod default\/web ====\nCluster info dumped to standard output\n$/);
    expect(out).not.toMatch(/^ {12}"kind"/m);
  });

  it('writes a folder tree with --output-directory', async () => {
    const s = clusterSession(9);
    await s.run('run web --image=nginx:1.27');
    expect((await s.run('cluster-info dump --namespaces default --output-directory=out')).stdout).toBe('Cluster info dumped to out\n');
    expect([...s.ctx.files.keys()].sort()).toEqual([
      'out/default/daemonsets.json', 'out/default/deployments.json', 'out/default/events.json', 'out/default/pods.json',
      'out/default/replicasets.json', 'out/default/replication-controllers.json', 'out/default/services.json', 'out/default/web/logs.txt', 'out/nodes.json',
    ]);
    expect(JSON.parse(s.ctx.files.get('out/default/pods.json')!).items.map((p: { metadata: { name: string } }) => p.metadata.name)).toEqual(['web']);
  });
});
