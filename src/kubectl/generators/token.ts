/**
 * What the TokenRequest API (`serviceaccounts/token`) hands back: a signed JWT for the service
 * account. The playground has no signing key, so the signature is 256 bytes derived from the
 * claims (deterministic, like everything here); header and claims have the real shape, so
 * `jwt decode` and jq on the middle part show what a learner would see.
 */
import { BASE64URL_ALPHABET as BASE64URL, pseudoRandomText as pseudoRandom } from '../../common/pseudoRandomText';
import { base64Encode } from '../util/base64';

export const DEFAULT_TOKEN_SECONDS = 3600;
export const TOKEN_ISSUER = 'https://kubernetes.default.svc.cluster.local';

export interface TokenParams {
  namespace: string;
  serviceAccount: { name: string; uid: string };
  audiences: string[];
  /** Seconds since the epoch. */
  issuedAt: number;
  expirationSeconds: number;
  boundObject?: { kind: string; apiVersion: string; name: string; uid: string };
}

const base64url = (text: string) => base64Encode(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function uuidFrom(seed: string): string {
  const hex = [...pseudoRandom(seed, 32)].map((c) => (BASE64URL.indexOf(c) & 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function issueToken(p: TokenParams): string {
  const claims: Record<string, unknown> = {
    aud: p.audiences.length ? p.audiences : [TOKEN_ISSUER],
    exp: p.issuedAt + p.expirationSeconds,
    iat: p.issuedAt,
    iss: TOKEN_ISSUER,
    jti: uuidFrom(`${p.namespace}/${p.serviceAccount.name}@${p.issuedAt}`),
    'kubernetes.io': {
      namespace: p.namespace,
      ...(p.boundObject ? { [p.boundObject.kind.toLowerCase()]: { name: p.boundObject.name, uid: p.boundObject.uid } } : {}),
      serviceaccount: p.serviceAccount,
    },
    nbf: p.issuedAt,
    sub: `system:serviceaccount:${p.namespace}:${p.serviceAccount.name}`,
  };
  const header = { alg: 'RS256', kid: pseudoRandom('kid', 43) };
  const signed = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  return `${signed}.${pseudoRandom(signed, 342)}`;
}
