import { describe, expect, it } from 'vitest';
import { clusterSession } from '../../testing/clusterSession';

async function session() {
  const s = clusterSession();
  await s.run('create deployment web --image=nginx:1.25');
  await s.run('create configmap app-config --from-literal=log.level=debug --from-literal=MODE=fast');
  return s;
}

const jsonpath = (s: Awaited<ReturnType<typeof session>>, path: string) => s.run(['get', 'deployment', 'web', '-o', `jsonpath=${path}`]).then((r) => r.stdout);

describe('kubectl set env', () => {
  it('sets, lists, imports and removes variables', async () => {
    const s = await session();
    expect(await s.run('set env deployment/web GREETING=hello COLOR=blue')).toEqual({ code: 0, stdout: 'deployment.apps/web env updated\n', stderr: '' });
    expect(await s.run('set env deployment/web GREETING=hello')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await s.run('set env deployment/web --from=configmap/app-config --prefix=APP_')).toEqual({
      code: 0,
      stdout: 'deployment.apps/web env updated\n',
      stderr: 'warning: key log.level transferred to LOG_LEVEL\n',
    });
    expect((await s.run('set env deployment/web --list')).stdout).toBe(
      '# Deployment web, container nginx\nGREETING=hello\nCOLOR=blue\n# APP_MODE from configmap app-config, key MODE\n# APP_LOG_LEVEL from configmap app-config, key log.level\n',
    );
    expect((await s.run('set env deployment/web COLOR-')).stdout).toBe('deployment.apps/web env updated\n');
    expect(await jsonpath(s, '{.spec.template.spec.containers[0].env[*].name}')).toBe('GREETING APP_MODE APP_LOG_LEVEL');
  });

  it.each([
    ['env before resource', 'set env A=b deployment/web', 'error: all resources must be specified before environment changes: A=b deployment/web\n'],
    ['invalid name', 'set env deployment/web 1A=b', 'error: "1A" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, \'_\', \'-\', or \'.\', and must not start with a digit (e.g. \'my.env-name\',  or \'MY_ENV.NAME\',  or \'MyEnvName1\', regex used for validation is \'[-._a-zA-Z][-._a-zA-Z0-9]*\')\n'],
    ['keys without from', 'set env deployment/web --keys=a', 'error: when specifying --keys, a configmap or secret must be provided with --from\n'],
    ['list with output', 'set env deployment/web --list -o yaml', 'error: --list and --output may not be specified together\n'],
    ['no overwrite', 'set env deployment/web A=1 --overwrite=false', ''],
    ['unknown container', 'set env deployment/web A=1 -c redis', 'warning: Deployment/web does not have any containers matching "redis"\n'],
    ['a service has no pod template', 'set env service/kubernetes A=1', 'error: the object is not a pod or does not have a pod template: *v1.Service\n'],
  ])('%s', async (_name, line, stderr) => {
    const s = await session();
    expect((await s.run(line)).stderr).toBe(stderr);
  });

  it('refuses to overwrite a different value with --overwrite=false', async () => {
    const s = await session();
    await s.run('set env deployment/web A=1');
    expect((await s.run('set env deployment/web A=2 --overwrite=false')).stderr).toBe("error: 'A' already has a value (1), and --overwrite is false\n");
  });
});

describe('kubectl set resources / serviceaccount', () => {
  it('sets requests and limits', async () => {
    const s = await session();
    expect(await s.run('set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=0.1')).toEqual({
      code: 0,
      stdout: 'deployment.apps/web resource requirements updated\n',
      stderr: '',
    });
    expect(await jsonpath(s, '{.spec.template.spec.containers[0].resources}')).toBe('{"limits":{"cpu":"200m","memory":"512Mi"},"requests":{"cpu":"100m"}}');
  });

  it('needs limits or requests', async () => {
    const s = await session();
    expect((await s.run('set resources deployment web')).stderr).toBe('error: you must specify an update to requests or limits (in the form of --requests/--limits)\n');
  });

  it('sets the service account', async () => {
    const s = await session();
    expect((await s.run('set serviceaccount deployment web builder')).stdout).toBe('deployment.apps/web serviceaccount updated\n');
    expect(await jsonpath(s, '{.spec.template.spec.serviceAccountName}')).toBe('builder');
    expect((await s.run('set sa')).stderr).toBe('error: serviceaccount is required\n');
  });
});
