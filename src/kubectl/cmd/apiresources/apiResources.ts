/**
 * `kubectl api-resources`: what discovery serves, sorted by group then name, with the
 * NAME/SHORTNAMES/APIVERSION/NAMESPACED/KIND table (`-o wide` adds VERBS and CATEGORIES).
 */
import { apiVersionOf, type ResourceInfo } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { TABLE_TABWRITER, tabwrite } from '../../printers';
import { discovery } from '../../resource/builder';

function selected(inv: Invocation): ResourceInfo[] {
  const group = inv.flags.string('api-group');
  return discovery(inv.ctx)
    .filter((r) => !inv.flags.changed('namespaced') || r.namespaced === inv.flags.bool('namespaced'))
    .filter((r) => !inv.flags.changed('api-group') || r.group === group)
    .filter((r) => inv.flags.strings('verbs').every((v) => r.verbs.includes(v)))
    .sort((a, b) => a.group.localeCompare(b.group) || a.resource.localeCompare(b.resource));
}

function runApiResources(inv: Invocation): number {
  const output = inv.flags.string('output');
  if (output !== '' && output !== 'wide' && output !== 'name') throw new KubectlError(messages.apiResourcesOutput(output));
  const resources = selected(inv);
  if (output === 'name') {
    inv.ctx.stdout.write(resources.map((r) => `${r.group ? `${r.resource}.${r.group}` : r.resource}\n`).join(''));
    return 0;
  }
  const wide = output === 'wide';
  const header = inv.flags.bool('no-headers') ? '' : `NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND${wide ? '\tVERBS\tCATEGORIES' : ''}\n`;
  const rows = resources.map((r) => {
    const cells = [r.resource, r.shortNames.join(','), apiVersionOf(r), String(r.namespaced), r.kind];
    if (wide) cells.push(`[${r.verbs.join(' ')}]`, r.categories.join(','));
    return `${cells.join('\t')}\n`;
  });
  inv.ctx.stdout.write(tabwrite(header + rows.join(''), TABLE_TABWRITER));
  return 0;
}

export const apiResourcesCommand: Command = {
  name: 'api-resources',
  short: 'List the resource types the cluster serves',
  flags: [
    { name: 'output', shorthand: 'o', type: 'string' },
    { name: 'namespaced', type: 'bool', default: true },
    { name: 'api-group', type: 'string' },
    { name: 'verbs', type: 'stringSlice' },
    { name: 'no-headers', type: 'bool' },
    { name: 'sort-by', type: 'string', unavailable: true },
    { name: 'cached', type: 'bool' },
    { name: 'categories', type: 'stringSlice', unavailable: true },
  ],
  run: runApiResources,
};
