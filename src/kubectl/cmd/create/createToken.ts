/**
 * `kubectl create token SERVICE_ACCOUNT_NAME`: asks for a TokenRequest and prints the token.
 * The service account must exist (the API answers NotFound otherwise, which kubectl wraps as
 * "failed to create token: …").
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { isApiError, type KubeObject, type Stored } from '../../sim';
import { DEFAULT_TOKEN_SECONDS, TOKEN_ISSUER, issueToken } from '../../generators/token';
import { ALLOW_MISSING_TEMPLATE_KEYS, OUTPUT, SHOW_MANAGED_FIELDS, TEMPLATE } from '../shared/commonFlags';
import { checkOutputFormat } from '../shared/output';
import { formatObjects } from '../shared/formatObjects';
import { exactlyOneName } from '../shared/usage';

const BOUND_KINDS: Record<string, { version: string; resource: string; namespaced: boolean }> = {
  Pod: { version: 'v1', resource: 'pods', namespaced: true },
  Secret: { version: 'v1', resource: 'secrets', namespaced: true },
  Node: { version: 'v1', resource: 'nodes', namespaced: false },
};

function validate(inv: Invocation): void {
  const kind = inv.flags.string('bound-object-kind');
  if (kind && !BOUND_KINDS[kind]) throw new KubectlError(messages.tokenBoundKind);
  if (kind && !inv.flags.string('bound-object-name')) throw new KubectlError(messages.tokenBoundName);
  if (!kind && inv.flags.string('bound-object-name')) throw new KubectlError(messages.tokenBoundNameWithoutKind);
  if (!kind && inv.flags.string('bound-object-uid')) throw new KubectlError(messages.tokenBoundUidWithoutName);
  const duration = inv.flags.int('duration');
  if (duration < 0) throw new KubectlError(messages.tokenDuration);
  if (duration !== Math.floor(duration)) throw new KubectlError(messages.tokenDurationSeconds);
}

function getOrFail(inv: Invocation, resource: string, name: string, namespaced: boolean): Stored {
  try {
    return inv.ctx.client.get({ group: '', resource }, name, { namespace: namespaced ? inv.namespace : undefined });
  } catch (e) {
    if (isApiError(e)) throw new KubectlError(messages.tokenFailed(e.status.message ?? ''));
    throw e;
  }
}

function runToken(inv: Invocation): number {
  const name = exactlyOneName(inv.commandPath, inv.args);
  validate(inv);
  checkOutputFormat(inv.flags.string('output'));
  const sa = getOrFail(inv, 'serviceaccounts', name, true);
  const kind = inv.flags.string('bound-object-kind');
  let boundObject;
  if (kind) {
    const b = BOUND_KINDS[kind];
    const obj = getOrFail(inv, b.resource, inv.flags.string('bound-object-name'), b.namespaced);
    boundObject = { kind, apiVersion: b.version, name: obj.metadata.name, uid: inv.flags.string('bound-object-uid') || obj.metadata.uid };
  }
  const issuedAt = Math.floor(inv.ctx.now() / 1000);
  const expirationSeconds = inv.flags.int('duration') || DEFAULT_TOKEN_SECONDS;
  const audiences = inv.flags.strings('audience');
  const token = issueToken({ namespace: inv.namespace, serviceAccount: { name, uid: sa.metadata.uid }, audiences, issuedAt, expirationSeconds, boundObject });
  const format = inv.flags.string('output');
  if (!format) {
    inv.ctx.stdout.write(`${token}\n`);
    return 0;
  }
  const request = {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenRequest',
    metadata: { name, namespace: inv.namespace, creationTimestamp: null as unknown as string },
    spec: { audiences: audiences.length ? audiences : [TOKEN_ISSUER], boundObjectRef: boundObject ?? null, expirationSeconds },
    status: { expirationTimestamp: new Date((issuedAt + expirationSeconds) * 1000).toISOString().replace(/\.\d+Z$/, 'Z'), token },
  };
  inv.ctx.stdout.write(formatObjects([request as KubeObject], format, { showManagedFields: inv.flags.bool('show-managed-fields') }));
  return 0;
}

export const createToken: Command = {
  name: 'token',
  short: 'Print a fresh token for a service account',
  flags: [
    { name: 'audience', type: 'stringArray', usage: 'Who the token is meant for; repeat the flag for several. By default the API server\'s own audience.' },
    { name: 'bound-object-kind', type: 'string', usage: 'Kind of object the token is tied to: Pod, Secret or Node. The token dies with that object.' },
    { name: 'bound-object-name', type: 'string', usage: 'Name of the object the token is tied to.' },
    { name: 'bound-object-uid', type: 'string', usage: 'UID of the object the token is tied to, to guard against a new object with the same name.' },
    { name: 'duration', type: 'duration', usage: 'How long the token should stay valid, written like 10m or 2h; the server may shorten it. 0s leaves it to the server.' },
    ALLOW_MISSING_TEMPLATE_KEYS,
    OUTPUT,
    SHOW_MANAGED_FIELDS,
    TEMPLATE,
  ],
  run: runToken,
};
