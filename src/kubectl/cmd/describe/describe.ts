/**
 * `kubectl describe (TYPE [NAME_PREFIX] | TYPE/NAME | -f FILE)`: each object through its
 * describer, separated by a blank line. A NAME that matches nothing exactly describes every
 * object whose name starts with it, as kubectl does.
 */
import { isApiError } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { describeObject } from '../../describe';
import { ALL_NAMESPACES, FILENAME, RECURSIVE, SELECTOR } from '../shared/commonFlags';
import { fetchObjects, type FetchResult, type Found } from '../shared/fetch';
import { parseResourceArgs } from '../../resource/builder';
import { refOf, requestNamespace } from '../shared/refs';
import { relatedObjects } from './related';

/** A missing NAME becomes every object whose name starts with it (describeMatchingResources). */
function withPrefixMatches(inv: Invocation, result: FetchResult): { found: Found[]; errors: unknown[] } {
  const parsed = inv.flags.strings('filename').length ? undefined : parseResourceArgs(inv.ctx, inv.args);
  if (parsed?.kind !== 'names') return result;
  const found = [...result.found];
  const errors: unknown[] = [];
  for (const e of result.errors) {
    const name = isApiError(e, 'NotFound') ? e.status.details?.name : undefined;
    const item = parsed.items.find((i) => i.name === name && !found.some((f) => f.object.metadata.name === name));
    if (!item) {
      errors.push(e);
      continue;
    }
    const list = inv.ctx.client.list(refOf(item.info), { namespace: requestNamespace(item.info, inv.namespace) });
    const matches = list.items.filter((o) => o.metadata.name.startsWith(item.name));
    if (matches.length === 0) errors.push(e);
    for (const object of matches) found.push({ info: item.info, object });
  }
  return { found, errors };
}

function runDescribe(inv: Invocation): number {
  if (inv.args.length === 0 && inv.flags.strings('filename').length === 0) throw new KubectlError(messages.describeRequiresType);
  const result = fetchObjects(inv, { labelSelector: inv.flags.string('selector'), allNamespaces: inv.flags.bool('all-namespaces') });
  const { found, errors } = withPrefixMatches(inv, result);
  const showEvents = inv.flags.bool('show-events');
  const texts = found.map((f) => describeObject(f.object, relatedObjects(inv.ctx.client, f.object, showEvents), inv.ctx.now()));
  inv.ctx.stdout.write(texts.join('\n\n'));
  if (found.length === 0 && errors.length === 0 && !result.singular) {
    const namespaced = result.infos.some((i) => i.namespaced);
    inv.ctx.stderr.write(`${messages.noResourcesFound(inv.flags.bool('all-namespaces') || !namespaced ? undefined : inv.namespace)}\n`);
  }
  aggregate(errors);
  return 0;
}

export const describeCommand: Command = {
  name: 'describe',
  short: 'Print a detailed report about objects, with their events',
  flags: [FILENAME, RECURSIVE, SELECTOR, ALL_NAMESPACES, { name: 'show-events', type: 'bool', default: true }, { name: 'chunk-size', type: 'int', default: 500 }],
  run: runDescribe,
};
