import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { DEPLOYMENTS, seedDeployment } from '../../testing/fixtures';

describe('kubectl patch', () => {
  it.each([
    ['a JSON merge', ['patch', 'deployment', 'web', '--type=merge', '-p', '{"spec":{"replicas":5}}'], 'deployment.apps/web patched\n', '', 5],
    ['a YAML strategic patch', ['patch', 'deploy/web', '-p', 'spec:\n  replicas: 4'], 'deployment.apps/web patched\n', '', 4],
    ['a JSON patch', ['patch', 'deploy/web', '--type=json', '-p', '[{"op":"replace","path":"/spec/replicas","value":2}]'], 'deployment.apps/web patched\n', '', 2],
    ['no change', ['patch', 'deploy/web', '-p', '{"spec":{"replicas":3}}'], 'deployment.apps/web patched (no change)\n', '', 3],
    ['no patch', ['patch', 'deploy/web'], '', 'error: must specify --patch or --patch-file containing the contents of the patch\n', 3],
    ['bad type', ['patch', 'deploy/web', '-p', '{}', '--type=foo'], '', 'error: --type must be one of [json merge strategic], not "foo"\n', 3],
    ['unparsable', ['patch', 'deploy/web', '-p', 'a: b: c'], '', 'error: unable to parse "a: b: c": yaml: line 1: mapping values are not allowed in this context\n', 3],
  ])('%s', async (_name, argv, stdout, stderr, replicas) => {
    const client = new FakeClient();
    seedDeployment(client);
    const r = await kubectl(testContext(client), argv);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
    expect(client.get<{ spec: { replicas: number } }>(DEPLOYMENTS, 'web').spec.replicas).toBe(replicas);
  });
});
