import { describe, expect, it } from 'vitest';
import { clusterSession } from '../../testing/clusterSession';

async function session() {
  const s = clusterSession(7, { 'cols.txt': 'NAME          REPLICAS\n.metadata.name   .spec.replicas\n' });
  await s.run('create deployment web --image=nginx --replicas=2');
  await s.run('create deployment api --image=nginx --replicas=10');
  await s.run('create deployment db --image=nginx --replicas=1');
  await s.run('expose deployment web --port=80 --type=NodePort');
  return s;
}

describe('kubectl get output options', () => {
  it('sorts by a field, numerically and by name', async () => {
    const s = await session();
    const byReplicas = await s.run('get deploy --sort-by=.spec.replicas -o name');
    expect(byReplicas.stdout).toBe('deployment.apps/db\ndeployment.apps/web\ndeployment.apps/api\n');
    const byName = await s.run('get deploy --sort-by={.metadata.name} -o name');
    expect(byName.stdout).toBe('deployment.apps/api\ndeployment.apps/db\ndeployment.apps/web\n');
    expect((await s.run('get deploy --sort-by=.spec.nope')).stderr).toBe('error: couldn\'t find any field with path "{.spec.nope}" in the list of objects\n');
  });

  it('prints go-templates over lists, as the tutorials use them', async () => {
    const s = await session();
    const names = await s.run(['get', 'deploy', '-o', 'go-template', '--template', '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}']);
    expect(names.stdout).toBe('api\ndb\nweb\n');
    const port = await s.run(['get', 'services/web', '-o', 'go-template={{(index .spec.ports 0).nodePort}}']);
    expect(port.stdout).toMatch(/^3\d{4}$/);
  });

  it('reads custom columns from a file', async () => {
    const s = await session();
    expect((await s.run('get deploy -o custom-columns-file=cols.txt')).stdout).toBe('NAME   REPLICAS\napi    10\ndb     1\nweb    2\n');
  });

  it('shows label columns and kinds', async () => {
    const s = await session();
    const r = await s.run('get deploy web -L app --show-kind');
    expect(r.stdout.split('\n')[0]).toBe('NAME                  READY   UP-TO-DATE   AVAILABLE   AGE   APP');
    expect(r.stdout.split('\n')[1]).toMatch(/^deployment\.apps\/web +2\/2 .* web$/);
  });

  it('prints watch events with --output-watch-events', async () => {
    const s = await session();
    let steps = 0;
    s.ctx.sleep = async () => {
      if (++steps === 1) await s.cluster.client.delete({ group: 'apps', resource: 'deployments' }, 'db', { namespace: 'default' });
      else s.ctx.abort();
    };
    const r = await s.run('get deploy db --watch --output-watch-events');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('EVENT   NAME   READY   UP-TO-DATE   AVAILABLE   AGE');
    expect(lines[1]).toMatch(/^ADDED +db +1\/1/);
    expect(lines.some((l) => /^(MODIFIED|DELETED) +db/.test(l))).toBe(true);
    expect(r.code).toBe(130);
  });
});
