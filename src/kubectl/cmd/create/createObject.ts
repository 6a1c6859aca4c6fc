/**
 * The last step every `create` shares: send the object (unless `--dry-run=client`) and report.
 * Generators set metadata.namespace only when `-n` was given; the request goes to the namespace
 * in effect either way.
 */
import type { KubeObject, ResourceInfo } from '../../sim';
import type { Invocation } from '../../cmdutil/command';
import type { DryRun } from '../../messages';
import { printResult } from '../shared/output';
import { withLastApplied } from '../apply/lastApplied';
import { refOf, requestNamespace } from '../shared/refs';

/** `obj` is any API object (typed or not); it is sent as is. */
export function createObject(inv: Invocation, info: ResourceInfo, typed: object, dryRun: DryRun, fieldManager = 'kubectl-create', operation = 'created'): KubeObject {
  // --save-config makes the object ready for a later `kubectl apply`.
  const obj = inv.flags.bool('save-config') ? withLastApplied(typed as KubeObject).modified : (typed as KubeObject);
  let result = obj;
  if (dryRun !== 'client') {
    const namespace = requestNamespace(info, obj.metadata?.namespace ?? inv.namespace);
    result = inv.ctx.client.create(refOf(info), obj, { namespace, dryRun: dryRun === 'server', fieldManager });
  }
  printResult(inv, info, result, operation, dryRun);
  return result;
}

/** `-n` given explicitly: generators write it into the object (kubectl's EnforceNamespace). */
export const enforcedNamespace = (inv: Invocation) => (inv.explicitNamespace ? inv.namespace : undefined);
