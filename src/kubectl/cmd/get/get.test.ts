import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { PODS, seedDeployment, seedNode, seedPod } from '../../testing/fixtures';

function cluster() {
  const client = new FakeClient(() => Date.UTC(2024, 0, 1, 0, 0, 0));
  seedPod(client, 'web-1');
  seedPod(client, 'web-2');
  return client;
}

describe('kubectl get', () => {
  it.each([
    ['pods table', 'get pods', 'NAME    READY   STATUS    RESTARTS   AGE\nweb-1   1/1     Running   0          10m\nweb-2   1/1     Running   0          10m\n', ''],
    ['one pod', 'get pod web-1', 'NAME    READY   STATUS    RESTARTS   AGE\nweb-1   1/1     Running   0          10m\n', ''],
    ['names', 'get pods -o name', 'pod/web-1\npod/web-2\n', ''],
    ['empty namespace', 'get pods -n prod', '', 'No resources found in prod namespace.\n'],
    ['missing pod', 'get pod nope', '', 'Error from server (NotFound): pods "nope" not found\n'],
    ['missing pod ignored', 'get pod nope --ignore-not-found', '', ''],
    ['no headers', 'get pods --no-headers', 'web-1   1/1   Running   0     10m\nweb-2   1/1   Running   0     10m\n', ''],
    ['unknown output', 'get pods -o foo', '', 'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n'],
  ])('%s', async (_name, line, stdout, stderr) => {
    const r = await kubectl(testContext(cluster()), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });

  it.each([
    ['jsonpath over a listing', ['get', 'pods', '-o', 'jsonpath={.items[*].metadata.name}'], 'web-1 web-2'],
    ['jsonpath over one object', ['get', 'pod', 'web-1', '-o=jsonpath={.status.phase}'], 'Running'],
    ['custom columns', ['get', 'pods', '-o', 'custom-columns=NAME:.metadata.name,NODE:.spec.nodeName'], 'NAME    NODE\nweb-1   node-1\nweb-2   node-1\n'],
    ['a bad jsonpath', ['get', 'pods', '-o', 'jsonpath={.items[}'], ''],
  ])('%s', async (_name, argv, stdout) => {
    const r = await kubectl(testContext(cluster()), argv);
    expect(r.stdout).toBe(stdout);
    if (!stdout) expect(r.stderr).toBe('error: error parsing jsonpath {.items[}, unterminated array\n');
  });

  it('prints a single object as itself and a listing as a List', async () => {
    const ctx = testContext(cluster());
    expect((await kubectl(ctx, 'get pod web-1 -o yaml')).stdout).toMatch(/^apiVersion: v1\nkind: Pod\n/);
    expect((await kubectl(ctx, 'get pods -o yaml')).stdout).toMatch(/^apiVersion: v1\nitems:\n- apiVersion: v1\n[\s\S]*kind: List\nmetadata:\n {2}resourceVersion: ""\n$/);
  });

  it('prefixes names with their kind when several types are asked for', async () => {
    const client = cluster();
    seedDeployment(client);
    const out = (await kubectl(testContext(client), 'get deploy,pods')).stdout;
    expect(out.split('\n')[0]).toMatch(/^NAME +READY +UP-TO-DATE +AVAILABLE +AGE$/);
    expect(out).toContain('deployment.apps/web');
    expect(out).toContain('\n\nNAME');
    expect(out).toContain('pod/web-1');
  });

  it('lists cluster-scoped kinds without a namespace message', async () => {
    expect((await kubectl(testContext(new FakeClient()), 'get nodes')).stderr).toBe('No resources found\n');
    const client = new FakeClient();
    seedNode(client, 'node-1');
    expect((await kubectl(testContext(client), 'get no -o name')).stdout).toBe('node/node-1\n');
  });

  it('streams watch events until Ctrl-C', async () => {
    const client = cluster();
    let ticks = 0;
    const ctx = testContext(client, {
      onSleep: (_s, c) => {
        ticks++;
        if (ticks === 1) seedPod(client, 'web-3');
        if (ticks === 2) client.remove(PODS, 'web-1');
        if (ticks === 3) c.abort();
      },
    });
    const r = await kubectl(ctx, 'get pods -w');
    expect(r.code).toBe(130);
    expect(r.stdout).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE\nweb-1   1/1     Running   0          10m\nweb-2   1/1     Running   0          10m\n' +
        'web-3   1/1   Running   0     10m\n' +
        'web-1   1/1   Running   0     10m\n',
    );
  });

  it.each([
    ['a missing pod', 'get pod nosuch -w', 1, 'Error from server (NotFound): pods "nosuch" not found\n'],
    ['a missing hpa, --watch', 'get hpa nosuch --watch', 1, 'Error from server (NotFound): horizontalpodautoscalers.autoscaling "nosuch" not found\n'],
    ['one of two missing', 'get pods web-1 nosuch -w', 1, 'Error from server (NotFound): pods "nosuch" not found\n'],
    ['--ignore-not-found', 'get pod nosuch -w --ignore-not-found', 0, ''],
  ])('refuses to watch %s', async (_name, line, code, stderr) => {
    const r = await kubectl(testContext(cluster(), { onSleep: (_s, c) => c.abort() }), line);
    expect([r.code, r.stdout, r.stderr]).toEqual([code, '', stderr]);
  });

  it('ends a watch at --request-timeout', async () => {
    const r = await kubectl(testContext(cluster()), 'get pods -w --request-timeout=5s');
    expect(r.code).toBe(0);
  });
});
