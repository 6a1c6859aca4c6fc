import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext, type TestContext } from '../../testing/testContext';

const PATH = '/home/learner/.kube/config';

async function script(ctx: TestContext, lines: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const line of lines) {
    const r = await kubectl(ctx, line);
    out.push(`${r.code} ${r.stdout}${r.stderr}`);
  }
  return out;
}

describe('kubectl config: clusters, users and contexts', () => {
  it('adds a cluster, a user and a context, then shows them with secrets hidden', async () => {
    const ctx = testContext(new FakeClient());
    expect(
      await script(ctx, [
        'config set-cluster dev --server=https://10.0.0.5:6443 --insecure-skip-tls-verify',
        'config set-credentials bob --token=abc',
        'config set-context dev --cluster=dev --user=bob --namespace=team-a',
        'config get-clusters',
        'config get-users',
        'config use-context dev',
      ]),
    ).toEqual(['0 Cluster "dev" set.\n', '0 User "bob" set.\n', '0 Context "dev" created.\n', '0 NAME\ndev\nplayground\n', '0 NAME\nbob\nlearner\n', '0 Switched to context "dev".\n']);
    expect((await kubectl(ctx, 'config view --minify')).stdout).toBe(
      'apiVersion: v1\nclusters:\n- cluster:\n    insecure-skip-tls-verify: true\n    server: https://10.0.0.5:6443\n  name: dev\n' +
        'contexts:\n- context:\n    cluster: dev\n    namespace: team-a\n    user: bob\n  name: dev\ncurrent-context: dev\nkind: Config\npreferences: {}\n' +
        'users:\n- name: bob\n  user:\n    token: REDACTED\n',
    );
    expect((await kubectl(ctx, 'config view --minify --raw -o jsonpath={.users[0].user.token}')).stdout).toBe('abc');
    expect((await kubectl(ctx, 'get pods')).stderr).toBe('No resources found in team-a namespace.\n');
  });

  it.each([
    ['rename the current context', ['config rename-context playground local', 'config current-context'], ['0 Context "playground" renamed to "local".\n', '0 local\n']],
    ['rename a missing context', ['config rename-context nope x'], [`1 error: cannot rename the context "nope", it's not in ${PATH}\n`]],
    ['delete the current context', ['config delete-context playground'], [`0 deleted context playground from ${PATH}\nwarning: this removed your active context, use "kubectl config use-context" to select a different one\n`]],
    ['delete a missing context', ['config delete-context nope'], [`1 error: cannot delete context nope, not in ${PATH}\n`]],
    ['delete a cluster twice', ['config delete-cluster playground', 'config delete-cluster playground'], [`0 deleted cluster playground from ${PATH}\n`, `1 error: cannot delete cluster playground, not in ${PATH}\n`]],
    ['delete a user', ['config delete-user learner', 'config get-users'], [`0 deleted user learner from ${PATH}\n`, '0 NAME\n']],
    ['set and unset a namespace by path', ['config set contexts.playground.namespace dev', 'config unset contexts.playground.namespace'], ['0 Property "contexts.playground.namespace" set.\n', '0 Property "contexts.playground.namespace" unset.\n']],
    ['unset a field of a missing context', ['config unset contexts.nope.namespace'], ['1 error: current map key `nope` is invalid\n']],
    ['set an unknown top-level property', ['config set foo bar'], ['1 error: unable to parse foo after [] at api.Config\n']],
    ['a CA together with insecure mode', ['config set-cluster x --certificate-authority=ca.crt --insecure-skip-tls-verify'], ['1 error: you cannot specify a certificate authority and insecure mode at the same time\n']],
    ['a token together with a password', ['config set-credentials x --token=t --password=p'], ['1 error: you cannot specify more than one authentication method at the same time: --token, --username/--password\n']],
    ['an unknown subcommand', ['config foo'], ["1 error: unknown command \"foo\"\nSee 'kubectl config -h' for help and examples\n"]],
  ])('%s', async (_name, lines, expected) => {
    expect(await script(testContext(new FakeClient()), lines)).toEqual(expected);
  });

  it('embeds certificate files with --embed-certs', async () => {
    const ctx = testContext(new FakeClient(), { files: { 'alice.crt': 'CERT', 'alice.key': 'KEY' } });
    await kubectl(ctx, 'config set-credentials alice --client-certificate=alice.crt --client-key=alice.key --embed-certs=true');
    expect(ctx.kubeconfig.users?.find((u) => u.name === 'alice')?.fields).toEqual({ 'client-certificate-data': 'Q0VSVA==', 'client-key-data': 'S0VZ' });
    expect((await kubectl(ctx, 'config set-credentials eve --client-certificate=nope.crt --embed-certs=true')).stderr).toBe(
      'error: could not read client-certificate data from nope.crt: open nope.crt: no such file or directory\n',
    );
  });

  it('prints its help to stderr and fails without a subcommand', async () => {
    const r = await kubectl(testContext(new FakeClient()), 'config');
    expect([r.code, r.stdout, r.stderr.includes('  set-credentials ')]).toEqual([1, '', true]);
  });
});
