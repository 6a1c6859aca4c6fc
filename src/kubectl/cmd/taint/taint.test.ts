import { describe, expect, it } from 'vitest';
import { clusterSession } from '../../testing/clusterSession';

const taints = async (s: ReturnType<typeof clusterSession>) => (await s.run(['get', 'node', 'minikube', '-o', 'jsonpath={.spec.taints}'])).stdout;

describe('kubectl taint', () => {
  it('adds, overwrites and removes taints', async () => {
    const s = clusterSession();
    expect(await s.run('taint nodes minikube dedicated=gpu:NoSchedule')).toEqual({ code: 0, stdout: 'node/minikube tainted\n', stderr: '' });
    expect(await taints(s)).toBe('[{"effect":"NoSchedule","key":"dedicated","value":"gpu"}]');
    expect((await s.run('taint nodes minikube dedicated=cpu:NoSchedule')).stderr).toBe(
      'error: node minikube already has dedicated taint(s) with same effect(s) and --overwrite is false\n',
    );
    expect((await s.run('taint nodes minikube dedicated=cpu:NoSchedule --overwrite')).stdout).toBe('node/minikube modified\n');
    expect((await s.run('taint node minikube spot:PreferNoSchedule')).stdout).toBe('node/minikube tainted\n');
    expect((await s.run('taint nodes minikube dedicated:NoSchedule-')).stdout).toBe('node/minikube untainted\n');
    expect((await s.run('taint nodes minikube spot-')).stdout).toBe('node/minikube untainted\n');
    expect(await taints(s)).toBe('');
    expect((await s.run('taint nodes minikube spot-')).stderr).toBe('error: taint "spot" not found\n');
  });

  it.each([
    ['no taint', 'taint nodes minikube', 'error: at least one taint update is required\n'],
    ['resource after taint', 'taint nodes minikube a=b:NoSchedule n2', 'error: all resources must be specified before taint changes: n2\n'],
    ['bad effect', 'taint nodes minikube a=b:Foo', "error: invalid taint effect: Foo, unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n"],
    [
      'no effect',
      'taint nodes minikube a=b',
      "error: invalid taint spec: a=b, name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')\nSee 'kubectl taint -h' for help and examples\n",
    ],
    ['duplicate', 'taint nodes minikube a=b:NoSchedule a=c:NoSchedule', "error: duplicated taints with the same key and effect: {a c NoSchedule <nil>}\nSee 'kubectl taint -h' for help and examples\n"],
    ['add and remove', 'taint nodes minikube a=b:NoSchedule a-', 'error: can not both modify and remove the following taint(s) in the same command: a=\n'],
    ['not a node', 'taint pods web a=b:NoSchedule', 'error: invalid resource type pods, only node types are supported\n'],
    ['missing node', 'taint nodes nope a=b:NoSchedule', 'Error from server (NotFound): nodes "nope" not found\n'],
  ])('%s', async (_name, line, stderr) => {
    const r = await clusterSession().run(line);
    expect(r.stderr).toBe(stderr);
    expect(r.code).toBe(1);
  });
});
