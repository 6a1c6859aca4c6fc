/**
 * kube-controller-manager's tokens controller (pkg/controller/serviceaccount/tokens_controller.go):
 * a Secret of type `kubernetes.io/service-account-token` naming a ServiceAccount in its
 * `kubernetes.io/service-account.name` annotation gets `data.ca.crt`, `data.namespace` and a
 * legacy (non-expiring) `data.token`, plus the account's uid annotation. A Secret whose account
 * does not exist (or was replaced: the uid differs) is deleted, and so are an account's token
 * Secrets when the account goes.
 */
import type { Secret, ServiceAccount } from 'kubernetes-types/core/v1';
import type { Clock } from '../../../common/clock';
import { encodeBase64 } from '../../../common/base64';
import { isApiError } from '../../api/errors';
import { SECRETS, SERVICEACCOUNTS } from '../../api/resources';
import type { Informer, SharedInformerFactory } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import { ROOT_CA_PEM } from './serviceAccountsController';
import { pseudoRandomText } from '../../../common/pseudoRandomText';

export const SERVICE_ACCOUNT_TOKEN = 'kubernetes.io/service-account-token';
const NAME_ANNOTATION = 'kubernetes.io/service-account.name';
const UID_ANNOTATION = 'kubernetes.io/service-account.uid';
const LEGACY_ISSUER = 'kubernetes/serviceaccount';

const base64url = (text: string) => encodeBase64(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** No signing key in the playground: the signature is characters derived from the claims. */
const signature = pseudoRandomText;

/** The claims of a secret-based token (serviceaccount.LegacyClaims): no expiry, no audience. */
export function legacyToken(namespace: string, secretName: string, account: { name: string; uid: string }): string {
  const claims = {
    iss: LEGACY_ISSUER,
    'kubernetes.io/serviceaccount/namespace': namespace,
    'kubernetes.io/serviceaccount/secret.name': secretName,
    'kubernetes.io/serviceaccount/service-account.name': account.name,
    'kubernetes.io/serviceaccount/service-account.uid': account.uid,
    sub: `system:serviceaccount:${namespace}:${account.name}`,
  };
  const header = { alg: 'RS256', kid: signature('kid', 43) };
  const signed = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  return `${signed}.${signature(signed, 342)}`;
}

export class TokensController implements Runnable {
  readonly name = 'tokens-controller';
  readonly queue: WorkQueue;
  private readonly secrets: Informer<Secret>;
  private readonly accounts: Informer<ServiceAccount>;

  constructor(private readonly deps: { client: ClusterClient; informers: SharedInformerFactory; clock: Clock }) {
    this.queue = new WorkQueue(deps.clock);
    this.secrets = deps.informers.for<Secret>(SECRETS);
    this.accounts = deps.informers.for<ServiceAccount>(SERVICEACCOUNTS);
    const enqueue = (s: Secret) => s.type === SERVICE_ACCOUNT_TOKEN && this.queue.add(`${s.metadata!.namespace}/${s.metadata!.name}`);
    this.secrets.addHandler({ onAdd: enqueue, onUpdate: (_o, s) => enqueue(s) });
    this.accounts.addHandler({ onAdd: (sa) => this.requeueTokensOf(sa), onDelete: (sa) => this.requeueTokensOf(sa) });
  }

  private requeueTokensOf(sa: ServiceAccount): void {
    for (const s of this.secrets.list(sa.metadata?.namespace)) {
      if (s.type === SERVICE_ACCOUNT_TOKEN && s.metadata?.annotations?.[NAME_ANNOTATION] === sa.metadata?.name) this.queue.add(`${s.metadata!.namespace}/${s.metadata!.name}`);
    }
  }

  sync(key: string): void {
    const [namespace, name] = key.split('/');
    const secret = this.secrets.get(namespace, name);
    if (!secret || secret.metadata?.deletionTimestamp || secret.type !== SERVICE_ACCOUNT_TOKEN) return;
    const annotations = secret.metadata?.annotations ?? {};
    const sa = this.accounts.get(namespace, annotations[NAME_ANNOTATION] ?? '');
    const uid = sa?.metadata?.uid ?? '';
    if (!sa || (annotations[UID_ANNOTATION] && annotations[UID_ANNOTATION] !== uid)) return this.remove(namespace, name);
    const data = secret.data ?? {};
    if (data['ca.crt'] && data.namespace && data.token && annotations[UID_ANNOTATION] === uid) return;
    const filled: Secret = {
      ...secret,
      metadata: { ...secret.metadata, annotations: { ...annotations, [UID_ANNOTATION]: uid } },
      data: {
        ...data,
        'ca.crt': data['ca.crt'] ?? encodeBase64(ROOT_CA_PEM),
        namespace: encodeBase64(namespace),
        token: data.token ?? encodeBase64(legacyToken(namespace, name, { name: sa.metadata!.name!, uid })),
      },
    };
    try {
      this.deps.client.update(SECRETS, filled, { namespace });
    } catch (e) {
      // Changed or deleted meanwhile: the informer brings the new version back here.
      if (!isApiError(e, 'Conflict') && !isApiError(e, 'NotFound')) throw e;
    }
  }

  private remove(namespace: string, name: string): void {
    try {
      this.deps.client.delete(SECRETS, name, { namespace });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}
