/**
 * CertificateSigningRequest rows (printCertificateSigningRequest): who asked, for which signer and
 * how long, and one CONDITION word in kubectl's precedence (Denied, else Approved, else Pending;
 * then ,Failed and ,Issued).
 */
import type { CertificateSigningRequest } from 'kubernetes-types/certificates/v1';
import { humanDuration, translateTimestampSince } from '../age';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

export function csrCondition(csr: CertificateSigningRequest): string {
  const has = (type: string) => (csr.status?.conditions ?? []).some((c) => c.type === type);
  let status = has('Denied') ? 'Denied' : has('Approved') ? 'Approved' : 'Pending';
  if (has('Failed')) status += ',Failed';
  if (csr.status?.certificate) status += ',Issued';
  return status;
}

export const certificateSigningRequestTable: TableConvertor<CertificateSigningRequest> = {
  columns: [nameColumn, ageColumn, col('SignerName'), col('Requestor'), col('RequestedDuration'), col('Condition')],
  cells(csr, now) {
    const seconds = csr.spec?.expirationSeconds;
    return [
      csr.metadata?.name ?? '',
      translateTimestampSince(csr.metadata?.creationTimestamp, now),
      csr.spec?.signerName || '<none>',
      csr.spec?.username ?? '',
      seconds === undefined ? '<none>' : humanDuration(seconds * 1000),
      csrCondition(csr),
    ];
  },
};
