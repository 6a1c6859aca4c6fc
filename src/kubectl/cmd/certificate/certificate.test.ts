import type { CertificateSigningRequest } from 'kubernetes-types/certificates/v1';
import { describe, expect, it } from 'vitest';
import { encodeBase64, decodeBase64 } from '../../../common/base64';
import { FakeClient } from '../../testing/fakeClient';
import { clusterSession } from '../../testing/clusterSession';
import { kubectl, testContext } from '../../testing/testContext';

const REQUEST = encodeBase64('-----BEGIN CERTIFICATE REQUEST-----\nMIICVjCCAT4CAQAwETEPMA0GA1UEAwwGbXl1c2Vy\n-----END CERTIFICATE REQUEST-----\n');
const csr = (name: string, usages = ['client auth'], extra = '  expirationSeconds: 86400\n') =>
  `apiVersion: certificates.k8s.io/v1\nkind: CertificateSigningRequest\nmetadata:\n  name: ${name}\nspec:\n  request: ${REQUEST}\n  signerName: kubernetes.io/kube-apiserver-client\n${extra}  usages: [${usages.map((u) => JSON.stringify(u)).join(', ')}]\n`;

async function session() {
  const s = clusterSession(5, { 'myuser.yaml': csr('myuser'), 'server.yaml': csr('server', ['server auth'], ''), 'bad.yaml': csr('bad').replace(REQUEST, 'aGk=') });
  await s.run('create -f myuser.yaml');
  return s;
}
const CSRS = { group: 'certificates.k8s.io', resource: 'certificatesigningrequests' };
const get = (s: Awaited<ReturnType<typeof session>>, name: string) => s.cluster.client.get<CertificateSigningRequest>(CSRS, name);

describe('kubectl certificate', () => {
  it('lists a pending request with who asked, for which signer and how long', async () => {
    const s = await session();
    expect((await s.run('get csr')).stdout).toBe(
      'NAME     AGE   SIGNERNAME                            REQUESTOR       REQUESTEDDURATION   CONDITION\n' +
        'myuser   0s    kubernetes.io/kube-apiserver-client   minikube-user   24h                 Pending\n',
    );
  });

  it('approves: the condition lands through approval and the signer issues a PEM certificate', async () => {
    const s = await session();
    expect(await s.run('certificate approve myuser')).toEqual({ code: 0, stdout: 'certificatesigningrequest.certificates.k8s.io/myuser approved\n', stderr: '' });
    const approved = get(s, 'myuser');
    expect(approved.status?.conditions).toEqual([
      { lastTransitionTime: '2024-06-01T00:01:00Z', lastUpdateTime: '2024-06-01T00:01:00Z', message: 'This CSR was approved by kubectl certificate approve.', reason: 'KubectlApprove', status: 'True', type: 'Approved' },
    ]);
    expect(decodeBase64(approved.status!.certificate!)).toMatch(/^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/]{64}\n)+[A-Za-z0-9+/=]*\n?-----END CERTIFICATE-----\n$/);
    expect((await s.run('get csr --no-headers')).stdout).toContain('Approved,Issued\n');
    expect((await s.run('certificate approve myuser')).stdout).toBe('certificatesigningrequest.certificates.k8s.io/myuser approved\n');
    expect(get(s, 'myuser').status?.conditions).toHaveLength(1);
  });

  it('refuses to deny what was approved, as the API server validates', async () => {
    const s = await session();
    await s.run('certificate approve myuser');
    expect((await s.run('certificate deny myuser')).stderr).toBe(
      'The CertificateSigningRequest "myuser" is invalid: status.conditions[1].type: Invalid value: "Denied": Approved and Denied conditions are mutually exclusive\n',
    );
  });

  it('denies: no certificate is issued', async () => {
    const s = await session();
    expect((await s.run('certificate deny myuser')).stdout).toBe('certificatesigningrequest.certificates.k8s.io/myuser denied\n');
    expect(get(s, 'myuser').status?.certificate).toBeUndefined();
    expect((await s.run('get csr myuser --no-headers')).stdout).toMatch(/\sDenied\n$/);
  });

  it('marks an approved request Failed when the signer refuses its usages', async () => {
    const s = await session();
    await s.run('create -f server.yaml');
    await s.run('certificate approve server');
    const failed = get(s, 'server').status?.conditions?.find((c) => c.type === 'Failed');
    expect(failed).toMatchObject({ reason: 'SignerValidationFailure', message: 'invalid usage for client certificate: server auth', status: 'True' });
    expect((await s.run('get csr server --no-headers')).stdout).toMatch(/<none>\s+Approved,Failed\n$/);
  });

  it('refuses a request that is not a PEM certificate request', async () => {
    const s = await session();
    expect((await s.run('create -f bad.yaml')).stderr).toBe(
      'The CertificateSigningRequest "bad" is invalid: spec.request: Invalid value: []byte{0x68, 0x69}: PEM block type must be CERTIFICATE REQUEST\n',
    );
  });

  it.each([
    ['no names', 'certificate approve', 'error: one or more CSRs must be specified as <name> or -f <filename>\n'],
    ['a missing request', 'certificate deny nosuch', 'Error from server (NotFound): certificatesigningrequests.certificates.k8s.io "nosuch" not found\n'],
  ])('fails for %s', async (_name, line, stderr) => {
    expect(await kubectl(testContext(new FakeClient()), line)).toEqual({ code: 1, stdout: '', stderr });
  });
});
