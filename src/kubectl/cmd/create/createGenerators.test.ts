import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';

const CRONJOBS = { group: 'batch', version: 'v1', resource: 'cronjobs' };
const DEPLOYMENTS = { group: 'apps', version: 'v1', resource: 'deployments' };

function seeded(): FakeClient {
  const client = new FakeClient();
  client.seed(CRONJOBS, {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly', namespace: 'default', uid: 'cj-uid' },
    spec: {
      schedule: '0 3 * * *',
      jobTemplate: { metadata: { labels: { team: 'a' }, annotations: { note: 'x' } }, spec: { template: { spec: { containers: [{ name: 'c', image: 'busybox' }], restartPolicy: 'OnFailure' } } } },
    },
  });
  client.seed(DEPLOYMENTS, { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' } });
  client.seed({ group: '', version: 'v1', resource: 'serviceaccounts' }, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder', namespace: 'default', uid: 'sa-uid' } });
  return client;
}

describe('kubectl create <generator> errors, worded as kubectl v1.32', () => {
  it.each([
    ['job without image or from', 'create job j', 'error: either --image or --from must be specified\n'],
    ['job with both', 'create job j --image=a --from=cronjob/x', 'error: either --image or --from must be specified\n'],
    ['job from and command', 'create job j --from=cronjob/x -- echo', 'error: cannot specify --from and command\n'],
    ['job from a missing cronjob', 'create job j --from=cronjob/nope', 'Error from server (NotFound): cronjobs.batch "nope" not found\n'],
    ['job from a deployment', 'create job j --from=deployment/web', 'error: unknown object type *v1.Deployment\n'],
    ['cronjob without schedule', 'create cronjob c --image=a', 'error: required flag(s) "schedule" not set\n'],
    ['ingress without rules', 'create ingress i', 'error: not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)\n'],
    ['ingress bad rule', 'create ingress i --rule=foo', 'error: rule foo is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]\n'],
    ['ingress bad backend', 'create ingress i --default-backend=foo', 'error: default-backend should be in format servicename:serviceport\n'],
    ['ingress bad annotation', 'create ingress i --rule=/a=b:80 --annotation=x', 'error: annotation x is invalid and should be in format key=[value]\n'],
    ['role without verb', 'create role r', 'error: at least one verb must be specified\n'],
    ['role without resource', 'create role r --verb=get', 'error: at least one resource must be specified\n'],
    ['role with an unknown resource', 'create role r --verb=get --resource=foo', 'error: no matches for /, Resource=foo\n'],
    ['role bind on pods', 'create role r --verb=bind --resource=pods', "error: can not perform 'bind' on 'pods' in group ''\n"],
    ['clusterrole without resource or url', 'create clusterrole c --verb=get', 'error: one of resource or nonResourceURL must be specified\n'],
    ['clusterrole aggregation with verbs', 'create clusterrole c --aggregation-rule=a=b --verb=get', 'error: aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames\n'],
    ['clusterrole malformed aggregation', 'create clusterrole c --aggregation-rule=foo', 'Error: invalid argument "foo" for "--aggregation-rule" flag: malformed pair, expect string=string\nSee \'kubectl create clusterrole --help\' for usage.\n'],
    ['clusterrole bad url verb', 'create clusterrole c --verb=foo --non-resource-url=/a', "error: invalid verb: 'foo' for nonResourceURL\n"],
    ['clusterrole relative url', 'create clusterrole c --verb=get --non-resource-url=a', 'error: nonResourceURL should start with /\n'],
    ['clusterrole inner wildcard', 'create clusterrole c --verb=get --non-resource-url=/a*b', "error: nonResourceURL only supports wildcard matches when '*' is at the end\n"],
    ['rolebinding without role', 'create rolebinding b', 'error: exactly one of clusterrole or role must be specified\n'],
    ['rolebinding bad serviceaccount', 'create rolebinding b --role=a --serviceaccount=:x', 'error: serviceaccount must be <namespace>:<name>\n'],
    ['clusterrolebinding without clusterrole', 'create clusterrolebinding b', 'error: required flag(s) "clusterrole" not set\n'],
    ['quota bad quantity', 'create quota q --hard=cpu=x', "error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'\n"],
    ['quota bad suffix', 'create quota q --hard=cpu=1mm', "error: unable to parse quantity's suffix\n"],
    ['quota no value', 'create quota q --hard=cpu', 'error: Invalid argument syntax cpu, expected <resource>=<value>\n'],
    ['pdb without selector', 'create pdb p', 'error: a selector must be specified\n'],
    ['pdb without bounds', 'create pdb p --selector=a=b', 'error: one of min-available or max-unavailable must be specified\n'],
    ['pdb with both bounds', 'create pdb p --selector=a=b --min-available=1 --max-unavailable=1', 'error: min-available and max-unavailable cannot be both specified\n'],
    ['pdb bad bound', 'create pdb p --selector=a=b --min-available=1Gb', 'error: invalid format specified for min-available\n'],
    ['pdb not-equals', 'create pdb p --selector=a!=b --min-available=1', 'error: "!=" is not a valid label selector operator\n'],
    ['pdb greater-than', 'create pdb p --selector=a>1 --min-available=1', 'error: "gt" isn\'t supported in label selectors\n'],
    ['token without name', 'create token', "error: exactly one NAME is required, got 0\nSee 'kubectl create token -h' for help and examples\n"],
    ['token for a missing account', 'create token nope', 'error: failed to create token: serviceaccounts "nope" not found\n'],
    ['token bad bound kind', 'create token builder --bound-object-kind=Foo', 'error: supported --bound-object-kind values are Node, Pod, Secret\n'],
    ['token bound kind without name', 'create token builder --bound-object-kind=Pod', 'error: --bound-object-name is required if --bound-object-kind is provided\n'],
    ['token negative duration', 'create token builder --duration=-1s', 'error: --duration must be greater than or equal to 0\n'],
    ['token sub-second duration', 'create token builder --duration=1ms', 'error: --duration cannot be expressed in units less than seconds\n'],
  ])('%s', async (_name, line, stderr) => {
    const r = await kubectl(testContext(seeded()), line);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
  });

  it('warns about a non-standard verb and still creates the role', async () => {
    const r = await kubectl(testContext(seeded()), 'create role r --verb=frobnicate --resource=deploy');
    expect(r.stderr).toBe("Warning: 'frobnicate' is not a standard resource verb\n");
    expect(r.stdout).toBe('role.rbac.authorization.k8s.io/r created\n');
  });
});

describe('kubectl create job --from=cronjob/NAME', () => {
  it('copies the job template, marks a manual run and points at the cronjob', async () => {
    const client = seeded();
    const r = await kubectl(testContext(client), 'create job manual-1 --from=cronjob/nightly');
    expect(r.stdout).toBe('job.batch/manual-1 created\n');
    expect(client.actions[0].body).toEqual({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name: 'manual-1',
        creationTimestamp: null,
        annotations: { 'cronjob.kubernetes.io/instantiate': 'manual', note: 'x' },
        labels: { team: 'a' },
        ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'nightly', uid: 'cj-uid', controller: true }],
      },
      spec: { template: { spec: { containers: [{ name: 'c', image: 'busybox' }], restartPolicy: 'OnFailure' } } },
      status: {},
    });
  });
});

describe('kubectl create token', () => {
  it('prints a JWT whose claims name the service account', async () => {
    const r = await kubectl(testContext(seeded()), 'create token builder --duration=10m');
    const parts = r.stdout.trim().split('.');
    expect(parts).toHaveLength(3);
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: 'system:serviceaccount:default:builder', aud: ['https://kubernetes.default.svc.cluster.local'], 'kubernetes.io': { namespace: 'default', serviceaccount: { name: 'builder', uid: 'sa-uid' } } });
    expect((claims.exp as number) - (claims.iat as number)).toBe(600);
    expect(parts[2]).toHaveLength(342);
  });

  it('gives the same token for the same request at the same time', async () => {
    const a = await kubectl(testContext(seeded()), 'create token builder');
    const b = await kubectl(testContext(seeded()), 'create token builder');
    expect(a.stdout).toBe(b.stdout);
  });
});
