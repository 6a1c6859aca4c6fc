/** kubernetes.io/docs/tutorials/hello-minikube/, command by command. */
import { describe, expect, it } from 'vitest';
import { Tutorial, column, table } from './tutorialDriver';

const AGNHOST = 'registry.k8s.io/e2e-test-images/agnhost:2.39';

describe('Hello Minikube', () => {
  it('deploys hello-node, exposes it, uses metrics-server, and cleans up', async () => {
    const t = new Tutorial();
    expect(await t.ok('minikube start')).toContain('🏄  Done! kubectl is now configured to use "minikube" cluster and "default" namespace by default\n');
    const dashboard = await t.output('minikube dashboard');
    expect(dashboard).toContain('🔌  Enabling dashboard ...\n');
    expect(dashboard).toMatch(/🎉 {2}Opening http:\/\/127\.0\.0\.1:\d+\/api\/v1\/namespaces\/kubernetes-dashboard\/services\/http:kubernetes-dashboard:\/proxy\/ in your default browser\.\.\.\n$/);

    expect(await t.ok(`kubectl create deployment hello-node --image=${AGNHOST} -- /agnhost netexec --http-port=8080`)).toBe('deployment.apps/hello-node created\n');
    expect(table(await t.ok('kubectl get deployments'))[0]).toMatchObject({ NAME: 'hello-node', READY: '1/1', 'UP-TO-DATE': '1', AVAILABLE: '1' });
    const pod = table(await t.ok('kubectl get pods'))[0];
    expect(pod).toMatchObject({ READY: '1/1', STATUS: 'Running', RESTARTS: '0' });
    expect(pod.NAME).toMatch(/^hello-node-[a-z0-9]{8,10}-[a-z0-9]{5}$/);
    const events = table(await t.ok('kubectl get events'));
    expect(events.filter((e) => e.OBJECT === `pod/${pod.NAME}`).map((e) => e.REASON)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    expect(events).toContainEqual(expect.objectContaining({ REASON: 'ScalingReplicaSet', OBJECT: 'deployment/hello-node' }));
    const config = await t.ok('kubectl config view');
    expect(config).toContain('    server: https://192.168.49.2:8443\n');
    expect(config).toContain('current-context: minikube\n');
    expect(await t.ok(`kubectl logs ${pod.NAME}`)).toMatch(/^I\d{4} [\d:.]+ +1 log\.go:245\] Started HTTP server on port 8080\nI\d{4} [\d:.]+ +1 log\.go:245\] Started UDP server on port {2}8081\n$/);

    expect(await t.ok('kubectl expose deployment hello-node --type=LoadBalancer --port=8080')).toBe('service/hello-node exposed\n');
    const svc = table(await t.ok('kubectl get services')).find((r) => r.NAME === 'hello-node');
    expect(svc).toMatchObject({ TYPE: 'LoadBalancer', 'EXTERNAL-IP': '<pending>' });
    const nodePort = /^8080:(3\d{4})\/TCP$/.exec(svc?.['PORT(S)'] ?? '')?.[1];
    expect(nodePort).toBeDefined();
    const service = await t.ok('minikube service hello-node');
    expect(service).toContain(`| default   | hello-node |        8080 | http://192.168.49.2:${nodePort} |\n`);
    expect(service).toMatch(/🎉 {2}Opening service default\/hello-node in default browser\.\.\.\n$/);
    expect(await t.ok(`curl http://192.168.49.2:${nodePort}`)).toMatch(/^NOW: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC m=\+\d+\.\d{9}$/);

    const addons = await t.ok('minikube addons list');
    expect(addons).toContain('| dashboard                   | minikube | enabled ✅ | Kubernetes                     |\n');
    expect(addons).toContain('| metrics-server              | minikube | disabled   | Kubernetes                     |\n');
    expect(await t.ok('minikube addons enable metrics-server')).toContain("🌟  The 'metrics-server' addon is enabled\n");
    const system = await t.ok('kubectl get pod,svc -n kube-system');
    const [pods, services] = system.split('\n\n');
    expect(column(pods, 'NAME')).toContainEqual(expect.stringMatching(/^pod\/metrics-server-[a-z0-9]+-[a-z0-9]{5}$/));
    expect(column(services, 'NAME')).toEqual(['service/kube-dns', 'service/metrics-server']);
    await t.ok('sleep 120');
    const top = table(await t.ok('kubectl top pods'));
    expect(top.map((r) => r.NAME)).toEqual([pod.NAME]);
    expect(top[0]['CPU(cores)']).toMatch(/^\d+m$/);
    expect(top[0]['MEMORY(bytes)']).toMatch(/^[1-9]\d*Mi$/);
    expect(await t.ok('minikube addons disable metrics-server')).toBe(`🌑  "The 'metrics-server' addon is disabled"\n`);

    expect(await t.ok('kubectl delete service hello-node')).toBe('service "hello-node" deleted\n');
    expect(await t.ok('kubectl delete deployment hello-node')).toBe('deployment.apps "hello-node" deleted\n');
    expect(await t.ok('minikube stop')).toBe('✋  Stopping node "minikube"  ...\n🛑  Powering off "minikube" via SSH ...\n🛑  1 node stopped.\n');
    expect(await t.ok('minikube delete')).toContain('💀  Removed all traces of the "minikube" cluster.\n');
  });
});
