/**
 * `kubectl get`: list or read objects and print them; `-w` keeps printing watch events until
 * Ctrl-C (or `--request-timeout`). An empty listing says `No resources found …` on stderr.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { KUSTOMIZE_FLAG, filenameOptions, hasFilenames } from '../../resource/filenameOptions';
import { ALLOW_MISSING_TEMPLATE_KEYS, ALL_NAMESPACES, FIELD_SELECTOR, FILENAME, OUTPUT, RECURSIVE, SELECTOR, SHOW_MANAGED_FIELDS, TEMPLATE } from '../shared/commonFlags';
import { fetchObjects } from '../shared/fetch';
import { isApiError } from '../../sim';
import { checkGetFormat, printFound } from './printGet';
import { watchObjects } from './watch';
import { sortFound } from './sortBy';
import { outputFormat } from '../shared/output';

function noResourcesMessage(inv: Invocation, namespaced: boolean): string {
  return messages.noResourcesFound(inv.flags.bool('all-namespaces') || !namespaced ? undefined : inv.namespace);
}

async function runGet(inv: Invocation): Promise<number> {
  if (inv.args.length === 0 && !hasFilenames(filenameOptions(inv.flags))) throw new KubectlError(messages.getRequiresType, { raw: true });
  checkGetFormat(outputFormat(inv));
  const selector = inv.flags.string('selector');
  const result = fetchObjects(inv, { labelSelector: selector, fieldSelector: inv.flags.string('field-selector'), allNamespaces: inv.flags.bool('all-namespaces') });
  const showKind = result.infos.length > 1;
  if (inv.flags.bool('watch') || inv.flags.bool('watch-only')) {
    // A watch needs every named object first: a missing one ends it (silently with --ignore-not-found).
    if (result.errors.length && inv.flags.bool('ignore-not-found') && result.errors.every((e) => isApiError(e, 'NotFound'))) return 0;
    if (result.errors.length) throw result.errors[0];
    return watchObjects(inv, result, showKind);
  }
  if (inv.flags.bool('ignore-not-found')) result.errors = result.errors.filter((e) => !isApiError(e, 'NotFound'));
  const sortBy = inv.flags.string('sort-by');
  const found = sortBy ? sortFound(result.found, sortBy) : result.found;
  const text = printFound(inv, found, result.singular, showKind);
  inv.ctx.stdout.write(text);
  if (result.found.length === 0 && result.errors.length === 0 && !result.singular && ['', 'wide', 'name'].includes(inv.flags.string('output'))) {
    inv.ctx.stderr.write(`${noResourcesMessage(inv, result.infos.some((i) => i.namespaced))}\n`);
  }
  aggregate(result.errors);
  return 0;
}

export const getCommand: Command = {
  name: 'get',
  short: 'List resources or show particular ones',
  flags: [
    OUTPUT,
    TEMPLATE,
    ALLOW_MISSING_TEMPLATE_KEYS,
    SELECTOR,
    FIELD_SELECTOR,
    ALL_NAMESPACES,
    FILENAME,
    KUSTOMIZE_FLAG,
    RECURSIVE,
    SHOW_MANAGED_FIELDS,
    { name: 'watch', shorthand: 'w', type: 'bool', usage: 'After printing, keep printing objects again as they change.' },
    { name: 'watch-only', type: 'bool', usage: 'Print only changes, without the initial listing.' },
    { name: 'output-watch-events', type: 'bool', usage: 'With --watch, print each change as a watch event (ADDED, MODIFIED, DELETED) around the object.' },
    { name: 'show-labels', type: 'bool', usage: 'Add a LABELS column with all labels of each object.' },
    { name: 'label-columns', shorthand: 'L', type: 'stringSlice', usage: 'Label keys to show as extra columns, comma-separated or by repeating the flag; case-sensitive.' },
    { name: 'show-kind', type: 'bool', usage: 'Prefix names with their type, as in pod/web.' },
    { name: 'no-headers', type: 'bool', usage: 'Leave out the header row of tables and custom columns.' },
    { name: 'ignore-not-found', type: 'bool', usage: 'Succeed quietly when a named object does not exist.' },
    { name: 'sort-by', type: 'string', usage: "Sort the list by a field, given as a JSONPath such as '{.metadata.creationTimestamp}' or .status.startTime." },
    { name: 'chunk-size', type: 'int', default: 500 },
    { name: 'subresource', type: 'string', unavailable: true },
    { name: 'raw', type: 'string', unavailable: true },
    { name: 'server-print', type: 'bool', default: true },
  ],
  run: runGet,
};
