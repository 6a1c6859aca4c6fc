/**
 * `openssl x509 -text`'s layout (OpenSSL 3) over a certificate's DER: the fields a learner reads
 * after a CSR is signed — issuer, validity, subject, key size, extensions.
 */
import { oidString, text, type DerNode } from '../../../common/der';
import { EKU, EXT, nameText, OID_NAMES } from '../../../common/pkix';
import { parseDer } from '../../../common/der';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EKU_NAMES: Record<string, string> = { [EKU['server auth']]: 'TLS Web Server Authentication', [EKU['client auth']]: 'TLS Web Client Authentication' };
const KEY_USAGE_BITS = ['Digital Signature', 'Non Repudiation', 'Key Encipherment', 'Data Encipherment', 'Key Agreement', 'Certificate Sign', 'CRL Sign'];

export interface ParsedCertificate {
  tbs: DerNode[];
  signatureAlgorithm: string;
  signature: Uint8Array;
}

export function parseCertificate(der: Uint8Array): ParsedCertificate | undefined {
  const [tbs, alg, sig] = parseDer(der)?.children ?? [];
  if (!tbs?.children || tbs.children.length < 7 || !alg?.children || !sig) return undefined;
  return { tbs: tbs.children, signatureAlgorithm: algorithmName(alg), signature: sig.value.subarray(1) };
}

const algorithmName = (alg: DerNode) => OID_NAMES[oidString(alg.children![0])] ?? oidString(alg.children![0]);
const hex = (bytes: Uint8Array, upper = false) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).map((h) => (upper ? h.toUpperCase() : h));

/** Colon-separated hex, `perLine` bytes a line, each line indented. */
function hexBlock(bytes: Uint8Array, perLine: number, pad: number): string {
  const parts = hex(bytes);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += perLine) lines.push(' '.repeat(pad) + parts.slice(i, i + perLine).join(':'));
  return lines.join(':\n');
}

/** `Nov 22 07:50:00 2026 GMT` from UTCTime's YYMMDDHHMMSSZ. */
export function asn1Time(node: DerNode): string {
  const s = text(node);
  const [yy, mo, dd, hh, mi, ss] = [0, 2, 4, 6, 8, 10].map((i) => s.slice(i, i + 2));
  const year = Number(yy) < 50 ? `20${yy}` : `19${yy}`;
  return `${MONTHS[Number(mo) - 1]} ${String(Number(dd)).padStart(2, ' ')} ${hh}:${mi}:${ss} ${year} GMT`;
}

const stripSign = (b: Uint8Array) => (b.length > 1 && b[0] === 0 ? b.subarray(1) : b);

function publicKeyLines(spki: DerNode): string[] {
  const key = parseDer(spki.children![1].value.subarray(1));
  const [modulus, exponent] = key?.children ?? [];
  if (!modulus || !exponent) return [];
  const e = [...exponent.value].reduce((n, b) => n * 256 + b, 0);
  return [
    `            Public Key Algorithm: ${algorithmName(spki.children![0])}`,
    `                Public-Key: (${stripSign(modulus.value).length * 8} bit)`,
    '                Modulus:',
    hexBlock(modulus.value, 15, 20),
    `                Exponent: ${e} (0x${e.toString(16)})`,
  ];
}

function extensionLines(ext: DerNode): string[] {
  const [idNode, ...rest] = ext.children ?? [];
  const critical = rest.length === 2;
  const value = parseDer(rest[rest.length - 1].value);
  const id = oidString(idNode);
  const header = (name: string) => `            X509v3 ${name}: ${critical ? 'critical' : ''}`;
  switch (id) {
    case EXT.keyUsage: {
      const bits = value?.value[1] ?? 0;
      return [header('Key Usage'), `                ${KEY_USAGE_BITS.filter((_, i) => bits & (0x80 >> i)).join(', ')}`];
    }
    case EXT.extKeyUsage:
      return [header('Extended Key Usage'), `                ${(value?.children ?? []).map((o) => EKU_NAMES[oidString(o)] ?? oidString(o)).join(', ')}`];
    case EXT.basicConstraints:
      return [header('Basic Constraints'), `                CA:${value?.children?.[0]?.value[0] ? 'TRUE' : 'FALSE'}`];
    case EXT.authorityKeyId:
      return [header('Authority Key Identifier'), `                ${hex(value?.children?.[0]?.value ?? new Uint8Array(), true).join(':')}`];
    default:
      return [`            ${id}: ${critical ? 'critical' : ''}`];
  }
}

/** The whole `-text` dump. */
export function certificateText(c: ParsedCertificate): string {
  const [version, serial, , issuer, validity, subject, spki, ...optional] = c.tbs;
  const extensions = optional.find((n) => n.tag === 0xa3)?.children?.[0]?.children ?? [];
  const v = version.children?.[0]?.value[0] ?? 0;
  const lines = [
    'Certificate:',
    '    Data:',
    `        Version: ${v + 1} (0x${v.toString(16)})`,
    '        Serial Number:',
    `            ${hex(stripSign(serial.value)).join(':')}`,
    `        Signature Algorithm: ${c.signatureAlgorithm}`,
    `        Issuer: ${nameText(issuer)}`,
    '        Validity',
    `            Not Before: ${asn1Time(validity.children![0])}`,
    `            Not After : ${asn1Time(validity.children![1])}`,
    `        Subject: ${nameText(subject)}`,
    '        Subject Public Key Info:',
    ...publicKeyLines(spki),
    ...(extensions.length ? ['        X509v3 extensions:', ...extensions.flatMap(extensionLines)] : []),
    `    Signature Algorithm: ${c.signatureAlgorithm}`,
    '    Signature Value:',
    hexBlock(c.signature, 18, 8),
  ];
  return `${lines.join('\n')}\n`;
}

/** `-subject`, `-issuer`, `-dates`: openssl's one-line forms. */
export function certificateSummary(c: ParsedCertificate, what: 'subject' | 'issuer' | 'dates'): string {
  if (what === 'subject') return `subject=${nameText(c.tbs[5])}\n`;
  if (what === 'issuer') return `issuer=${nameText(c.tbs[3])}\n`;
  const [from, to] = c.tbs[4].children!;
  return `notBefore=${asn1Time(from)}\nnotAfter=${asn1Time(to)}\n`;
}
