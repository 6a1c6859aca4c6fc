import { describe, expect, it } from 'vitest';
import { integer, oid, oidString, parseDer, utcTime } from './der';
import { certificate, certificationRequest, nameDer, nameText, parseSubjectArg, pem, publicKeyOf, readCertificationRequest, readPem, rsaPrivateKey } from './pkix';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('DER', () => {
  it.each([
    ['an OID with multi-byte arcs', oid('1.2.840.113549.1.1.11'), '06092a864886f70d01010b'],
    ['a small INTEGER', integer(2), '020102'],
    ['an INTEGER whose top bit is set gets a 0 byte', integer(Uint8Array.of(0x80, 1)), '0203008001'],
    ['UTCTime', utcTime(Date.UTC(2025, 0, 15, 10, 0, 0)), '170d3235303131353130303030305a'],
  ])('encodes %s', (_name, bytes, expected) => {
    expect(hex(bytes)).toBe(expected);
  });
  it('reads back what it wrote, and refuses trailing bytes', () => {
    expect(oidString(parseDer(oid('2.5.29.37'))!)).toBe('2.5.29.37');
    expect(parseDer(Uint8Array.of(0x02, 0x01, 0x05, 0x00))).toBeUndefined();
  });
});

describe('PKIX', () => {
  it.each([
    ['/CN=myuser', [['CN', 'myuser']]],
    ['/O=dev/CN=jane', [['O', 'dev'], ['CN', 'jane']]],
    ['CN=x', undefined],
    ['/XX=y', undefined],
  ])('parses -subj %s', (subj, expected) => {
    expect(parseSubjectArg(subj)).toEqual(expected);
  });

  it('a request carries the key and subject into the certificate issued for it', () => {
    const key = rsaPrivateKey('k', 2048);
    const spki = publicKeyOf(key)!;
    const csr = readPem(pem('CERTIFICATE REQUEST', certificationRequest([['CN', 'myuser']], spki, 's')))!;
    expect(csr.type).toBe('CERTIFICATE REQUEST');
    const request = readCertificationRequest(csr.der)!;
    expect(hex(request.spki)).toBe(hex(spki));
    const cert = parseDer(certificate({ serial: Uint8Array.of(1), issuer: [['CN', 'kubernetes']], notBefore: 0, notAfter: 1, subject: request.subject, spki: request.spki, usages: ['client auth'], seed: 's' }))!;
    const tbs = cert.children![0].children!;
    expect(nameText(tbs[3])).toBe('CN = kubernetes');
    expect(nameText(tbs[5])).toBe('CN = myuser');
    expect(nameText(parseDer(nameDer([['O', 'dev'], ['CN', 'jane']]))!)).toBe('O = dev, CN = jane');
  });
});
