/**
 * kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/ — "How to issue a
 * certificate for a user": an openssl key and CSR, a CertificateSigningRequest approved and
 * signed, the certificate read back with openssl, and a kubeconfig user and context for it.
 */
import { describe, expect, it } from 'vitest';
import { Tutorial, table } from './tutorialDriver';

const CSR_MANIFEST = (request: string) => `cat <<EOF | kubectl apply -f -
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: myuser
spec:
  request: ${request}
  signerName: kubernetes.io/kube-apiserver-client
  expirationSeconds: 86400  # one day
  usages:
  - client auth
EOF`;

describe('Certificates and Certificate Signing Requests: a certificate for a user', () => {
  it('creates a key and CSR with openssl, gets it approved and signed, and adds the user to kubeconfig', async () => {
    const t = new Tutorial();
    expect(await t.ok('openssl genrsa -out myuser.key 2048')).toBe('');
    expect(await t.ok('head -1 myuser.key')).toBe('-----BEGIN PRIVATE KEY-----\n');
    expect(await t.ok('openssl req -new -key myuser.key -out myuser.csr -subj "/CN=myuser"')).toBe('');
    const csr = await t.ok('cat myuser.csr');
    expect(csr).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----\n([A-Za-z0-9+/=]{64}\n)+[A-Za-z0-9+/=]{1,64}\n-----END CERTIFICATE REQUEST-----\n$/);

    const request = await t.ok('cat myuser.csr | base64 | tr -d "\\n"');
    expect(request).toMatch(/^LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0K[A-Za-z0-9+/=]+$/);
    expect(await t.ok(CSR_MANIFEST(request))).toBe('certificatesigningrequest.certificates.k8s.io/myuser created\n');
    expect(table(await t.ok('kubectl get csr'))[0]).toMatchObject({ NAME: 'myuser', SIGNERNAME: 'kubernetes.io/kube-apiserver-client', REQUESTEDDURATION: '24h', CONDITION: 'Pending' });
    expect(await t.ok('kubectl certificate approve myuser')).toBe('certificatesigningrequest.certificates.k8s.io/myuser approved\n');
    expect(table(await t.ok('kubectl get csr myuser'))[0].CONDITION).toBe('Approved,Issued');

    await t.ok(`kubectl get csr myuser -o jsonpath='{.status.certificate}'| base64 -d > myuser.crt`);
    expect(await t.ok('head -1 myuser.crt')).toBe('-----BEGIN CERTIFICATE-----\n');
    const text = await t.ok('openssl x509 -in myuser.crt -noout -text');
    expect(text).toMatch(/^Certificate:\n {4}Data:\n {8}Version: 3 \(0x2\)\n {8}Serial Number:\n {12}([0-9a-f]{2}:){15}[0-9a-f]{2}\n/);
    expect(text).toContain('        Subject: CN = myuser\n');
    expect(text).toContain('                Public-Key: (2048 bit)\n');
    expect(text).toContain('            X509v3 Extended Key Usage: \n                TLS Web Client Authentication\n');
    expect(text).not.toContain('Key Usage: critical');
    // Backdated five minutes, valid for the requested day.
    const dates = /^notBefore=(.+)\nnotAfter=(.+)\n$/.exec(await t.ok('openssl x509 -in myuser.crt -noout -dates'));
    expect(dates && Date.parse(dates[2]) - Date.parse(dates[1])).toBe((24 * 60 + 5) * 60_000);

    expect(await t.ok('kubectl create role developer --verb=create --verb=get --verb=list --verb=update --verb=delete --resource=pods')).toBe('role.rbac.authorization.k8s.io/developer created\n');
    expect(await t.ok('kubectl create rolebinding developer-binding-myuser --role=developer --user=myuser')).toBe('rolebinding.rbac.authorization.k8s.io/developer-binding-myuser created\n');
    expect(await t.ok('kubectl config set-credentials myuser --client-key=myuser.key --client-certificate=myuser.crt --embed-certs=true')).toBe('User "myuser" set.\n');
    expect(await t.ok('kubectl config set-context myuser --cluster=minikube --user=myuser')).toBe('Context "myuser" created.\n');
    expect(await t.ok('kubectl config use-context myuser')).toBe('Switched to context "myuser".\n');
    const kubeconfig = await t.ok('kubectl config view --raw --minify');
    const certData = /client-certificate-data: (\S+)/.exec(kubeconfig)?.[1];
    expect(certData && atob(certData)).toBe(await t.ok('cat myuser.crt'));
  });

  it('the CSR and the certificate carry the key openssl generated', async () => {
    const t = new Tutorial();
    await t.ok('openssl genrsa -out k.key 2048');
    await t.ok('openssl req -new -key k.key -out k.csr -subj "/O=dev/CN=jane"');
    await t.ok(CSR_MANIFEST('$(base64 -w0 k.csr)').replace(/myuser/g, 'jane'));
    await t.ok('kubectl certificate approve jane');
    await t.ok(`kubectl get csr jane -o jsonpath='{.status.certificate}' | base64 -d > k.crt`);
    expect(await t.ok('openssl x509 -in k.crt -noout -subject')).toBe('subject=O = dev, CN = jane\n');
    const modulus = (s: string) => s.slice(s.indexOf('Modulus:'), s.indexOf('Exponent'));
    const certModulus = modulus(await t.ok('openssl x509 -in k.crt -noout -text'));
    expect(certModulus).toMatch(/^Modulus:\n {20}00:[0-9a-f]{2}:/);
    // A second key has another modulus, so a certificate shows which key it was issued for.
    await t.ok('openssl genrsa -out other.key 2048; openssl req -new -key other.key -out other.csr -subj /CN=jane');
    expect(await t.ok('cat other.key')).not.toBe(await t.ok('cat k.key'));
    expect(await t.ok('openssl req -new -key k.key -subj "/O=dev/CN=jane" | head -3')).toBe(await t.ok('head -3 k.csr'));
    expect(await t.ok('head -3 other.csr')).not.toBe(await t.ok('head -3 k.csr'));
  });

  it.each([
    ['a missing key', 'openssl req -new -key nosuch.key -subj /CN=x', 'Could not open file or uri for loading private key from nosuch.key\n'],
    ['a missing certificate', 'openssl x509 -in nosuch.crt -noout -text', 'Could not open file or uri for loading certificate from nosuch.crt\n'],
    ['not a certificate', 'echo hi > x.crt; openssl x509 -in x.crt -noout', 'Could not read certificate from x.crt\nUnable to load certificate\n'],
    ['an unknown option', 'openssl genrsa -bogus', 'genrsa: Unknown option: -bogus\ngenrsa: Use -help for summary.\n'],
    ['an unknown command', 'openssl frobnicate', 'Invalid command \'frobnicate\'; type "help" for a list.\n'],
  ])('openssl reports %s', async (_name, command, stderr) => {
    const r = await new Tutorial().run(command);
    expect(r.stderr).toBe(stderr);
    expect(r.exitCode).toBe(1);
  });
});
