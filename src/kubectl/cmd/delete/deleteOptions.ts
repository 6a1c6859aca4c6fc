/**
 * `kubectl delete`'s options, completed and validated as pkg/cmd/delete does: `--now` is a
 * one-second grace period, `--grace-period=0` without `--force` becomes 1, `--force` alone
 * becomes 0, and the cascade flag maps to a propagation policy.
 */
import type { PropagationPolicy } from '../../sim';
import type { Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages, type DryRun } from '../../messages';
import { dryRunStrategy } from '../shared/dryRun';

export interface DeleteOptions {
  gracePeriod: number;
  force: boolean;
  propagationPolicy: PropagationPolicy;
  wait: boolean;
  timeoutSeconds: number;
  ignoreNotFound: boolean;
  dryRun: DryRun;
  all: boolean;
  selector: string;
  fieldSelector: string;
}

function cascade(value: string): PropagationPolicy {
  switch (value) {
    case 'background':
    case 'true':
      return 'Background';
    case 'foreground':
      return 'Foreground';
    case 'orphan':
    case 'false':
      return 'Orphan';
    default:
      throw new KubectlError(messages.invalidCascade(value));
  }
}

export function completeDeleteOptions(inv: Invocation): DeleteOptions {
  const f = inv.flags;
  let gracePeriod = f.int('grace-period');
  const force = f.bool('force');
  if (f.bool('now')) {
    if (gracePeriod !== -1) throw new KubectlError(messages.nowAndGracePeriod);
    gracePeriod = 1;
  }
  if (gracePeriod === 0 && !force) gracePeriod = 1;
  if (force && gracePeriod < 0) gracePeriod = 0;
  const o: DeleteOptions = {
    gracePeriod,
    force,
    propagationPolicy: cascade(f.string('cascade')),
    wait: f.bool('wait'),
    timeoutSeconds: f.int('timeout'),
    ignoreNotFound: f.bool('ignore-not-found'),
    dryRun: dryRunStrategy(inv),
    all: f.bool('all'),
    selector: f.string('selector'),
    fieldSelector: f.string('field-selector'),
  };
  if (o.all && o.selector) throw new KubectlError(messages.allAndSelector);
  if (o.all && o.fieldSelector) throw new KubectlError(messages.allAndFieldSelector);
  if (o.gracePeriod > 0 && o.force) throw new KubectlError(messages.forceAndGracePeriod);
  return o;
}
