/**
 * CertificateSigningRequests (pkg/registry/certificates/certificates): the API server records who
 * asked (spec.username, groups, uid) whatever the client sent; the spec never changes afterwards;
 * `approval` changes only the conditions, `status` the certificate and the other conditions.
 */
import type { CertificateSigningRequest, CertificateSigningRequestCondition } from 'kubernetes-types/certificates/v1';
import { clone } from '../../../common/objects';
import { rfc3339 } from '../../../common/time';
import type { KubeObject, Stored } from '../../api/types';
import type { Strategy, StrategyContext } from './strategy';

const APPROVAL_TYPES = new Set(['Approved', 'Denied']);

/** populateConditionTimestamps: new conditions get now; an unchanged one keeps its times. */
function stampConditions(conditions: CertificateSigningRequestCondition[], old: CertificateSigningRequestCondition[], now: string): CertificateSigningRequestCondition[] {
  return conditions.map((c) => {
    const before = old.find((o) => o.type === c.type);
    const transitioned = !before || before.status !== c.status;
    return {
      ...c,
      lastTransitionTime: c.lastTransitionTime ?? (transitioned ? now : (before?.lastTransitionTime ?? now)),
      lastUpdateTime: c.lastUpdateTime ?? now,
    };
  });
}

export const certificateSigningRequestStrategy: Strategy = {
  tracksGeneration: false,
  hasStatus: true,
  prepareForCreate(obj: KubeObject, ctx: StrategyContext) {
    const user = ctx.user();
    const spec = (obj.spec ?? {}) as Record<string, unknown>;
    delete spec.uid;
    delete spec.extra;
    obj.spec = { ...spec, groups: [...user.groups], username: user.username };
  },
  prepareForUpdate(obj: KubeObject, old: Stored) {
    obj.spec = clone(old.spec);
  },
};

/** The `approval` subresource: the Approved/Denied conditions from `input`, the rest as stored. */
export function csrApproval(existing: Stored, input: KubeObject, ctx: StrategyContext): KubeObject {
  const old = (existing as unknown as CertificateSigningRequest).status?.conditions ?? [];
  const requested = ((input as unknown as CertificateSigningRequest).status?.conditions ?? []).filter((c) => APPROVAL_TYPES.has(c.type));
  const kept = old.filter((c) => !APPROVAL_TYPES.has(c.type));
  const conditions = stampConditions([...requested, ...kept], old, rfc3339(ctx.clock.now()));
  return { ...clone(existing), status: { ...clone(existing.status ?? {}), conditions } } as KubeObject;
}
