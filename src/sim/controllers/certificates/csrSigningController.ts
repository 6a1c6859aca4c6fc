/**
 * The kube-controller-manager's csrsigning controller: once a CertificateSigningRequest for one
 * of the built-in kubernetes.io signers is approved, it issues the certificate into
 * status.certificate, or marks the request Failed when the signer's rules refuse its usages.
 * The playground has no real CA: the certificate is real DER carrying the request's subject and
 * key, its signature derived from the request, so the same request always gets the same bytes.
 */
import type { CertificateSigningRequest, CertificateSigningRequestCondition } from 'kubernetes-types/certificates/v1';
import { decodeBase64, encodeBase64 } from '../../../common/base64';
import type { Clock } from '../../../common/clock';
import { certificate, nameDer, pem, pseudoBytes, publicKeyOf, readCertificationRequest, readPem, rsaPrivateKey } from '../../../common/pkix';
import { rfc3339 } from '../../../common/time';
import { CERTIFICATESIGNINGREQUESTS } from '../../api/resources';
import type { Stored } from '../../api/types';
import type { Informer, SharedInformerFactory } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';

/** The usages each built-in signer accepts (pkg/controller/certificates/signer: the validators). */
const SIGNERS: Record<string, { allowed: string[]; required?: string; kind: string }> = {
  'kubernetes.io/kube-apiserver-client': { allowed: ['digital signature', 'key encipherment', 'client auth'], required: 'client auth', kind: 'client' },
  'kubernetes.io/kube-apiserver-client-kubelet': { allowed: ['digital signature', 'key encipherment', 'client auth'], required: 'client auth', kind: 'client' },
  'kubernetes.io/kubelet-serving': { allowed: ['digital signature', 'key encipherment', 'server auth'], required: 'server auth', kind: 'serving' },
  'kubernetes.io/legacy-unknown': { allowed: [], kind: 'legacy' },
};

const has = (csr: CertificateSigningRequest, type: string) => (csr.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');

/** Why the signer refuses the request's usages, or undefined when it signs. */
export function signerRefusal(csr: CertificateSigningRequest): string | undefined {
  const signer = SIGNERS[csr.spec.signerName];
  if (!signer || signer.kind === 'legacy') return undefined;
  const usages = csr.spec.usages ?? [];
  const bad = usages.filter((u) => !signer.allowed.includes(u));
  if (bad.length) return `invalid usage for ${signer.kind} certificate: ${bad.join(',')}`;
  if (signer.required && !usages.includes(signer.required)) return `missing required usages: ${signer.required}`;
  return undefined;
}

/** The signer backdates certificates against clock skew (pkg/controller/certificates/authority). */
const BACKDATE_MS = 5 * 60 * 1000;
/** --cluster-signing-duration's default: a year. */
const DEFAULT_TTL_SECONDS = 365 * 24 * 3600;

/**
 * A PEM CERTIFICATE block, base64 of the whole, as status.certificate carries it: the request's
 * subject and public key, the signer's usages and validity, issued by the cluster CA `issuer`.
 */
export function issueCertificate(csr: Stored<CertificateSigningRequest>, now: number, issuer: string): string {
  const seed = `${csr.metadata.uid}/${csr.spec.request}`;
  const block = readPem(decodeBase64(csr.spec.request) ?? '');
  const request = block && readCertificationRequest(block.der);
  const der = certificate({
    serial: pseudoBytes(`${seed}/serial`, 16),
    issuer: [['CN', issuer]],
    notBefore: now - BACKDATE_MS,
    notAfter: now + (csr.spec.expirationSeconds ?? DEFAULT_TTL_SECONDS) * 1000,
    subject: request?.subject ?? nameDer([]),
    spki: request?.spki ?? publicKeyOf(rsaPrivateKey(seed, 2048))!,
    usages: csr.spec.usages ?? [],
    seed,
  });
  return encodeBase64(pem('CERTIFICATE', der));
}

export class CSRSigningController implements Runnable {
  readonly name = 'csrsigning-controller';
  readonly queue: WorkQueue;
  private readonly csrs: Informer<CertificateSigningRequest>;

  /** `caName` is the common name of the cluster CA that issues (kubeadm's `kubernetes`, minikube's `minikubeCA`). */
  constructor(private readonly deps: { client: ClusterClient; informers: SharedInformerFactory; clock: Clock; caName?: string }) {
    this.queue = new WorkQueue(deps.clock);
    this.csrs = deps.informers.for<CertificateSigningRequest>(CERTIFICATESIGNINGREQUESTS);
    const enqueue = (csr: CertificateSigningRequest) => this.queue.add(csr.metadata!.name!);
    this.csrs.addHandler({ onAdd: enqueue, onUpdate: (_old, csr) => enqueue(csr) });
  }

  sync(name: string): void {
    const csr = this.csrs.get('', name) as Stored<CertificateSigningRequest> | undefined;
    if (!csr || !SIGNERS[csr.spec.signerName] || csr.status?.certificate) return;
    if (!has(csr, 'Approved') || has(csr, 'Denied') || has(csr, 'Failed')) return;
    const refusal = signerRefusal(csr);
    const status = refusal
      ? { ...csr.status, conditions: [...(csr.status?.conditions ?? []), this.failed(refusal)] }
      : { ...csr.status, certificate: issueCertificate(csr, this.deps.clock.now(), this.deps.caName ?? 'kubernetes') };
    this.deps.client.update(CERTIFICATESIGNINGREQUESTS, { ...csr, status }, { subresource: 'status' });
  }

  private failed(message: string): CertificateSigningRequestCondition {
    const now = rfc3339(this.deps.clock.now());
    return { lastTransitionTime: now, lastUpdateTime: now, message, reason: 'SignerValidationFailure', status: 'True', type: 'Failed' };
  }
}
