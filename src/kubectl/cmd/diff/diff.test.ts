import { describe, expect, it } from 'vitest';
import { clusterSession } from '../../testing/clusterSession';

const CM = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  key: ${value}\n`;

describe('kubectl diff', () => {
  it('prints a unified diff of live against merged and exits 1; 0 when nothing changes', async () => {
    const s = clusterSession(7, { 'one.yaml': CM('one'), 'two.yaml': CM('two') });
    const created = await s.run('diff -f one.yaml');
    expect(created.code).toBe(1);
    const lines = created.stdout.split('\n');
    expect(lines[0]).toMatch(/^diff -u -N \/tmp\/LIVE-\d+\/v1\.ConfigMap\.default\.cfg \/tmp\/MERGED-\d+\/v1\.ConfigMap\.default\.cfg$/);
    expect(lines[1]).toMatch(/^--- \/tmp\/LIVE-\d+\/v1\.ConfigMap\.default\.cfg\t1970-01-01 00:00:00\.000000000 \+0000$/);
    expect(lines[3]).toMatch(/^@@ -0,0 \+1,\d+ @@$/);
    expect(lines).toContain('+  key: one');

    await s.run('apply -f one.yaml');
    expect(await s.run('diff -f one.yaml')).toEqual({ code: 0, stdout: '', stderr: '' });
    const changed = await s.run('diff -f two.yaml');
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('\n-  key: one\n+  key: two\n');
  });
});
