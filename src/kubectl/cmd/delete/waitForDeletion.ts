/**
 * `kubectl delete --wait`: poll each deleted object until it is gone (or replaced by a new one
 * with another uid). Virtual time passes between polls so the cluster can finish the deletion:
 * graceful pod termination, finalizers, foreground cascades.
 */
import { isApiError, type ResourceInfo } from '../../sim';
import type { Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { refOf } from '../shared/refs';
import { INTERRUPTED_EXIT_CODE } from '../get/watch';

export interface Deleted {
  info: ResourceInfo;
  name: string;
  namespace?: string;
  uid: string;
}

/** kubectl's default when --timeout is 0: effectively forever (a week). */
const DEFAULT_TIMEOUT_SECONDS = 7 * 24 * 3600;

function isGone(inv: Invocation, d: Deleted): boolean {
  try {
    return inv.ctx.client.get(refOf(d.info), d.name, { namespace: d.namespace }).metadata.uid !== d.uid;
  } catch (e) {
    if (isApiError(e, 'NotFound')) return true;
    throw e;
  }
}

export async function waitForDeletion(inv: Invocation, deleted: readonly Deleted[], timeoutSeconds: number): Promise<number> {
  const deadline = inv.ctx.now() + (timeoutSeconds > 0 ? timeoutSeconds : DEFAULT_TIMEOUT_SECONDS) * 1000;
  let pending = deleted.filter((d) => !isGone(inv, d));
  while (pending.length) {
    if (inv.ctx.interrupt.aborted) return INTERRUPTED_EXIT_CODE;
    if (inv.ctx.now() >= deadline) {
      const d = pending[0];
      throw new KubectlError(messages.waitTimeout(d.info.group ? `${d.info.resource}.${d.info.group}` : d.info.resource, d.name));
    }
    await inv.ctx.sleep(1);
    pending = pending.filter((d) => !isGone(inv, d));
  }
  return 0;
}
