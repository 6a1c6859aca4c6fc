import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { DEPLOYMENTS, seedDeployment } from '../../testing/fixtures';
import { clusterSession } from '../../testing/clusterSession';

const manifest = (replicas: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.25\n`;

describe('kubectl apply', () => {
  it('creates, then reports unchanged, then configured', async () => {
    const client = new FakeClient();
    const ctx = testContext(client, { files: { 'web.yaml': manifest(3), 'web5.yaml': manifest(5) } });
    expect(await kubectl(ctx, 'apply -f web.yaml')).toEqual({ code: 0, stdout: 'deployment.apps/web created\n', stderr: '' });
    expect(await kubectl(ctx, 'apply -f web.yaml')).toEqual({ code: 0, stdout: 'deployment.apps/web unchanged\n', stderr: '' });
    expect(await kubectl(ctx, 'apply -f web5.yaml')).toEqual({ code: 0, stdout: 'deployment.apps/web configured\n', stderr: '' });
    expect(client.actions.at(-1)).toMatchObject({ verb: 'patch', body: { spec: { replicas: 5 } }, opts: { type: 'strategic', fieldManager: 'kubectl-client-side-apply' } });
  });

  it('records the applied manifest as Go would serialize it', async () => {
    const client = new FakeClient();
    await kubectl(testContext(client, { files: { 'web.yaml': manifest(3) } }), 'apply -f web.yaml');
    const annotation = client.get(DEPLOYMENTS, 'web').metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration'];
    expect(annotation).toBe(
      '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.25","name":"nginx"}]}}}}\n',
    );
  });

  it('warns when the live object was not created by apply', async () => {
    const client = new FakeClient();
    seedDeployment(client, 'nginx:1.25', 2);
    const r = await kubectl(testContext(client, { files: { 'web.yaml': manifest(3) } }), 'apply -f web.yaml');
    expect(r.stdout).toBe('deployment.apps/web configured\n');
    expect(r.stderr).toBe(
      'Warning: resource deployments.apps/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
    );
  });

  it('needs a file', async () => {
    expect((await kubectl(testContext(new FakeClient()), 'apply')).stderr).toBe('error: must specify one of -f and -k\n');
  });
});

describe('kubectl apply --server-side', () => {
  it('sends an apply patch as field manager kubectl', async () => {
    const s = clusterSession(7, { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: "1"\n' });
    expect(await s.run('apply --server-side -f cm.yaml')).toEqual({ code: 0, stdout: 'configmap/cfg serverside-applied\n', stderr: '' });
    expect((await s.run('apply --server-side -f cm.yaml --dry-run=server')).stdout).toBe('configmap/cfg serverside-applied (server dry run)\n');
    expect((await s.run(['get', 'cm', 'cfg', '-o', 'jsonpath={.data.a}'])).stdout).toBe('1');
  });
});
