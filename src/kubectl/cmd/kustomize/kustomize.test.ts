import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { clusterSession } from '../../testing/clusterSession';

const BASE = {
  'base/kustomization.yaml': 'resources:\n- deploy.yaml\nconfigMapGenerator:\n- name: cfg\n  literals:\n  - A=1\n',
  'base/deploy.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: c\n        image: nginx\n        envFrom:\n        - configMapRef:\n            name: cfg\n',
  'dev/kustomization.yaml': 'resources:\n- ../base\nnamePrefix: dev-\nlabels:\n- pairs:\n    env: dev\n',
};

describe('kubectl kustomize', () => {
  it('prints the build (recorded with kubectl kustomize)', async () => {
    const r = await kubectl(testContext(new FakeClient(), { files: BASE }), 'kustomize dev');
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'apiVersion: v1\ndata:\n  A: "1"\nkind: ConfigMap\nmetadata:\n  labels:\n    env: dev\n  name: dev-cfg-89g4tffbfk\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  labels:\n    env: dev\n  name: dev-web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - envFrom:\n        - configMapRef:\n            name: dev-cfg-89g4tffbfk\n        image: nginx\n        name: c\n',
    });
  });

  it.each([
    ['no kustomization', 'kustomize base/deploy.yaml', `must build at directory: not a valid directory: evalsymlink failure on 'base/deploy.yaml' : lstat /base/deploy.yaml: no such file or directory`],
    ['two paths', 'kustomize base dev', 'specify one path to kustomization.yaml'],
  ])('logs failures through klog: %s', async (_name, line, err) => {
    const r = await kubectl(testContext(new FakeClient(), { files: BASE, startMs: Date.UTC(2024, 5, 1, 0, 0, 5) }), line);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`E0601 00:00:05.000000       1 run.go:72] "command failed" err="${err}"\n`);
  });

  it('prints deprecation warnings on stderr', async () => {
    const files = { 'x/kustomization.yaml': 'commonLabels:\n  a: b\n' };
    const r = await kubectl(testContext(new FakeClient(), { files }), 'kustomize x');
    expect(r.stderr).toBe("# Warning: 'commonLabels' is deprecated. Please use 'labels' instead. Run 'kustomize edit fix' to update your Kustomization automatically.\n");
  });
});

describe('-k wherever -f works', () => {
  it.each([
    ['apply', 'apply -k dev', 'configmap/dev-cfg-89g4tffbfk created\ndeployment.apps/dev-web created\n'],
    ['create', 'create -k dev', 'configmap/dev-cfg-89g4tffbfk created\ndeployment.apps/dev-web created\n'],
    ['create dry run', 'create -k dev --dry-run=client -o name', 'configmap/dev-cfg-89g4tffbfk\ndeployment.apps/dev-web\n'],
  ])('%s', async (_name, line, stdout) => {
    const s = clusterSession(7, BASE);
    expect(await s.run(line)).toEqual({ code: 0, stdout, stderr: '' });
  });

  it('get, diff and delete find what apply made', async () => {
    const s = clusterSession(7, BASE);
    await s.run('apply -k dev');
    expect((await s.run('get -k dev -o name')).stdout).toBe('configmap/dev-cfg-89g4tffbfk\ndeployment.apps/dev-web\n');
    expect((await s.run('diff -k dev')).code).toBe(0);
    expect((await s.run('delete -k dev')).stdout).toBe('configmap "dev-cfg-89g4tffbfk" deleted\ndeployment.apps "dev-web" deleted\n');
  });

  it.each([
    ['no kustomization', 'apply -k base/none', "error: unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/base/none'\n"],
    ['with -f', 'apply -k dev -f base/deploy.yaml', 'error: only one of -f or -k can be specified\n'],
    ['with -R', 'delete -k dev -R', "error: the -k flag can't be used with -f or -R\n"],
  ])('refuses %s like kubectl', async (_name, line, stderr) => {
    const files = { ...BASE, 'base/none/readme.txt': 'x' };
    expect((await kubectl(testContext(new FakeClient(), { files }), line)).stderr).toBe(stderr);
  });
});

describe('kubectl apply --prune', () => {
  it('deletes what an earlier apply made and the new set lacks', async () => {
    const s = clusterSession(7, BASE);
    await s.run('apply -k dev');
    s.ctx.files.set('base/kustomization.yaml', BASE['base/kustomization.yaml'].replace('A=1', 'A=2'));
    expect(await s.run('apply -k dev --prune -l env=dev')).toEqual({
      code: 0,
      stdout: 'configmap/dev-cfg-tf28tfk457 created\ndeployment.apps/dev-web configured\nconfigmap/dev-cfg-89g4tffbfk pruned\n',
      stderr: '',
    });
    expect((await s.run('get cm -o name')).stdout).toBe('configmap/dev-cfg-tf28tfk457\nconfigmap/kube-root-ca.crt\n');
  });

  it('leaves objects without the last-applied annotation, and outside the allowlist', async () => {
    const s = clusterSession(7, BASE);
    await s.run('apply -k dev');
    await s.run('create configmap manual --from-literal=a=b');
    const r = await s.run('apply -f base/deploy.yaml --prune --all --prune-allowlist=apps/v1/Deployment --dry-run=client');
    expect(r.stdout).toBe('deployment.apps/web created (dry run)\ndeployment.apps/dev-web pruned (dry run)\n');
  });

  it.each([
    ['without selector or --all', 'apply -k dev --prune', 'error: all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector\n'],
    ['--all with selector', 'apply -k dev --prune --all -l a=b', 'error: cannot set --all and --selector at the same time\n'],
    ['bad allowlist entry', 'apply -k dev --prune --all --prune-allowlist=v1/ConfigMap', 'error: invalid GroupVersionKind format: v1/ConfigMap, please follow <group/version/kind>\n'],
  ])('refuses %s', async (_name, line, stderr) => {
    expect((await clusterSession(7, BASE).run(line)).stderr).toBe(stderr);
  });
});
