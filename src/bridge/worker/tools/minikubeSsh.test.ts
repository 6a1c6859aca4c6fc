import { describe, expect, it } from 'vitest';
import { SimHost } from '../simHost';

const WEB = ['kubectl create deployment web --image=nginx', 'kubectl expose deployment web --port=80'];

async function withWeb() {
  const host = new SimHost({ seed: 1, profile: 'minikube' });
  for (const line of WEB) await host.exec(line);
  const clusterIP = (await host.exec("kubectl get svc web -o jsonpath='{.spec.clusterIP}'")).stdout;
  const podIP = (await host.exec("kubectl get pods -l app=web -o jsonpath='{.items[0].status.podIP}'")).stdout;
  return { host, clusterIP, podIP };
}

describe('minikube ssh', () => {
  it.each([
    ['a ClusterIP, through the node kube-proxy', (ip: { clusterIP: string }) => `minikube ssh -- curl -s ${ip.clusterIP}:80`],
    ['a pod IP, quoted as one line', (ip: { podIP: string }) => `minikube ssh "curl -s ${ip.podIP}"`],
  ])('curl on the node reaches %s', async (_name, command) => {
    const w = await withWeb();
    const r = await w.host.exec(command(w));
    expect(r.stdout).toContain('<title>Welcome to nginx!</title>');
    expect(r.exitCode).toBe(0);
  });

  it('the same ClusterIP does not answer from the learner machine', async () => {
    const w = await withWeb();
    const r = await w.host.exec(`curl -s --max-time 1 ${w.clusterIP}`);
    expect(r.exitCode).toBe(28);
  });

  it('a failing curl reports its status the way ssh does', async () => {
    const { host } = await withWeb();
    const r = await host.exec('minikube ssh -- curl -s --max-time 1 10.96.0.99');
    expect(r.stderr).toBe('ssh: Process exited with status 28\n');
    expect(r.exitCode).toBe(1);
  });

  it('without a command the terminal goes to the node until exit', async () => {
    const w = await withWeb();
    expect((await w.host.exec('minikube ssh')).exitCode).toBe(0);
    expect(w.host.prompt()).toBe('docker@minikube:~$ ');
    expect((await w.host.exec('hostname')).stdout).toBe('minikube\n');
    expect((await w.host.exec(`curl -s -o /dev/null -w '%{http_code}' ${w.clusterIP}`)).stdout).toBe('200');
    expect((await w.host.exec('nosuch')).stderr).toBe('-bash: nosuch: command not found\n');
    expect((await w.host.exec('exit')).stdout).toBe('logout\n');
    expect(w.host.prompt()).not.toBe('docker@minikube:~$ ');
  });

  it('-n picks another node; an unknown one is refused', async () => {
    const host = new SimHost({ seed: 1, profile: 'minikube' });
    await host.exec('minikube node add');
    expect((await host.exec('minikube ssh -n minikube-m02 -- hostname')).stdout).toBe('minikube-m02\n');
    const r = await host.exec('minikube ssh -n nope -- hostname');
    expect(r.stderr).toContain('Exiting due to GUEST_NODE_RETRIEVE: retrieving node: Could not find node nope');
  });
});
