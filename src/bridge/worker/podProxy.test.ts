import { describe, expect, it } from 'vitest';
/** The API server's pods/proxy and services/proxy, as `kubectl proxy` relays them (hostListeners' dialPod). */
import { SimHost } from './simHost';
import { hostListeners } from './hostListeners';
import type { KubectlContext } from '../../kubectl/context';
import { serveApi } from '../../kubectl/cmd/proxy/apiRoutes';

async function bootcamp() {
  const host = new SimHost({ seed: 1 });
  await host.exec('kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1');
  await host.exec('kubectl expose deployment/kubernetes-bootcamp --port 8080');
  await host.exec('kubectl create service clusterip empty --tcp=80:80');
  const pod = (await host.exec("kubectl get pods -o jsonpath='{.items[0].metadata.name}'")).stdout;
  const ctx = { client: host.cluster.client, dialPod: hostListeners(() => host.cluster.network).dialPod } as unknown as KubectlContext;
  return { ctx, pod };
}

describe('pods/proxy and services/proxy through kubectl proxy', () => {
  const cases: { name: string; path: (pod: string) => string; status: number; body: string | RegExp }[] = [
    { name: 'a pod port', path: (p) => `/api/v1/namespaces/default/pods/${p}:8080/proxy/`, status: 200, body: /^Hello Kubernetes bootcamp! \| Running on: kubernetes-bootcamp-\S+ \| v=1\n$/ },
    { name: 'a Service by name and port', path: () => '/api/v1/namespaces/default/services/kubernetes-bootcamp:8080/proxy/', status: 200, body: /Hello Kubernetes bootcamp!/ },
    { name: 'a Service with a scheme and no port', path: () => '/api/v1/namespaces/default/services/http:kubernetes-bootcamp:/proxy/', status: 200, body: /Hello Kubernetes bootcamp!/ },
    { name: 'a port nobody listens on', path: (p) => `/api/v1/namespaces/default/pods/${p}:9999/proxy/`, status: 503, body: /"message": "error trying to reach service: dial tcp 10\.244\.0\.\d+:9999: connect: connection refused"/ },
    { name: 'a missing pod', path: () => '/api/v1/namespaces/default/pods/nope:8080/proxy/', status: 404, body: /"message": "pods \\"nope\\" not found"/ },
    { name: 'a Service without endpoints', path: () => '/api/v1/namespaces/default/services/empty:80/proxy/', status: 503, body: /no endpoints available for service \\"empty\\"/ },
  ];
  it.each(cases)('$name', async (c) => {
    const { ctx, pod } = await bootcamp();
    const r = serveApi(ctx, 'GET', c.path(pod));
    expect(r.status).toBe(c.status);
    if (typeof c.body === 'string') expect(r.body).toBe(c.body);
    else expect(r.body).toMatch(c.body);
  });

  it('/version is the server build info', async () => {
    const { ctx } = await bootcamp();
    expect(JSON.parse(serveApi(ctx, 'GET', '/version').body)).toMatchObject({ major: '1', minor: '32', gitVersion: 'v1.32.0', gitTreeState: 'clean', platform: 'linux/amd64' });
  });
});
