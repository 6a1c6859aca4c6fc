import { describe, expect, it } from 'vitest';
import { clusterSession } from '../../testing/clusterSession';

const CM = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  key: ${value}\n`;

describe('kubectl replace', () => {
  it('replaces an object whole, or deletes and recreates it with --force', async () => {
    const s = clusterSession(7, { 'cm1.yaml': CM('one'), 'cm2.yaml': CM('two'), 'cm3.yaml': CM('three') });
    expect((await s.run('replace -f cm1.yaml')).stderr).toBe('Error from server (NotFound): error when replacing "cm1.yaml": configmaps "cfg" not found\n');
    await s.run('create -f cm1.yaml');
    const uid = (await s.run(['get', 'cm', 'cfg', '-o', 'jsonpath={.metadata.uid}'])).stdout;
    expect(await s.run('replace -f cm2.yaml')).toEqual({ code: 0, stdout: 'configmap/cfg replaced\n', stderr: '' });
    expect((await s.run(['get', 'cm', 'cfg', '-o', 'jsonpath={.data.key}'])).stdout).toBe('two');
    expect(await s.run('replace --force -f cm3.yaml')).toEqual({ code: 0, stdout: 'configmap "cfg" deleted\nconfigmap/cfg replaced\n', stderr: '' });
    const after = await s.run(['get', 'cm', 'cfg', '-o', 'jsonpath={.metadata.uid} {.data.key}']);
    expect(after.stdout.split(' ')[1]).toBe('three');
    expect(after.stdout.split(' ')[0]).not.toBe(uid);
    expect((await s.run('replace --force --dry-run=client -f cm3.yaml')).stderr).toBe('error: --dry-run can not be used when --force is set\n');
  });
});
