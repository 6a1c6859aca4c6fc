import { describe, expect, it } from 'vitest';
import { FakeClient } from './testing/fakeClient';
import { kubectl, testContext } from './testing/testContext';

const run = (line: string) => kubectl(testContext(new FakeClient()), line);

describe('runKubectl: commands and flags', () => {
  it.each([
    ['unknown flag', 'get pods --foo', "Error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"],
    ['unknown shorthand', 'get pods -z', "Error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n"],
    ['flag needs an argument', 'get pods -n', "Error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n"],
    ['bad int flag', 'delete pods --grace-period=x', 'Error: invalid argument "x" for "--grace-period" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl delete --help\' for usage.\n'],
    ['unknown command with suggestions in kubectl order', 'gett pods', 'Error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n\n'],
    ['suggestion of a command the playground lacks', 'foo', 'Error: unknown command "foo" for "kubectl"\n\nDid you mean this?\n\ttop\n\n'],
    ['unknown command without suggestion', 'frobnicate', 'Error: unknown command "frobnicate" for "kubectl"\n'],
    ['required flag', 'create deployment web', 'error: required flag(s) "image" not set\n'],
    [
      'get without a type',
      'get',
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n',
    ],
    ['unknown resource type', 'get foos', 'error: the server doesn\'t have a resource type "foos"\n'],
    ['create without -f', 'create', 'error: must specify one of -f and -k\n'],
    ['generator without a name', 'create configmap', "error: exactly one NAME is required, got 0\nSee 'kubectl create configmap -h' for help and examples\n"],
    ['invalid dry-run', 'create namespace x --dry-run=foo', 'error: Invalid dry-run value (foo). Must be "none", "server", or "client".\n'],
    ['unknown context', 'get pods --context=nope', 'error: context was not found for specified context: nope\n'],
    ['delete without arguments', 'delete', "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n"],
    ['delete a type without names', 'delete pods', 'error: resource(s) were provided, but no name was specified\n'],
    ['delete --now with --grace-period', 'delete pod x --now --grace-period=5', 'error: --now and --grace-period cannot be specified together\n'],
    ['delete --all with -l', 'delete pods --all -l app=web', "error: setting 'all' parameter but found a non empty selector. \n"],
    ['a kubectl flag the playground lacks', 'get pods --raw=/api', 'error: flag --raw of "kubectl get" is not available in this playground\n'],
    ['delete with a bad cascade', 'delete pod x --cascade=foo', 'error: invalid cascade value (foo). Must be "background", "foreground", or "orphan".\n'],
  ])('%s', async (_name, line, stderr) => {
    const r = await run(line);
    expect(r.stderr).toBe(stderr);
    expect(r.code).toBe(1);
  });

  it('treats a bare --dry-run as client, with the deprecation warning', async () => {
    const ctx = testContext(new FakeClient(), { startMs: Date.UTC(2024, 5, 1, 0, 0, 5) });
    expect(await kubectl(ctx, 'create namespace prod --dry-run')).toEqual({
      code: 0,
      stdout: 'namespace/prod created (dry run)\n',
      stderr: 'W0601 00:00:05.000000       1 helpers.go:702] --dry-run is deprecated and can be replaced with --dry-run=client.\n',
    });
  });

  it('prints help for a command group', async () => {
    const r = await run('rollout');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Available Commands:\n  history');
  });

  it('accepts global flags before the verb', async () => {
    const r = await run('-n kube-system get pods');
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'No resources found in kube-system namespace.\n' });
  });

  it('takes the namespace from the kubeconfig context', async () => {
    const ctx = testContext(new FakeClient());
    ctx.kubeconfig.contexts[0].namespace = 'dev';
    expect((await kubectl(ctx, 'get deploy')).stderr).toBe('No resources found in dev namespace.\n');
  });
});
