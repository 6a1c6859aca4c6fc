/**
 * The data plane on a booted cluster, end to end: Deployments behind Services, reached from a
 * pod with `kubectl exec … -- wget/curl`, and from the minikube host through a NodePort.
 */
import { describe, expect, it } from 'vitest';
import type { Pod, Service } from 'kubernetes-types/core/v1';
import { DEPLOYMENTS, NETWORKPOLICIES, PODS, SERVICES } from '../api/resources';
import { createCluster, type RunningCluster } from '../cluster/createCluster';
import { runCurl } from './tools/curl';
import { HOST } from './types';

const labels = (app: string) => ({ app });

function deploy(c: RunningCluster, name: string, image: string, replicas: number): void {
  c.client.create(
    DEPLOYMENTS,
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, labels: labels(name) },
      spec: { replicas, selector: { matchLabels: labels(name) }, template: { metadata: { labels: labels(name) }, spec: { containers: [{ name, image }] } } },
    },
    { namespace: 'default' },
  );
}

function expose(c: RunningCluster, name: string, port: number, targetPort: number, type = 'ClusterIP'): Service {
  return c.client.create<Service>(SERVICES, { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { type, selector: labels(name), ports: [{ port, targetPort, protocol: 'TCP' }] } }, { namespace: 'default' });
}

function runPod(c: RunningCluster, name: string, image: string): void {
  c.client.create(PODS, { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name, image, command: ['sleep', '3600'] }] } }, { namespace: 'default' });
}

const podNames = (c: RunningCluster, app: string) => c.client.list<Pod>(PODS, { namespace: 'default', labelSelector: `app=${app}` }).items.map((p) => p.metadata!.name!);

describe('the data plane on a booted cluster', () => {
  it('spreads curls from a pod over every hello-app replica', () => {
    const c = createCluster({ seed: 3 });
    deploy(c, 'hello', 'gcr.io/google-samples/hello-app:1.0', 3);
    expose(c, 'hello', 80, 8080);
    runPod(c, 'client', 'curlimages/curl:8.11.0');
    c.settle();
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const r = c.client.exec('default', 'client', { command: ['curl', '-s', 'hello'] });
      expect(r.exitCode).toBe(0);
      seen.add(/Hostname: (\S+)/.exec(r.stdout)![1]);
    }
    expect([...seen].sort()).toEqual(podNames(c, 'hello').sort());
  });

  it('shows kubernetes-bootcamp versions changing during a rolling update', () => {
    const c = createCluster({ seed: 4 });
    deploy(c, 'kubernetes-bootcamp', 'gcr.io/google-samples/kubernetes-bootcamp:v1', 4);
    expose(c, 'kubernetes-bootcamp', 8080, 8080);
    runPod(c, 'bb', 'busybox:1.36');
    c.settle();
    const wget = () => c.client.exec('default', 'bb', { command: ['wget', '-qO-', 'http://kubernetes-bootcamp:8080'] }).stdout;
    expect(wget()).toMatch(/^Hello Kubernetes bootcamp! \| Running on: kubernetes-bootcamp-\S+ \| v=1\n$/);
    c.client.patch(DEPLOYMENTS, 'kubernetes-bootcamp', 'strategic', { spec: { template: { spec: { containers: [{ name: 'kubernetes-bootcamp', image: 'docker.io/jocatalin/kubernetes-bootcamp:v2' }] } } } }, { namespace: 'default' });
    const versions = new Set<string>();
    for (let t = 0; t < 60; t++) {
      c.advance(1);
      for (let i = 0; i < 4; i++) versions.add(/v=(\d)/.exec(wget())?.[1] ?? 'none');
    }
    expect(versions.has('1') && versions.has('2')).toBe(true);
    const piped = c.client.exec('default', 'bb', { command: ['sh', '-c', "wget -qO- kubernetes-bootcamp:8080 | grep 'Running on'"] });
    expect(piped.stdout).toMatch(/^Hello Kubernetes bootcamp! \| Running on: /);
    c.settle();
    for (let i = 0; i < 8; i++) expect(wget()).toMatch(/\| v=2\n$/);
  });

  it('reaches a NodePort from the host and times out on the ClusterIP', () => {
    const c = createCluster({ seed: 5 });
    deploy(c, 'web', 'nginx:1.27.3', 2);
    const svc = expose(c, 'web', 80, 80, 'NodePort');
    c.settle();
    const nodePort = svc.spec!.ports![0].nodePort!;
    const ctx = { net: c.network, origin: HOST, stdoutIsTTY: true };
    const ok = runCurl(ctx, ['-sI', `http://192.168.49.2:${nodePort}/`]);
    expect(ok.stdout).toMatch(/^HTTP\/1\.1 200 OK\r\nServer: nginx\/1\.27\.3\r\n/);
    const timeout = runCurl(ctx, ['-sS', `http://${svc.spec!.clusterIP}/`]);
    expect(timeout.exitCode).toBe(28);
    expect(timeout.stderr).toMatch(new RegExp(`^curl: \\(28\\) Failed to connect to ${svc.spec!.clusterIP!.replace(/\./g, '\\.')} port 80 after 130\\d{3} ms: Couldn't connect to server\\n$`));
    const logs = podNames(c, 'web').map((p) => c.client.logs('default', p)).join('');
    expect(logs).toMatch(/"HEAD \/ HTTP\/1\.1" 200 615 "-" "curl\/8\.5\.0" "-"/);
  });

  it('sends no traffic to a pod that fails its readiness probe', () => {
    const c = createCluster({ seed: 6 });
    deploy(c, 'web', 'nginx:1.27.3', 2);
    const unready = { name: 'web-unready', labels: { app: 'web', probe: 'bad' } };
    c.client.create(PODS, { apiVersion: 'v1', kind: 'Pod', metadata: unready, spec: { containers: [{ name: 'web', image: 'nginx:1.27.3', readinessProbe: { httpGet: { path: '/', port: 81 }, periodSeconds: 2 } }] } }, { namespace: 'default' });
    expose(c, 'web', 80, 80);
    runPod(c, 'bb', 'busybox:1.36');
    c.settle();
    c.advance(10);
    for (let i = 0; i < 20; i++) expect(c.client.exec('default', 'bb', { command: ['wget', '-qO-', 'web'] }).exitCode).toBe(0);
    expect(c.client.logs('default', 'web-unready')).not.toContain('"GET / HTTP/1.1"');
    const served = podNames(c, 'web').filter((p) => p !== 'web-unready' && c.client.logs('default', p).includes('"GET / HTTP/1.1" 200 615'));
    expect(served).toHaveLength(2);
  });

  it('drops traffic under a deny-all policy until an allow rule admits the client', () => {
    const c = createCluster({ seed: 7 });
    deploy(c, 'web', 'nginx:1.27.3', 1);
    expose(c, 'web', 80, 80);
    runPod(c, 'bb', 'busybox:1.36');
    c.settle();
    const wget = () => c.client.exec('default', 'bb', { command: ['wget', '-q', '-T', '2', '-O-', 'web'] });
    expect(wget().exitCode).toBe(0);
    c.client.create(NETWORKPOLICIES, { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'default-deny' }, spec: { podSelector: {}, policyTypes: ['Ingress'] } }, { namespace: 'default' });
    c.drain();
    expect(wget().stderr).toBe('wget: download timed out\n');
    c.client.create(NETWORKPOLICIES, { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'allow-bb' }, spec: { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ podSelector: { matchLabels: { run: 'bb' } } }] }] } }, { namespace: 'default' });
    c.drain();
    expect(wget().exitCode).toBe(1);
    c.client.patch(PODS, 'bb', 'merge', { metadata: { labels: { run: 'bb' } } }, { namespace: 'default' });
    c.drain();
    expect(wget().stdout).toContain('<title>Welcome to nginx!</title>');
  });
});
