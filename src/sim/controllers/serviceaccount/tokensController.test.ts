import { describe, expect, it } from 'vitest';
import type { Secret } from 'kubernetes-types/core/v1';
import { decodeBase64 } from '../../../common/base64';
import { SECRETS, SERVICEACCOUNTS } from '../../api/resources';
import { createCluster } from '../../cluster/createCluster';

const tokenSecret = (name: string, account: string): Secret => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, annotations: { 'kubernetes.io/service-account.name': account } },
  type: 'kubernetes.io/service-account-token',
});

function cluster() {
  const c = createCluster({ seed: 3 });
  c.client.create(SERVICEACCOUNTS, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder' } }, { namespace: 'default' });
  c.drain();
  return c;
}

const secretNames = (c: ReturnType<typeof cluster>) => c.client.list<Secret>(SECRETS, { namespace: 'default' }).items.map((s) => s.metadata.name);

describe('tokens controller', () => {
  it('fills a service-account-token Secret with ca.crt, namespace, token and the account uid', () => {
    const c = cluster();
    c.client.create(SECRETS, tokenSecret('builder-token', 'builder'), { namespace: 'default' });
    c.drain();
    const s = c.client.get<Secret>(SECRETS, 'builder-token', { namespace: 'default' });
    const sa = c.client.get(SERVICEACCOUNTS, 'builder', { namespace: 'default' });
    expect(Object.keys(s.data ?? {}).sort()).toEqual(['ca.crt', 'namespace', 'token']);
    expect(decodeBase64(s.data!.namespace)).toBe('default');
    expect(decodeBase64(s.data!['ca.crt'])).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    expect(s.metadata.annotations?.['kubernetes.io/service-account.uid']).toBe(sa.metadata.uid);
    const [, claims] = decodeBase64(s.data!.token)!.split('.');
    expect(JSON.parse(decodeBase64(claims.replace(/-/g, '+').replace(/_/g, '/'))!)).toEqual({
      iss: 'kubernetes/serviceaccount',
      'kubernetes.io/serviceaccount/namespace': 'default',
      'kubernetes.io/serviceaccount/secret.name': 'builder-token',
      'kubernetes.io/serviceaccount/service-account.name': 'builder',
      'kubernetes.io/serviceaccount/service-account.uid': sa.metadata.uid,
      sub: 'system:serviceaccount:default:builder',
    });
  });

  it.each([
    { name: 'a Secret naming a missing account is deleted', account: 'nobody', deleteAccount: false },
    { name: "an account's token Secrets go with it", account: 'builder', deleteAccount: true },
  ])('$name', ({ account, deleteAccount }) => {
    const c = cluster();
    c.client.create(SECRETS, tokenSecret('t', account), { namespace: 'default' });
    c.drain();
    if (deleteAccount) {
      expect(secretNames(c)).toContain('t');
      c.client.delete(SERVICEACCOUNTS, 'builder', { namespace: 'default' });
      c.drain();
    }
    expect(secretNames(c)).not.toContain('t');
  });

  it('leaves other Secret types alone', () => {
    const c = cluster();
    c.client.create(SECRETS, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'plain', annotations: { 'kubernetes.io/service-account.name': 'builder' } }, type: 'Opaque' }, { namespace: 'default' });
    c.drain();
    expect(c.client.get<Secret>(SECRETS, 'plain', { namespace: 'default' }).data).toBeUndefined();
  });
});
