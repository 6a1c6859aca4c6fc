import { describe, expect, it } from 'vitest';
import { clusterSession } from '../../testing/clusterSession';

describe('kubectl events', () => {
  it('lists events oldest first with kubectl events columns', async () => {
    const s = clusterSession();
    await s.run('create deployment web --image=nginx');
    const r = await s.run('events');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$/);
    expect(lines.some((l) => /Normal +ScalingReplicaSet +Deployment\/web +Scaled up replica set web-\w+ from 0 to 1$/.test(l))).toBe(true);
    expect(lines.some((l) => /Normal +Scheduled +Pod\/web-/.test(l))).toBe(true);
  });

  it('filters by object and type', async () => {
    const s = clusterSession();
    await s.run('create deployment web --image=nginx');
    const forDeploy = (await s.run('events --for=deployment/web')).stdout.trim().split('\n');
    expect(forDeploy.slice(1).every((l) => l.includes('Deployment/web'))).toBe(true);
    expect((await s.run('events --types=Warning')).stderr).toBe('No events found in default namespace.\n');
    expect((await s.run('events --types=Foo')).stderr).toBe('error: valid --types are Normal or Warning\n');
    expect((await s.run('events --for=web')).stderr).toBe('error: --for must be in resource/name form\n');
  });

  it('adds a NAMESPACE column with -A', async () => {
    const r = await clusterSession().run('events -A');
    expect(r.stdout.split('\n')[0]).toMatch(/^NAMESPACE +LAST SEEN +TYPE/);
  });
});
