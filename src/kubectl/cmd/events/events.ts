/**
 * `kubectl events [--for TYPE/NAME] [--types Normal,Warning] [-A] [-w]`: the namespace's events
 * oldest first, as LAST SEEN / TYPE / REASON / OBJECT / MESSAGE, then (with `-w`) each new one.
 */
import type { Event } from 'kubernetes-types/core/v1';
import type { Stored } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { TABLE_TABWRITER, asList, escapeTerminal, printJson, printYaml, tabwrite } from '../../printers';
import { eventInterval } from '../../describe/events';
import { parseResourceArgs } from '../../resource/builder';
import { ALL_NAMESPACES, PRINT_FLAGS } from '../shared/commonFlags';
import { printTemplate } from '../shared/templatePrinters';
import { INTERRUPTED_EXIT_CODE } from '../get/watch';

const EVENTS = { group: '', version: 'v1', resource: 'events' };
const time = (e: Event) => Date.parse(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? '') || 0;

function forSelector(inv: Invocation): string | undefined {
  const target = inv.flags.string('for');
  if (!target) return undefined;
  if (!target.includes('/')) throw new KubectlError(messages.eventsForFormat);
  const parsed = parseResourceArgs(inv.ctx, [target]);
  if (parsed.kind !== 'names') throw new KubectlError(messages.eventsForFormat);
  const { info, name } = parsed.items[0];
  return `involvedObject.kind=${info.kind},involvedObject.name=${name}`;
}

function types(inv: Invocation): string[] {
  const wanted = inv.flags.strings('types');
  for (const t of wanted) if (!['normal', 'warning'].includes(t.toLowerCase())) throw new KubectlError(messages.eventsTypes);
  return wanted.map((t) => t.toLowerCase());
}

function rows(events: readonly Event[], allNamespaces: boolean, now: number): string[] {
  return events.map((e) => {
    const cells = [eventInterval(e, now), e.type ?? '', e.reason ?? '', `${e.involvedObject.kind ?? ''}/${e.involvedObject.name ?? ''}`, (e.message ?? '').trim()];
    return [...(allNamespaces ? [e.metadata?.namespace ?? ''] : []), ...cells.map(escapeTerminal)].join('\t');
  });
}

function header(inv: Invocation, allNamespaces: boolean): string[] {
  return inv.flags.bool('no-headers') ? [] : [`${allNamespaces ? 'NAMESPACE\t' : ''}LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE`];
}

function print(inv: Invocation, events: Event[], withHeader: boolean): void {
  const all = inv.flags.bool('all-namespaces');
  const format = inv.flags.string('output') || (inv.flags.string('template') ? 'go-template' : '');
  if (!format) {
    inv.ctx.stdout.write(tabwrite(`${[...(withHeader ? header(inv, all) : []), ...rows(events, all, inv.ctx.now())].join('\n')}\n`, TABLE_TABWRITER));
    return;
  }
  const list = { ...asList(events), kind: 'EventList' };
  if (format === 'yaml') inv.ctx.stdout.write(printYaml(list));
  else if (format === 'json') inv.ctx.stdout.write(printJson(list));
  else inv.ctx.stdout.write(printTemplate(inv.ctx, format, list, events, false, inv.flags.string('template')));
}

async function watchEvents(inv: Invocation, namespace: string | undefined, fieldSelector: string | undefined, keep: (e: Event) => boolean, printedHeader: boolean): Promise<number> {
  let headerDone = printedHeader;
  const stop = inv.ctx.client.watch<Event>(EVENTS, { namespace, fieldSelector }, (ev) => {
    if (ev.type === 'DELETED' || !keep(ev.object)) return;
    print(inv, [ev.object as Stored<Event>], !headerDone);
    headerDone = true;
  });
  try {
    while (!inv.ctx.interrupt.aborted) await inv.ctx.sleep(1);
    return INTERRUPTED_EXIT_CODE;
  } finally {
    stop();
  }
}

async function runEvents(inv: Invocation): Promise<number> {
  const fieldSelector = forSelector(inv);
  const wanted = types(inv);
  const keep = (e: Event) => wanted.length === 0 || wanted.includes((e.type ?? '').toLowerCase());
  const all = inv.flags.bool('all-namespaces');
  const namespace = all ? undefined : inv.namespace;
  const events = inv.ctx.client.list<Event>(EVENTS, { namespace, fieldSelector }).items.filter(keep).sort((a, b) => time(a) - time(b));
  if (events.length === 0 && !inv.flags.bool('watch')) {
    inv.ctx.stderr.write(`${all ? messages.noEventsFound : messages.noEventsFoundIn(inv.namespace)}\n`);
    return 0;
  }
  if (events.length) print(inv, events, true);
  return inv.flags.bool('watch') ? watchEvents(inv, namespace, fieldSelector, keep, events.length > 0) : 0;
}

export const eventsCommand: Command = {
  name: 'events',
  aliases: ['ev'],
  short: 'List what happened in the cluster, oldest first',
  flags: [
    ALL_NAMESPACES,
    { name: 'chunk-size', type: 'int', default: 500, usage: 'Fetch long lists in pages of this many items; 0 fetches everything in one request.' },
    { name: 'for', type: 'string', usage: 'Only events about this object, given as TYPE/NAME.' },
    { name: 'no-headers', type: 'bool', usage: 'Leave out the header row.' },
    ...PRINT_FLAGS,
    { name: 'types', type: 'stringSlice', usage: 'Only events of these types: Normal, Warning, or both comma-separated.' },
    { name: 'watch', shorthand: 'w', type: 'bool', usage: 'Keep printing new events as they happen.' },
  ],
  run: runEvents,
};
