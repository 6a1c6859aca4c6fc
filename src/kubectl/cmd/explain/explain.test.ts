import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';

const run = (line: string) => kubectl(testContext(new FakeClient()), line);

describe('kubectl explain against the API schema', () => {
  it('explain pods: the kind header, description and fields with their OpenAPI v3 types', async () => {
    const r = await run('explain pods');
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('KIND:       Pod\nVERSION:    v1\n\nDESCRIPTION:\n    Pod is a collection of containers that can run on a host. This resource is\n    created by clients and scheduled onto hosts.\n    \nFIELDS:\n  apiVersion\t<string>\n')).toBe(true);
    expect(r.stdout).toContain('\n  metadata\t<ObjectMeta>\n    Standard object\'s metadata. More info:\n');
    expect(r.stdout).toContain('\n  spec\t<PodSpec>\n');
    expect(r.stdout.endsWith('#spec-and-status\n\n\n')).toBe(true);
  });

  it('explain deployment.spec.strategy: GROUP line, FIELD line, merged description', async () => {
    const r = await run('explain deployment.spec.strategy');
    expect(r.stdout).toBe(
      'GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: strategy <DeploymentStrategy>\n\n\n' +
        'DESCRIPTION:\n    The deployment strategy to use to replace existing pods with new ones.\n    DeploymentStrategy describes how to replace existing pods with new ones.\n    \n' +
        'FIELDS:\n  rollingUpdate\t<RollingUpdateDeployment>\n    Rolling update config params. Present only if DeploymentStrategyType =\n    RollingUpdate.\n\n' +
        '  type\t<string>\n  enum: Recreate, RollingUpdate\n    Type of deployment. Can be "Recreate" or "RollingUpdate". Default is\n    RollingUpdate.\n    \n' +
        '    Possible enum values:\n     - `"Recreate"` Kill all existing pods before creating new ones.\n' +
        '     - `"RollingUpdate"` Replace the old ReplicaSets by new one using rolling\n    update i.e gradually scale down the old ReplicaSets and scale up the new\n    one.\n\n\n',
    );
  });

  it('explain deployment.spec.strategy.type: ENUM lines, then the description with its enum values (v1.32)', async () => {
    const r = await run('explain deployment.spec.strategy.type');
    expect(r.stdout).toBe(
      'GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: type <string>\nENUM:\n    Recreate\n    RollingUpdate\n\n' +
        'DESCRIPTION:\n    Type of deployment. Can be "Recreate" or "RollingUpdate". Default is\n    RollingUpdate.\n    \n    Possible enum values:\n' +
        '     - `"Recreate"` Kill all existing pods before creating new ones.\n     - `"RollingUpdate"` Replace the old ReplicaSets by new one using rolling\n' +
        '    update i.e gradually scale down the old ReplicaSets and scale up the new\n    one.\n    \n\n',
    );
  });

  it.each([
    ['containers', 'explain pod.spec.containers --recursive', '\n  env\t<[]EnvVar>\n    name\t<string> -required-\n'],
    ['quantities', 'explain pod.spec.containers --recursive', '\n    limits\t<map[string]Quantity>\n'],
    ['maps', 'explain pods.spec', '\n  nodeSelector\t<map[string]string>\n'],
    ['int-or-string', 'explain deploy.spec.strategy.rollingUpdate', '\n  maxSurge\t<IntOrString>\n'],
    ['--api-version', 'explain deployments --api-version=apps/v1', 'GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n'],
    ['-o plaintext', 'explain svc -o plaintext', 'KIND:       Service\n'],
    ['resource.group prefix', 'explain deployments.apps.spec.paused', 'FIELD: paused <boolean>\n'],
  ])('%s', async (_name, line, fragment) => {
    const r = await run(line);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(fragment);
  });

  it.each([
    ['no type', 'explain', 'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n'],
    ['two types', 'explain pods svc', 'error: We accept only this format: explain RESOURCE\n'],
    ['unknown type', 'explain foo', 'error: the server doesn\'t have a resource type "foo"\n'],
    ['unknown field', 'explain pods.spec.foo', 'error: field "foo" does not exist\n'],
    ['unserved version', 'explain deploy --api-version=apps/v2', 'error: couldn\'t find resource for "apps/v2, Resource=deployments"\n'],
    ['resource not in that version', 'explain deploy --api-version=batch/v1', 'error: GVR (batch/v1, Resource=deployments) not found in OpenAPI schema\n'],
    ['unknown output', 'explain pods -o json', 'error: unrecognized format: json\n'],
  ])('%s', async (_name, line, stderr) => {
    const r = await run(line);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(stderr);
    expect(r.code).toBe(1);
  });
});
