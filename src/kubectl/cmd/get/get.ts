/**
 * `kubectl get`: list or read objects and print them; `-w` keeps printing watch events until
 * Ctrl-C (or `--request-timeout`). An empty listing says `No resources found …` on stderr.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { ALLOW_MISSING_TEMPLATE_KEYS, ALL_NAMESPACES, KUSTOMIZE, FIELD_SELECTOR, FILENAME, OUTPUT, RECURSIVE, SELECTOR, SHOW_MANAGED_FIELDS, TEMPLATE } from '../shared/commonFlags';
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
  if (inv.args.length === 0 && inv.flags.strings('filename').length === 0) throw new KubectlError(messages.getRequiresType, { raw: true });
  checkGetFormat(outputFormat(inv));
  const selector = inv.flags.string('selector');
  const result = fetchObjects(inv, { labelSelector: selector, fieldSelector: inv.flags.string('field-selector'), allNamespaces: inv.flags.bool('all-namespaces') });
  if (inv.flags.bool('ignore-not-found')) result.errors = result.errors.filter((e) => !isApiError(e, 'NotFound'));
  const showKind = result.infos.length > 1;
  if (inv.flags.bool('watch') || inv.flags.bool('watch-only')) return watchObjects(inv, result, showKind);
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
  short: 'Display one or many resources',
  flags: [
    OUTPUT,
    TEMPLATE,
    ALLOW_MISSING_TEMPLATE_KEYS,
    SELECTOR,
    FIELD_SELECTOR,
    ALL_NAMESPACES,
    FILENAME,
    KUSTOMIZE,
    RECURSIVE,
    SHOW_MANAGED_FIELDS,
    { name: 'watch', shorthand: 'w', type: 'bool', usage: 'After listing/getting the requested object, watch for changes.' },
    { name: 'watch-only', type: 'bool', usage: 'Watch for changes to the requested object(s), without listing/getting first.' },
    { name: 'output-watch-events', type: 'bool', usage: 'Output watch event objects when --watch or --watch-only is used.' },
    { name: 'show-labels', type: 'bool', usage: 'When printing, show all labels as the last column' },
    { name: 'label-columns', shorthand: 'L', type: 'stringSlice', usage: 'Accepts a comma separated list of labels that are going to be presented as columns.' },
    { name: 'show-kind', type: 'bool', usage: 'If present, list the resource type for the requested object(s).' },
    { name: 'no-headers', type: 'bool', usage: "When using the default or custom-column output format, don't print headers (default print headers)." },
    { name: 'ignore-not-found', type: 'bool', usage: 'If the requested object does not exist the command will return exit code 0.' },
    { name: 'sort-by', type: 'string', usage: 'If non-empty, sort list types using this field specification.' },
    { name: 'chunk-size', type: 'int', default: 500 },
    { name: 'subresource', type: 'string', unavailable: true },
    { name: 'raw', type: 'string', unavailable: true },
    { name: 'server-print', type: 'bool', default: true },
  ],
  run: runGet,
};
