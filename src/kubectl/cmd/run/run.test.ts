import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';

const POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: null
  labels:
    run: web
  name: web
spec:
  containers:
  - env:
    - name: A
      value: "1"
    image: nginx
    name: web
    ports:
    - containerPort: 80
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Never
status: {}
`;

describe('kubectl run', () => {
  it.each([
    ['a pod', 'run web --image=nginx', 'pod/web created\n', ''],
    ['with a service', 'run web --image=nginx --port=80 --expose', 'service/web created\npod/web created\n', ''],
    ['the generated pod', 'run web --image=nginx --port=80 --env=A=1 --restart=Never --dry-run=client -o yaml', POD_YAML, ''],
    ['no name', 'run --image=nginx', '', "error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n"],
    ['no image', 'run web', '', 'error: required flag(s) "image" not set\n'],
    ['bad restart policy', 'run web --image=nginx --restart=Foo', '', "error: invalid restart policy: Foo\nSee 'kubectl run -h' for help and examples\n"],
    ['bad env', 'run web --image=nginx --env=FOO', '', 'error: invalid env: FOO\n'],
    ['bad labels', 'run web --image=nginx --labels=foo', '', 'error: unexpected label spec: foo\n'],
    ['expose without a port', 'run web --image=nginx --expose', '', "error: --port must be set when exposing a service\nSee 'kubectl run -h' for help and examples\n"],
    ['--rm without attaching', 'run web --image=nginx --rm', '', "error: --rm should only be used for attached containers\nSee 'kubectl run -h' for help and examples\n"],
  ])('%s', async (_name, line, stdout, stderr) => {
    const r = await kubectl(testContext(new FakeClient()), line);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });

  it('passes arguments after -- as args, or as the command with --command', async () => {
    const client = new FakeClient();
    const ctx = testContext(client);
    await kubectl(ctx, ['run', 'a', '--image=busybox', '--', 'sleep', '3600']);
    await kubectl(ctx, ['run', 'b', '--image=busybox', '--command', '--', 'sleep', '3600']);
    expect(client.actions[0].body).toMatchObject({ spec: { containers: [{ args: ['sleep', '3600'] }] } });
    expect(client.actions[1].body).toMatchObject({ spec: { containers: [{ command: ['sleep', '3600'] }] } });
  });
});
