import { describe, expect, it } from 'vitest';
import { clusterSession } from '../../testing/clusterSession';

describe('cluster information commands', () => {
  it('cluster-info names the control plane and CoreDNS', async () => {
    expect(await clusterSession().run('cluster-info')).toEqual({
      code: 0,
      stdout:
        'Kubernetes control plane is running at https://192.168.49.2:8443\n' +
        'CoreDNS is running at https://192.168.49.2:8443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\n' +
        "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
      stderr: '',
    });
  });

  it('api-versions lists group/versions sorted', async () => {
    const lines = (await clusterSession().run('api-versions')).stdout.trim().split('\n');
    expect(lines).toContain('apps/v1');
    expect(lines).toContain('v1');
    expect(lines).toEqual([...lines].sort());
  });

  it.each([
    ['can-i', 'auth can-i create deployments', 'yes\n', '', 0],
    ['can-i quietly', 'auth can-i delete pods -q', '', '', 0],
    ['can-i an unknown type', 'auth can-i get foos', 'yes\n', "Warning: the server doesn't have a resource type 'foos'\n", 0],
    ['can-i without a resource', 'auth can-i get', '', "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n", 1],
    ['can-i --list with args', 'auth can-i --list get', '', "error: list option must be specified with no arguments\nSee 'kubectl auth can-i -h' for help and examples\n", 1],
    ['whoami', 'auth whoami', 'ATTRIBUTE   VALUE\nUsername    minikube-user\nGroups      [system:masters system:authenticated]\n', '', 0],
    ['completion without a shell', 'completion', '', "error: Shell not specified.\nSee 'kubectl completion -h' for help and examples\n", 1],
    ['completion of an unknown shell', 'completion foo', '', "error: Unsupported shell type \"foo\".\nSee 'kubectl completion -h' for help and examples\n", 1],
  ])('%s', async (_name, line, stdout, stderr, code) => {
    const s = clusterSession();
    s.ctx.kubeconfig.contexts = [{ name: 'minikube', cluster: 'minikube', user: 'minikube', namespace: 'default' }];
    s.ctx.kubeconfig.currentContext = 'minikube';
    expect(await s.run(line)).toEqual({ code, stdout, stderr });
  });

  it('can-i --list shows cluster-admin rules', async () => {
    const out = (await clusterSession().run('auth can-i --list')).stdout.split('\n');
    expect(out[0]).toBe('Resources                                       Non-Resource URLs   Resource Names   Verbs');
    expect(out[1]).toBe('*.*                                             []                  []               [*]');
  });

  it('completion bash prints a script with kubectl\'s header', async () => {
    const out = (await clusterSession().run('completion bash')).stdout;
    expect(out.startsWith('# bash completion V2 for kubectl')).toBe(true);
    expect(out).toContain('complete -o default -F __start_kubectl kubectl');
  });

  it('config view prints the kubeconfig, minified and as jsonpath', async () => {
    const s = clusterSession();
    s.ctx.kubeconfig.contexts = [
      { name: 'minikube', cluster: 'minikube', user: 'minikube', namespace: 'default' },
      { name: 'other', cluster: 'kubernetes', user: 'kubernetes-admin' },
    ];
    s.ctx.kubeconfig.currentContext = 'minikube';
    expect((await s.run('config view --minify')).stdout).toBe(
      'apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority: /home/learner/.minikube/ca.crt\n    server: https://192.168.49.2:8443\n  name: minikube\n' +
        'contexts:\n- context:\n    cluster: minikube\n    namespace: default\n    user: minikube\n  name: minikube\ncurrent-context: minikube\nkind: Config\npreferences: {}\n' +
        'users:\n- name: minikube\n  user:\n    client-certificate: /home/learner/.minikube/profiles/minikube/client.crt\n    client-key: /home/learner/.minikube/profiles/minikube/client.key\n',
    );
    expect((await s.run(['config', 'view', '-o', 'jsonpath={.contexts[*].name}'])).stdout).toBe('minikube other');
    expect((await s.run(['config', 'view', '-o', 'jsonpath={.users[0].user.client-key-data}'])).stdout).toBe('DATA+OMITTED');
  });

  it.each([
    ['yaml', 'version --client -o yaml', 'clientVersion:\n  buildDate: "2024-12-11T18:04:20Z"\n  compiler: gc\n  gitCommit: 70d3cc986aa8221cd1dfb1121852688902d3bf53\n  gitTreeState: clean\n  gitVersion: v1.32.0\n  goVersion: go1.23.3\n  major: "1"\n  minor: "32"\n  platform: linux/amd64\nkustomizeVersion: v5.5.0\n\n'],
  ])('version -o %s', async (_name, line, stdout) => {
    expect((await clusterSession().run(line)).stdout).toBe(stdout);
  });

  it('version -o json keeps Go\'s field order with two-space indents', async () => {
    const out = (await clusterSession().run('version -o json')).stdout;
    expect(out.startsWith('{\n  "clientVersion": {\n    "major": "1",\n    "minor": "32",\n    "gitVersion": "v1.32.0",')).toBe(true);
    expect(JSON.parse(out).serverVersion.gitVersion).toBe('v1.32.0');
  });
});
