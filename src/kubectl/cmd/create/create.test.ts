import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { seedDeployment } from '../../testing/fixtures';

const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n';
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n';
const files = {
  'web.yaml': DEPLOYMENT,
  'stack.yaml': `${DEPLOYMENT}---\n${SERVICE}`,
  'list.yaml': 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: b\n',
  'crd.yaml': 'apiVersion: example.com/v1\nkind: Foo\nmetadata:\n  name: x\n',
  'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a: b\n',
  'nokind.yaml': 'apiVersion: v1\nmetadata:\n  name: x\n',
  'prod.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: prod\n',
  'manifests/a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
  'manifests/b.yml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n',
  'manifests/notes.txt': 'not a manifest',
};

describe('kubectl create -f', () => {
  it.each([
    ['one object', 'create -f web.yaml', 'deployment.apps/web created\n', ''],
    ['a stream of documents', 'create -f stack.yaml', 'deployment.apps/web created\nservice/web created\n', ''],
    ['a List', 'create -f list.yaml', 'configmap/a created\nconfigmap/b created\n', ''],
    ['a directory', 'create -f manifests', 'configmap/a created\nconfigmap/b created\n', ''],
    ['stdin', 'create -f -', 'deployment.apps/web created\n', ''],
    ['names only', 'create -f web.yaml -o name', 'deployment.apps/web\n', ''],
    [
      'an unknown kind',
      'create -f crd.yaml',
      '',
      'error: resource mapping not found for name: "x" namespace: "" from "crd.yaml": no matches for kind "Foo" in version "example.com/v1"\nensure CRDs are installed first\n',
    ],
    ['broken YAML', 'create -f broken.yaml', '', 'error: error parsing broken.yaml: error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context\n'],
    ['no kind', 'create -f nokind.yaml', '', 'error: error validating "nokind.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n'],
    ['a missing file', 'create -f nope.yaml', '', 'error: the path "nope.yaml" does not exist\n'],
    ['a conflicting namespace', 'create -f prod.yaml -n dev', '', "error: the namespace from the provided object \"prod\" does not match the namespace \"dev\". You must pass '--namespace=prod' to perform this operation.\n"],
  ])('%s', async (_name, line, stdout, stderr) => {
    const r = await kubectl(testContext(new FakeClient(), { files, stdin: DEPLOYMENT }), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
    expect(r.code).toBe(stderr ? 1 : 0);
  });

  it('reports what already exists after creating the rest', async () => {
    const client = new FakeClient();
    seedDeployment(client);
    const r = await kubectl(testContext(client, { files }), 'create -f stack.yaml');
    expect(r.stdout).toBe('service/web created\n');
    expect(r.stderr).toBe('Error from server (AlreadyExists): error when creating "stack.yaml": deployments.apps "web" already exists\n');
  });

  it('lists several failures one per line', async () => {
    const client = new FakeClient();
    seedDeployment(client);
    const r = await kubectl(testContext(client, { files }), 'create -f web.yaml -f crd.yaml');
    expect(r.stderr).toBe(
      'resource mapping not found for name: "x" namespace: "" from "crd.yaml": no matches for kind "Foo" in version "example.com/v1"\nensure CRDs are installed first\n' +
        'Error from server (AlreadyExists): error when creating "web.yaml": deployments.apps "web" already exists\n',
    );
  });

  it('puts objects in the namespace in effect', async () => {
    const client = new FakeClient();
    await kubectl(testContext(client, { files }), 'create -f web.yaml -n dev');
    expect(client.actions[0]).toMatchObject({ verb: 'create', namespace: 'dev', opts: { fieldManager: 'kubectl-create' } });
  });
});

describe('kubectl create <generator>', () => {
  it.each([
    ['deployment', 'create deployment web --image=nginx:1.25 --replicas=3', 'deployment.apps/web created\n', ''],
    ['namespace', 'create namespace prod', 'namespace/prod created\n', ''],
    ['configmap dry run', 'create configmap cfg --from-literal=a=1 --dry-run=client', 'configmap/cfg created (dry run)\n', ''],
    ['service without ports', 'create service clusterip web', '', 'error: at least one tcp port specifier must be provided\n'],
    ['duplicate configmap key', 'create configmap c --from-literal=a=1 --from-literal=a=2', '', 'error: cannot add key "a", another key by that name already exists in Data for ConfigMap "c"\n'],
    ['duplicate secret key', 'create secret generic c --from-literal=a=1 --from-literal=a=2', '', 'error: cannot add key a, another key by that name already exists\n'],
    ['literal without a value', 'create configmap c --from-literal=a', '', 'error: invalid literal source a, expected key=value\n'],
    ['env file with literals', 'create configmap c --from-env-file=x.env --from-literal=a=1', '', 'error: from-env-file cannot be combined with from-file or from-literal\n'],
    ['missing file', 'create configmap c --from-file=/nonexist', '', 'error: error reading /nonexist: no such file or directory\n'],
    ['bad tcp port', 'create service clusterip web --tcp=abc', '', 'error: strconv.ParseUint: parsing "abc": invalid syntax\n'],
    ['docker registry without credentials', 'create secret docker-registry r --docker-username=u', '', 'error: either --from-file or the combination of --docker-username, --docker-password and --docker-server is required\n'],
  ])('%s', async (_name, line, stdout, stderr) => {
    const r = await kubectl(testContext(new FakeClient()), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });

  it('sends the generated deployment to the API', async () => {
    const client = new FakeClient();
    await kubectl(testContext(client), 'create deployment web --image=nginx:1.25 --replicas=3');
    expect(client.actions[0]).toMatchObject({
      verb: 'create',
      resource: 'deployments.apps',
      namespace: 'default',
      body: { spec: { replicas: 3, template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] } } } },
    });
  });

  it('saves the configuration for apply with --save-config', async () => {
    const client = new FakeClient();
    await kubectl(testContext(client), 'create namespace prod --save-config');
    expect(client.actions[0].body).toMatchObject({
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"v1","kind":"Namespace","metadata":{"annotations":{},"creationTimestamp":null,"name":"prod"},"spec":{},"status":{}}\n' } },
    });
  });

  it('does not contact the API for a client dry run', async () => {
    const client = new FakeClient();
    await kubectl(testContext(client), 'create deployment web --image=nginx --dry-run=client');
    expect(client.actions).toEqual([]);
  });
});
