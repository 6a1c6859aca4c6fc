import { describe, expect, it } from 'vitest';
import { SimHost } from './simHost';

describe('interactive container shells', () => {
  it('kubectl run -it --rm opens a shell in the pod, and exit deletes it', async () => {
    const host = new SimHost({ seed: 3 });
    const run = await host.exec('kubectl run bb --image=busybox --restart=Never -it --rm -- sh');
    expect(run.stderr).toBe("If you don't see a command prompt, try pressing enter.\n");
    expect(host.prompt()).toBe('/ # ');
    expect((await host.exec('hostname')).stdout).toBe('bb\n');
    expect((await host.exec('echo hi > /tmp/f; cat /tmp/f')).stdout).toBe('hi\n');
    const exit = await host.exec('exit');
    expect(exit.stdout).toBe('pod "bb" deleted\n');
    expect(host.prompt()).toBe('$ ');
    expect((await host.exec('kubectl get pod bb')).stderr).toBe('Error from server (NotFound): pods "bb" not found\n');
  });

  it('kubectl exec -it keeps the pod and returns to the learner’s shell', async () => {
    const host = new SimHost({ seed: 4 });
    await host.exec('kubectl run web --image=nginx');
    await host.exec('kubectl exec -it web -- bash');
    expect(host.prompt()).toBe('root@web:/# ');
    expect((await host.exec('cat /usr/share/nginx/html/index.html | grep -c nginx')).exitCode).toBe(0);
    await host.exec('exit');
    expect((await host.exec('kubectl get pod web -o name')).stdout).toBe('pod/web\n');
  });

  it('kubectl debug -it opens a shell in the ephemeral container, with its image\'s prompt', async () => {
    const host = new SimHost({ seed: 7 });
    await host.exec('kubectl run web --image=nginx');
    const r = await host.exec('kubectl debug -it web --image=ubuntu -c dbg --profile=general');
    expect(r.stderr).toBe("If you don't see a command prompt, try pressing enter.\n");
    expect(host.prompt()).toBe('root@web:/# ');
    expect((await host.exec('hostname')).stdout).toBe('web\n');
    const exit = await host.exec('exit');
    expect(exit.stdout).toBe("Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach web -c dbg -i -t' if it is still running\n");
    expect(host.prompt()).toBe('$ ');
  });

  it('refuses a shell the image does not have, as the runtime does', async () => {
    const host = new SimHost({ seed: 5 });
    await host.exec('kubectl run bb --image=busybox -- sleep 3600');
    const r = await host.exec('kubectl exec -it bb -- bash');
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('executable file not found in $PATH');
    expect(host.prompt()).toBe('$ ');
  });
});

describe('a stopped cluster', () => {
  it('refuses kubectl requests until minikube start, while client-only commands work', async () => {
    const host = new SimHost({ seed: 6 });
    await host.exec('minikube stop');
    const refused = await host.exec('kubectl get pods');
    expect(refused.stderr).toBe('The connection to the server 192.168.49.2:8443 was refused - did you specify the right host or port?\n');
    expect(refused.exitCode).toBe(1);
    expect((await host.exec('kubectl version --client')).exitCode).toBe(0);
    await host.exec('minikube start');
    expect((await host.exec('kubectl get nodes')).stdout).toMatch(/minikube\s+Ready/);
  });
});
