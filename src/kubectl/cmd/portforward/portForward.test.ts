import { describe, expect, it } from 'vitest';
import type { ApiProxy, PortForward } from '../../context';
import { clusterSession } from '../../testing/clusterSession';

describe('kubectl port-forward and proxy', () => {
  it('registers a forward to the service\'s pod and runs until Ctrl-C', async () => {
    const s = clusterSession();
    await s.run('create deployment web --image=nginx');
    await s.run('expose deployment web --port=8080 --target-port=80');
    const forwards: PortForward[] = [];
    let stopped = 0;
    s.ctx.portForwards = { listen: (f) => (forwards.push(f), () => stopped++) };
    s.ctx.sleep = async () => {
      forwards[0].onConnection();
      s.ctx.abort();
    };
    const r = await s.run('port-forward svc/web 9000:8080');
    expect(r).toEqual({ code: 130, stdout: 'Forwarding from 127.0.0.1:9000 -> 80\nForwarding from [::1]:9000 -> 80\nHandling connection for 9000\n', stderr: '' });
    expect(forwards[0]).toMatchObject({ addresses: ['127.0.0.1', '::1'], localPort: 9000, namespace: 'default', podPort: 80 });
    expect(forwards[0].pod).toMatch(/^web-/);
    expect(stopped).toBe(1);
  });

  it('needs a target and ports', async () => {
    expect((await clusterSession().run('port-forward')).stderr).toBe("error: TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples\n");
  });

  it('serves the API to the host while kubectl proxy runs', async () => {
    const s = clusterSession();
    await s.run('create deployment web --image=nginx');
    let proxy: ApiProxy | undefined;
    s.ctx.proxies = { listen: (p) => ((proxy = p), () => undefined) };
    let answer = '';
    let missing = 0;
    s.ctx.sleep = async () => {
      answer = proxy?.handle('GET', '/api/v1/namespaces/default/pods').body ?? '';
      missing = proxy?.handle('GET', '/api/v1/namespaces/default/pods/nope').status ?? 0;
      s.ctx.abort();
    };
    expect((await s.run('proxy')).stdout).toBe('Starting to serve on 127.0.0.1:8001\n');
    const list = JSON.parse(answer) as { kind: string; items: { metadata: { name: string } }[] };
    expect(list.kind).toBe('PodList');
    expect(list.items[0].metadata.name).toMatch(/^web-/);
    expect(missing).toBe(404);
  });
});
