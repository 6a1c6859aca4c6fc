import { describe, expect, it } from 'vitest';
import { clusterSession } from '../../testing/clusterSession';

describe('kubectl edit', () => {
  it('applies what the editor changed and reports cancellations', async () => {
    const s = clusterSession();
    await s.run('create deployment web --image=nginx');
    let seen = '';
    s.ctx.edit = async (filename, text) => {
      seen = `${filename}\n${text}`;
      return text.replace('replicas: 1', 'replicas: 3');
    };
    expect(await s.run('edit deployment/web')).toEqual({ code: 0, stdout: 'deployment.apps/web edited\n', stderr: '' });
    expect(seen).toMatch(/^\/tmp\/kubectl-edit-\d+\.yaml\n# Please edit the object below\./);
    expect(seen).not.toContain('managedFields');
    expect((await s.run(['get', 'deploy', 'web', '-o', 'jsonpath={.spec.replicas}'])).stdout).toBe('3');

    s.ctx.edit = async (_f, text) => text;
    expect((await s.run('edit deployment web')).stdout).toBe('Edit cancelled, no changes made.\n');
    s.ctx.edit = async () => undefined;
    expect((await s.run('edit deployment web')).stdout).toBe('Edit cancelled, no changes made.\n');
  });

  it('names the editor it cannot launch when the host has none', async () => {
    const s = clusterSession();
    await s.run('create deployment web --image=nginx');
    expect((await s.run('edit deployment/web')).stderr).toBe('error: unable to launch the editor "vi"\n');
    s.ctx.getenv = (name) => (name === 'KUBE_EDITOR' ? 'nano' : undefined);
    expect((await s.run('edit deployment/web')).stderr).toBe('error: unable to launch the editor "nano"\n');
  });
});
