/**
 * `kubectl wait (TYPE NAME | -l) --for=delete|condition=C[=value]`: polls (virtual time passes)
 * until each object meets the condition, printing `pod/web condition met`, or fails after
 * `--timeout` (30 s by default).
 */
import { isApiError, type KubeObject, type ResourceInfo } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { ALL, ALL_NAMESPACES, FIELD_SELECTOR, FILENAME, OUTPUT, RECURSIVE, SELECTOR } from '../shared/commonFlags';
import { fetchObjects } from '../shared/fetch';
import { printResult } from '../shared/output';
import { qualifiedResource, refOf } from '../shared/refs';
import { INTERRUPTED_EXIT_CODE } from '../get/watch';

type Check = (obj: KubeObject | undefined) => boolean;

/** conditionFuncFor: `delete` or `condition=Name[=value]` (value defaults to True, case-insensitive). */
function checkFor(condition: string): Check {
  if (condition.toLowerCase() === 'delete') return (obj) => obj === undefined;
  if (condition.toLowerCase().startsWith('condition=')) {
    const [name, value = 'true'] = condition.slice('condition='.length).split('=');
    return (obj) => {
      const conditions = ((obj?.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []);
      return conditions.some((c) => c.type.toLowerCase() === name.toLowerCase() && c.status.toLowerCase() === value.toLowerCase());
    };
  }
  throw new KubectlError(messages.waitUnrecognized(condition));
}

function current(inv: Invocation, info: ResourceInfo, obj: KubeObject): KubeObject | undefined {
  try {
    const live = inv.ctx.client.get(refOf(info), obj.metadata?.name ?? '', { namespace: obj.metadata?.namespace });
    return live.metadata.uid === obj.metadata?.uid ? live : undefined;
  } catch (e) {
    if (isApiError(e, 'NotFound')) return undefined;
    throw e;
  }
}

async function runWait(inv: Invocation): Promise<number> {
  const check = checkFor(inv.flags.string('for'));
  const deleting = inv.flags.string('for').toLowerCase() === 'delete';
  const result = fetchObjects(inv, { labelSelector: inv.flags.string('selector'), fieldSelector: inv.flags.string('field-selector'), allNamespaces: inv.flags.bool('all-namespaces') });
  if (result.errors.length && !(deleting && result.errors.every((e) => isApiError(e, 'NotFound')))) throw result.errors[0];
  if (result.found.length === 0 && result.errors.length === 0) throw new KubectlError(messages.noMatchingResources);
  const deadline = inv.ctx.now() + inv.flags.int('timeout') * 1000;
  inv.ctx.waitUntil?.(deadline);
  for (const { info, object } of result.found) {
    while (!check(current(inv, info, object))) {
      if (inv.ctx.interrupt.aborted) return INTERRUPTED_EXIT_CODE;
      if (inv.ctx.now() >= deadline) throw new KubectlError(messages.waitTimedOut(qualifiedResource(info), object.metadata.name));
      await inv.ctx.sleep(1);
    }
    printResult(inv, info, object, messages.waitConditionMet, 'none');
  }
  return 0;
}

export const waitCommand: Command = {
  name: 'wait',
  short: 'Experimental: Wait until resources reach a condition',
  flags: [
    FILENAME,
    // kubectl wait alone defaults -R to true.
    { ...RECURSIVE, default: true },
    SELECTOR,
    FIELD_SELECTOR,
    ALL,
    ALL_NAMESPACES,
    OUTPUT,
    { name: 'for', type: 'string', usage: "What to wait for: create, delete, condition=NAME (optionally =VALUE, default True) or jsonpath='{EXPRESSION}'=VALUE." },
    { name: 'timeout', type: 'duration', default: 30, usage: 'How long to wait before failing; 0s checks once, a negative value waits a week.' },
    { name: 'local', type: 'bool', unavailable: true },
  ],
  run: runWait,
};
