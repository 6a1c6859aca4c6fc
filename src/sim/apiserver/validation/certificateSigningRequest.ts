/**
 * CertificateSigningRequests (pkg/apis/certificates/validation): a PEM certificate request, a
 * signer, key usages, and approval conditions that cannot both approve and deny.
 */
import type { CertificateSigningRequest } from 'kubernetes-types/certificates/v1';
import { decodeBase64, decodeBase64Bytes } from '../../../common/base64';
import { forbidden, invalid, notSupported, required, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { KindValidation } from './types';

const KEY_USAGES = [
  'signing', 'digital signature', 'content commitment', 'key encipherment', 'key agreement', 'data encipherment', 'cert sign', 'crl sign',
  'encipher only', 'decipher only', 'any', 'server auth', 'client auth', 'code signing', 'email protection', 's/mime', 'ipsec end system',
  'ipsec tunnel', 'ipsec user', 'timestamping', 'ocsp signing', 'microsoft sgc', 'netscape sgc',
];
const SIGNER_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[^/]+$/;

/** How field.Invalid prints a []byte: Go's %#v. */
const goBytes = (bytes: Uint8Array) => ({ goSyntax: bytes.length ? `[]byte{${[...bytes].map((b) => `0x${b.toString(16)}`).join(', ')}}` : '[]byte(nil)' });

function validateRequest(request: string | undefined): FieldError[] {
  const bytes = decodeBase64Bytes(request ?? '') ?? new Uint8Array();
  const text = decodeBase64(request ?? '') ?? '';
  const block = /-----BEGIN ([A-Z ]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (block?.[1] === 'CERTIFICATE REQUEST') return [];
  return [invalid('spec.request', goBytes(bytes), 'PEM block type must be CERTIFICATE REQUEST')];
}

function validateSpec(csr: CertificateSigningRequest): FieldError[] {
  const spec = csr.spec;
  const errs = validateRequest(spec?.request);
  if (!spec?.signerName) errs.push(required('spec.signerName', 'signerName must be provided'));
  else if (!SIGNER_NAME.test(spec.signerName)) errs.push(invalid('spec.signerName', spec.signerName, 'must be a fully qualified domain and path of the form \'example.com/signer-name\''));
  if (!spec?.usages?.length) errs.push(required('spec.usages', 'usages must be provided'));
  (spec?.usages ?? []).forEach((u, i) => {
    if (!KEY_USAGES.includes(u)) errs.push(notSupported(`spec.usages[${i}]`, u, KEY_USAGES));
  });
  if (spec?.expirationSeconds !== undefined && spec.expirationSeconds < 600) {
    errs.push(invalid('spec.expirationSeconds', spec.expirationSeconds, 'may not specify a duration less than 600 seconds (10 minutes)'));
  }
  return errs;
}

function validateConditions(csr: CertificateSigningRequest): FieldError[] {
  const conditions = csr.status?.conditions ?? [];
  const errs: FieldError[] = [];
  const approved = conditions.findIndex((c) => c.type === 'Approved');
  const denied = conditions.findIndex((c) => c.type === 'Denied');
  if (approved >= 0 && denied >= 0) {
    errs.push(invalid(`status.conditions[${Math.max(approved, denied)}].type`, conditions[Math.max(approved, denied)].type, 'Approved and Denied conditions are mutually exclusive'));
  }
  conditions.forEach((c, i) => {
    if (!c.type) errs.push(required(`status.conditions[${i}].type`));
    if ((c.type === 'Approved' || c.type === 'Denied') && c.status !== 'True') errs.push(notSupported(`status.conditions[${i}].status`, c.status, ['True']));
  });
  return errs;
}

export const certificateSigningRequestValidation: KindValidation = {
  validateCreate(obj: KubeObject) {
    const csr = obj as unknown as CertificateSigningRequest;
    return [...validateObjectMeta(obj.metadata, false, nameIsDNSSubdomain), ...validateSpec(csr)];
  },
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [csr, prev] = [obj as unknown as CertificateSigningRequest, old as unknown as CertificateSigningRequest];
    const errs = [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateConditions(csr)];
    // An approval or denial stays: conditions may be added, not taken back.
    for (const type of ['Approved', 'Denied']) {
      if ((prev.status?.conditions ?? []).some((c) => c.type === type) && !(csr.status?.conditions ?? []).some((c) => c.type === type)) {
        errs.push(forbidden('status.conditions', `updates may not remove a condition of type "${type}"`));
      }
    }
    return errs;
  },
};
