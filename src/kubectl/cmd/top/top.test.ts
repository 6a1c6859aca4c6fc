import { describe, expect, it } from 'vitest';
import { BUILTIN_RESOURCES, type ResourceInfo } from '../../sim';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { NODE_METRICS, POD_METRICS } from './metrics';

const metricsResource = (resource: string, kind: string, namespaced: boolean): ResourceInfo => ({
  ...BUILTIN_RESOURCES[0],
  group: 'metrics.k8s.io',
  version: 'v1beta1',
  resource,
  kind,
  singular: '',
  namespaced,
  shortNames: [],
  categories: [],
});

function withMetrics() {
  const client = new FakeClient();
  client.seed({ group: '', version: 'v1', resource: 'nodes' }, { apiVersion: 'v1', kind: 'Node', metadata: { name: 'minikube' }, status: { allocatable: { cpu: '2', memory: '4Gi' }, capacity: { cpu: '2', memory: '4Gi' } } });
  client.seed({ group: '', version: 'v1', resource: 'nodes' }, { apiVersion: 'v1', kind: 'Node', metadata: { name: 'm02' }, status: { allocatable: { cpu: '2', memory: '4Gi' } } });
  client.seed(NODE_METRICS, { apiVersion: 'metrics.k8s.io/v1beta1', kind: 'NodeMetrics', metadata: { name: 'minikube' }, usage: { cpu: '250m', memory: '1Gi' } });
  client.seed(POD_METRICS, { apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics', metadata: { name: 'web-1', namespace: 'default' }, containers: [{ name: 'nginx', usage: { cpu: '1m', memory: '5Mi' } }, { name: 'log', usage: { cpu: '2m', memory: '3Mi' } }] });
  client.seed(POD_METRICS, { apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics', metadata: { name: 'api-1', namespace: 'default' }, containers: [{ name: 'api', usage: { cpu: '120m', memory: '64Mi' } }] });
  const ctx = testContext(client);
  ctx.discovery = () => [...BUILTIN_RESOURCES, metricsResource('nodes', 'NodeMetrics', false), metricsResource('pods', 'PodMetrics', true)];
  return ctx;
}

describe('kubectl top', () => {
  it('needs the metrics API', async () => {
    const ctx = testContext(new FakeClient());
    ctx.discovery = () => BUILTIN_RESOURCES;
    expect(await kubectl(ctx, 'top pod')).toEqual({ code: 1, stdout: '', stderr: 'error: Metrics API not available\n' });
  });

  it.each([
    ['no pods at all', [], 'top pod', 0, 'No resources found in default namespace.\n'],
    ['pods younger than the first scrape', [0], 'top pod', 1, 'error: metrics not available yet\n'],
    ['a pod that should have been measured', [150_500], 'top pod', 1, 'error: Metrics not available for pod default/p0, age: 2m30.5s\n'],
    ['nodes', [], 'top node', 1, 'error: metrics not available yet\n'],
  ])('without metrics yet: %s', async (_name, ages, line, code, err) => {
    const client = new FakeClient();
    const ctx = testContext(client);
    ages.forEach((age, i) => client.seed({ group: '', version: 'v1', resource: 'pods' }, { apiVersion: 'v1', kind: 'Pod', metadata: { name: `p${i}`, namespace: 'default', creationTimestamp: new Date(ctx.now() - age).toISOString() } }));
    ctx.discovery = () => [...BUILTIN_RESOURCES, metricsResource('nodes', 'NodeMetrics', false), metricsResource('pods', 'PodMetrics', true)];
    expect(await kubectl(ctx, line)).toEqual({ code, stdout: '', stderr: err });
  });

  it.each([
    ['nodes', 'top node', 'NAME       CPU(cores)   CPU(%)      MEMORY(bytes)   MEMORY(%)   \nminikube   250m         12%         1024Mi          25%         \nm02        <unknown>    <unknown>   <unknown>       <unknown>   \n'],
    ['pods', 'top pod', 'NAME    CPU(cores)   MEMORY(bytes)   \napi-1   120m         64Mi            \nweb-1   3m           8Mi             \n'],
    ['pods by cpu', 'top pods --sort-by=cpu --no-headers', 'api-1   120m   64Mi   \nweb-1   3m     8Mi    \n'],
    ['containers', 'top pod web-1 --containers', 'POD     NAME    CPU(cores)   MEMORY(bytes)   \nweb-1   nginx   1m           5Mi             \nweb-1   log     2m           3Mi             \n'],
    ['sum', 'top pod --sum', 'NAME    CPU(cores)   MEMORY(bytes)   \napi-1   120m         64Mi            \nweb-1   3m           8Mi             \n        ________     ________        \n        123m         72Mi            \n'],
    ['bad sort', 'top pod --sort-by=name', 'error: --sort-by accepts only cpu or memory\n'],
  ])('%s', async (_name, line, out) => {
    const r = await kubectl(withMetrics(), line);
    expect(r.code === 0 ? r.stdout : r.stderr).toBe(out);
  });
});
