/**
 * kubernetes.io/docs/tutorials/kubernetes-basics/ modules 1–6 with the kubernetes-bootcamp image,
 * command by command. The pages run `kubectl proxy` in a second terminal; that step is covered by
 * src/kubectl/cmd/proxy (pods/proxy through the API server) until the shell runs jobs in the background.
 */
import { describe, expect, it } from 'vitest';
import { Tutorial, column, columns, table } from './tutorialDriver';

const V1 = 'gcr.io/google-samples/kubernetes-bootcamp:v1';
const POD_NAME = `export POD_NAME="$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}')"`;
const NODE_PORT = `export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"`;
const hello = (pod: string, v: number) => `Hello Kubernetes bootcamp! | Running on: ${pod} | v=${v}\n`;

async function deployed(): Promise<{ t: Tutorial; pod: string }> {
  const t = new Tutorial();
  expect(await t.ok(`kubectl create deployment kubernetes-bootcamp --image=${V1}`)).toBe('deployment.apps/kubernetes-bootcamp created\n');
  await t.ok(POD_NAME);
  const pod = (await t.ok('echo "$POD_NAME"')).trim();
  expect(pod).toMatch(/^kubernetes-bootcamp-[a-z0-9]{8,10}-[a-z0-9]{5}$/);
  return { t, pod };
}

describe('Learn Kubernetes Basics', () => {
  it('module 1: the cluster is up', async () => {
    const t = new Tutorial();
    expect(await t.ok('kubectl version')).toMatch(/^Client Version: v1\.32\.\d+\nKustomize Version: v5\.\d+\.\d+\nServer Version: v1\.32\.\d+\n$/);
    expect(await t.ok('kubectl cluster-info')).toContain('Kubernetes control plane is running at https://192.168.49.2:8443\n');
    expect(table(await t.ok('kubectl get nodes'))[0]).toMatchObject({ NAME: 'minikube', STATUS: 'Ready', ROLES: 'control-plane' });
  });

  it('module 2: a Deployment of the bootcamp becomes available', async () => {
    const { t } = await deployed();
    expect(table(await t.ok('kubectl get deployments'))[0]).toMatchObject({ NAME: 'kubernetes-bootcamp', READY: '1/1', 'UP-TO-DATE': '1', AVAILABLE: '1' });
  });

  it('module 3: logs, env and a shell in the container', async () => {
    const { t, pod } = await deployed();
    expect(table(await t.ok('kubectl get pods'))[0]).toMatchObject({ NAME: pod, READY: '1/1', STATUS: 'Running' });
    const described = await t.ok('kubectl describe pods');
    expect(described).toContain(`    Image:          ${V1}\n`);
    expect(described).toMatch(/Labels: +app=kubernetes-bootcamp\n/);
    expect(await t.ok('kubectl logs "$POD_NAME"')).toMatch(new RegExp(`^Kubernetes Bootcamp App Started At: \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z \\| Running On:  ${pod} \\n\\n$`));
    const env = await t.ok('kubectl exec "$POD_NAME" -- env');
    expect(env).toContain(`HOSTNAME=${pod}\n`);
    expect(env).toContain('NODE_VERSION=6.3.1\n');
    expect(env).toContain('KUBERNETES_SERVICE_HOST=10.96.0.1\n');
    expect(await t.ok('kubectl exec -ti $POD_NAME -- bash')).toBe('');
    expect(t.host.prompt()).toBe(`root@${pod}:/# `);
    const source = await t.ok('cat server.js');
    expect(source).toContain("var http = require('http');\n");
    expect(source).toContain('response.end(" | v=1\\n");\n');
    expect(await t.ok('curl http://localhost:8080')).toBe(hello(pod, 1));
    await t.ok('exit');
    expect(t.host.prompt()).toBe('$ ');
  });

  it('module 4: a NodePort Service, labels, and deleting the Service', async () => {
    const { t, pod } = await deployed();
    expect(column(await t.ok('kubectl get services'), 'NAME')).toEqual(['kubernetes']);
    expect(await t.ok('kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080')).toBe('service/kubernetes-bootcamp exposed\n');
    const svc = table(await t.ok('kubectl get services')).find((r) => r.NAME === 'kubernetes-bootcamp');
    expect(svc).toMatchObject({ TYPE: 'NodePort', 'EXTERNAL-IP': '<none>' });
    expect(svc?.['PORT(S)']).toMatch(/^8080:3\d{4}\/TCP$/);
    const described = await t.ok('kubectl describe services/kubernetes-bootcamp');
    expect(described).toMatch(/NodePort: +<unset> +3\d{4}\/TCP\n/);
    expect(described).toMatch(/Endpoints: +10\.244\.0\.\d+:8080\n/);
    await t.ok(NODE_PORT);
    expect(await t.ok('echo "NODE_PORT=$NODE_PORT"')).toBe(`NODE_PORT=${svc?.['PORT(S)'].slice(5, 10)}\n`);
    expect(await t.ok('curl http://"$(minikube ip):$NODE_PORT"')).toBe(hello(pod, 1));

    expect(await t.ok('kubectl describe deployment')).toMatch(/Labels: +app=kubernetes-bootcamp\n/);
    expect(column(await t.ok('kubectl get pods -l app=kubernetes-bootcamp'), 'NAME')).toEqual([pod]);
    expect(column(await t.ok('kubectl get services -l app=kubernetes-bootcamp'), 'NAME')).toEqual(['kubernetes-bootcamp']);
    expect(await t.ok('kubectl label pods "$POD_NAME" version=v1')).toBe(`pod/${pod} labeled\n`);
    expect(await t.ok('kubectl describe pods "$POD_NAME"')).toMatch(/ {18}version=v1\n/);
    expect(column(await t.ok('kubectl get pods -l version=v1'), 'NAME')).toEqual([pod]);

    expect(await t.ok('kubectl delete service -l app=kubernetes-bootcamp')).toBe('service "kubernetes-bootcamp" deleted\n');
    expect(column(await t.ok('kubectl get services'), 'NAME')).toEqual(['kubernetes']);
    const gone = await t.run('curl http://"$(minikube ip):$NODE_PORT"');
    expect(gone.exitCode).toBe(7);
    expect(gone.stderr).toMatch(/^curl: \(7\) Failed to connect to 192\.168\.49\.2 port 3\d{4} after \d+ ms: Couldn't connect to server\n$/);
    expect(await t.ok('kubectl exec -ti $POD_NAME -- curl http://localhost:8080')).toBe(hello(pod, 1));
  });

  it('module 5: scaling to four spreads requests over the pods, then back to two', async () => {
    const { t } = await deployed();
    await t.ok('kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080');
    expect(columns(await t.ok('kubectl get rs'))).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE']);
    expect(table(await t.ok('kubectl get rs'))[0]).toMatchObject({ DESIRED: '1', CURRENT: '1', READY: '1' });
    expect(await t.ok('kubectl scale deployments/kubernetes-bootcamp --replicas=4')).toBe('deployment.apps/kubernetes-bootcamp scaled\n');
    expect(table(await t.ok('kubectl get deployments'))[0]).toMatchObject({ READY: '4/4', 'UP-TO-DATE': '4', AVAILABLE: '4' });
    const wide = table(await t.ok('kubectl get pods -o wide'));
    expect(wide.map((r) => [r.STATUS, r.NODE])).toEqual(Array(4).fill(['Running', 'minikube']));
    expect(new Set(wide.map((r) => r.IP)).size).toBe(4);
    const described = await t.ok('kubectl describe deployments/kubernetes-bootcamp');
    expect(described).toContain('Replicas:               4 desired | 4 updated | 4 total | 4 available | 0 unavailable\n');
    expect(described).toMatch(/Normal +ScalingReplicaSet .* Scaled up replica set kubernetes-bootcamp-[a-z0-9]+ from 1 to 4\n/);
    expect(await t.ok('kubectl describe services/kubernetes-bootcamp')).toMatch(/Endpoints: +(10\.244\.0\.\d+:8080,){3}10\.244\.0\.\d+:8080|Endpoints: +.* \+ 1 more\.\.\.\n/);
    await t.ok(NODE_PORT);
    const answers = await t.ok('for i in 1 2 3 4 5 6 7 8 9 10; do curl http://"$(minikube ip):$NODE_PORT"; done');
    const pods = answers.trim().split('\n').map((l) => /Running on: (\S+) \| v=1$/.exec(l)?.[1]);
    expect(pods).toHaveLength(10);
    expect(pods.every((p) => p && wide.some((r) => r.NAME === p))).toBe(true);
    expect(new Set(pods).size).toBeGreaterThanOrEqual(2);

    expect(await t.ok('kubectl scale deployments/kubernetes-bootcamp --replicas=2')).toBe('deployment.apps/kubernetes-bootcamp scaled\n');
    expect(table(await t.ok('kubectl get deployments'))[0]).toMatchObject({ READY: '2/2', 'UP-TO-DATE': '2', AVAILABLE: '2' });
    expect(table(await t.ok('kubectl get pods -o wide')).map((r) => r.STATUS)).toEqual(['Running', 'Running']);
  });

  it('module 6: rolling update to v2, a bad image, and rollout undo', async () => {
    const { t } = await deployed();
    await t.ok('kubectl scale deployments/kubernetes-bootcamp --replicas=4');
    await t.ok('kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080');
    await t.ok(NODE_PORT);
    expect(await t.ok('kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=docker.io/jocatalin/kubernetes-bootcamp:v2')).toBe('deployment.apps/kubernetes-bootcamp image updated\n');
    const v2pods = table(await t.ok('kubectl get pods'));
    expect(v2pods.map((r) => r.STATUS)).toEqual(Array(4).fill('Running'));
    expect(await t.ok('curl http://"$(minikube ip):$NODE_PORT"')).toMatch(/^Hello Kubernetes bootcamp! \| Running on: kubernetes-bootcamp-[a-z0-9]+-[a-z0-9]{5} \| v=2\n$/);
    expect(await t.ok('kubectl rollout status deployments/kubernetes-bootcamp')).toBe('deployment "kubernetes-bootcamp" successfully rolled out\n');
    expect((await t.ok('kubectl describe pods')).match(/ {4}Image: +\S+/g)).toEqual(Array(4).fill('    Image:          docker.io/jocatalin/kubernetes-bootcamp:v2'));

    await t.ok('kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10');
    await t.ok('sleep 30');
    expect(table(await t.ok('kubectl get deployments'))[0]).toMatchObject({ READY: '3/4', 'UP-TO-DATE': '2', AVAILABLE: '3' });
    const broken = table(await t.ok('kubectl get pods')).filter((r) => r.STATUS !== 'Running');
    expect(broken).toHaveLength(2);
    expect(broken.every((r) => r.READY === '0/1' && ['ErrImagePull', 'ImagePullBackOff'].includes(r.STATUS))).toBe(true);
    expect(await t.ok('kubectl describe pods')).toContain(
      'Failed to pull image "gcr.io/google-samples/kubernetes-bootcamp:v10": rpc error: code = NotFound desc = failed to pull and unpack image "gcr.io/google-samples/kubernetes-bootcamp:v10"',
    );

    expect(await t.ok('kubectl rollout undo deployments/kubernetes-bootcamp')).toBe('deployment.apps/kubernetes-bootcamp rolled back\n');
    expect(table(await t.ok('kubectl get pods')).map((r) => r.STATUS)).toEqual(Array(4).fill('Running'));
    expect((await t.ok('kubectl describe pods')).match(/ {4}Image: +\S+/g)).toEqual(Array(4).fill('    Image:          docker.io/jocatalin/kubernetes-bootcamp:v2'));
    expect(await t.ok('kubectl delete deployments/kubernetes-bootcamp services/kubernetes-bootcamp')).toBe('deployment.apps "kubernetes-bootcamp" deleted\nservice "kubernetes-bootcamp" deleted\n');
  });
});

