/**
 * The X.509 shapes the playground's PKI passes around — RSA private keys (PKCS#8), certificate
 * requests (PKCS#10) and certificates — with real DER containers and stand-in key material: the
 * numbers are derived from a seed, not computed, since no neutral layer has cryptography. What
 * reads them back (`openssl x509 -text`, the CSR signer) sees the subject, key size, validity and
 * extensions the issuer put in.
 */
import { decodeBase64Bytes, encodeBase64Bytes } from './base64';
import { bitString, boolean, der, derNull, explicit, integer, octets, oid, oidString, parseDer, seq, set, TAG, text, utcTime, utf8, type DerNode } from './der';

const RSA = '1.2.840.113549.1.1.1';
const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
export const OID_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST', '2.5.4.10': 'O', '2.5.4.11': 'OU',
  [RSA]: 'rsaEncryption', [SHA256_WITH_RSA]: 'sha256WithRSAEncryption',
};
const ATTRIBUTE_OIDS = Object.fromEntries(Object.entries(OID_NAMES).map(([k, v]) => [v, k]));
export const EXT = { keyUsage: '2.5.29.15', extKeyUsage: '2.5.29.37', basicConstraints: '2.5.29.19', authorityKeyId: '2.5.29.35' };
export const EKU = { 'server auth': '1.3.6.1.5.5.7.3.1', 'client auth': '1.3.6.1.5.5.7.3.2' } as const;

/** Bytes that look random and are a function of `seed` alone. */
export function pseudoBytes(seed: string, n: number): Uint8Array {
  let h = 0x811c9dc5;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    h >>>= 0;
    out[i] = h & 0xff;
  }
  return out;
}

/** Big-endian bytes with the top bit set, the way an RSA modulus of `bits` bits looks. */
const bigNumber = (seed: string, bytes: number) => {
  const b = pseudoBytes(seed, bytes);
  b[0] |= 0x80;
  b[bytes - 1] |= 1;
  return b;
};
const algorithm = (id: string) => seq(oid(id), derNull());
const reencode = (n: DerNode) => der(n.tag, n.value);

export function pem(type: string, body: Uint8Array): string {
  const lines = encodeBase64Bytes(body).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}

/** The first PEM block in `text`: its type and DER. */
export function readPem(text: string): { type: string; der: Uint8Array } | undefined {
  const m = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  const bytes = m && decodeBase64Bytes(m[2].replace(/\s+/g, ''));
  return m && bytes ? { type: m[1], der: bytes } : undefined;
}

/** `/CN=myuser/O=dev` (openssl's -subj) as attribute pairs; undefined when malformed. */
export function parseSubjectArg(subj: string): [string, string][] | undefined {
  if (!subj.startsWith('/')) return undefined;
  const pairs: [string, string][] = [];
  for (const part of subj.slice(1).split('/').filter((p) => p)) {
    const eq = part.indexOf('=');
    if (eq < 1 || !ATTRIBUTE_OIDS[part.slice(0, eq)]) return undefined;
    pairs.push([part.slice(0, eq), part.slice(eq + 1)]);
  }
  return pairs;
}

export const nameDer = (pairs: readonly [string, string][]) => seq(...pairs.map(([k, v]) => set(seq(oid(ATTRIBUTE_OIDS[k]), utf8(v)))));

/** A Name as openssl prints it: `CN = myuser, O = dev`. */
export function nameText(name: DerNode): string {
  return (name.children ?? [])
    .flatMap((rdn) => rdn.children ?? [])
    .map((atv) => `${OID_NAMES[oidString(atv.children![0])] ?? oidString(atv.children![0])} = ${text(atv.children![1])}`)
    .join(', ');
}

/** An RSA private key in PKCS#8, its numbers derived from `seed`. */
export function rsaPrivateKey(seed: string, bits: number): Uint8Array {
  const n = bits / 8;
  const numbers = ['d', 'p', 'q', 'dp', 'dq', 'qinv'].map((k, i) => integer(bigNumber(`${seed}/${k}`, i === 0 ? n : n / 2)));
  const rsa = seq(integer(0), integer(bigNumber(`${seed}/n`, n)), integer(65537), ...numbers);
  return seq(integer(0), algorithm(RSA), octets(rsa));
}

/** The SubjectPublicKeyInfo of a PKCS#8 RSA key (modulus and exponent), or undefined. */
export function publicKeyOf(pkcs8: Uint8Array): Uint8Array | undefined {
  const key = parseDer(pkcs8);
  const inner = key?.children?.[2] && parseDer(key.children[2].value);
  const [, modulus, exponent] = inner?.children ?? [];
  if (!modulus || !exponent) return undefined;
  return seq(algorithm(RSA), bitString(seq(reencode(modulus), reencode(exponent))));
}

/** A PKCS#10 request for `subject` with this public key, its signature derived from `seed`. */
export function certificationRequest(subject: readonly [string, string][], spki: Uint8Array, seed: string): Uint8Array {
  const info = seq(integer(0), nameDer(subject), spki, der(0xa0));
  return seq(info, algorithm(SHA256_WITH_RSA), bitString(pseudoBytes(`${seed}/sig`, 256)));
}

/** The subject and public key a PKCS#10 request carries, as DER. */
export function readCertificationRequest(request: Uint8Array): { subject: Uint8Array; spki: Uint8Array } | undefined {
  const [info] = parseDer(request)?.children ?? [];
  const [, subject, spki] = info?.children ?? [];
  return subject && spki ? { subject: reencode(subject), spki: reencode(spki) } : undefined;
}

export interface CertificateTemplate {
  serial: Uint8Array;
  issuer: readonly [string, string][];
  notBefore: number;
  notAfter: number;
  subject: Uint8Array;
  spki: Uint8Array;
  /** Key usages by Kubernetes name: `digital signature`, `key encipherment`, `client auth`… */
  usages: readonly string[];
  seed: string;
}

function extension(id: string, critical: boolean, value: Uint8Array): Uint8Array {
  return critical ? seq(oid(id), boolean(true), octets(value)) : seq(oid(id), octets(value));
}

/** A v3 certificate, signed in appearance only. */
export function certificate(t: CertificateTemplate): Uint8Array {
  const keyBits = (t.usages.includes('digital signature') ? 0x80 : 0) | (t.usages.includes('key encipherment') ? 0x20 : 0);
  const ekus = t.usages.flatMap((u) => (u in EKU ? [oid(EKU[u as keyof typeof EKU])] : []));
  // Like Go's x509, an empty key usage leaves the extension out.
  const extensions = [
    ...(keyBits ? [extension(EXT.keyUsage, true, der(TAG.BIT_STRING, Uint8Array.of(5, keyBits)))] : []),
    ...(ekus.length ? [extension(EXT.extKeyUsage, false, seq(...ekus))] : []),
    extension(EXT.basicConstraints, true, seq()),
    extension(EXT.authorityKeyId, false, seq(der(0x80, pseudoBytes(`${t.issuer.join()}/ski`, 20)))),
  ];
  const tbs = seq(
    explicit(0, integer(2)),
    integer(t.serial),
    algorithm(SHA256_WITH_RSA),
    nameDer(t.issuer),
    seq(utcTime(t.notBefore), utcTime(t.notAfter)),
    t.subject,
    t.spki,
    explicit(3, seq(...extensions)),
  );
  return seq(tbs, algorithm(SHA256_WITH_RSA), bitString(pseudoBytes(`${t.seed}/sig`, 256)));
}
