/**
 * `kubectl get -w`: print what exists (unless `--watch-only`), then one row per watch event.
 * Each event is flushed on its own, so its row is aligned by itself, as kubectl's tabwriter
 * does. Runs until Ctrl-C or `--request-timeout`.
 */
import type { Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { parseDuration } from '../../cmdutil/duration';
import type { Stored } from '../../sim';
import type { Found, FetchResult } from '../shared/fetch';
import { refOf } from '../shared/refs';
import { printFound } from './printGet';

/** Exit code of a process ended by SIGINT, as the shell reports it. */
export const INTERRUPTED_EXIT_CODE = 130;

export async function watchObjects(inv: Invocation, result: FetchResult, showKind: boolean): Promise<number> {
  if (result.infos.length !== 1) throw new KubectlError('watch is only supported on individual resources and resource collections, but 2 resources were found');
  const info = result.infos[0];
  const events = inv.flags.bool('output-watch-events');
  if (!inv.flags.bool('watch-only')) inv.ctx.stdout.write(printFound(inv, result.found, result.singular, showKind, false, events ? 'ADDED' : undefined));
  const names = result.singular ? new Set(result.found.map((f) => f.object.metadata.name)) : undefined;
  const namespace = info.namespaced && !inv.flags.bool('all-namespaces') ? inv.namespace : undefined;
  let first = inv.flags.bool('watch-only') || result.found.length === 0;
  const onEvent = (object: Stored, type: string) => {
    if (names && !names.has(object.metadata.name)) return;
    const row: Found = { info, object };
    // Headers are printed once: with the listing, or with the first event under --watch-only.
    inv.ctx.stdout.write(printFound(inv, [row], true, showKind, !first, events ? type : undefined));
    first = false;
  };
  const stop = inv.ctx.client.watch(refOf(info), { namespace, labelSelector: inv.flags.string('selector') || undefined }, (e) => onEvent(e.object, e.type));
  const timeout = parseDuration(inv.flags.string('request-timeout')) ?? 0;
  const started = inv.ctx.now();
  try {
    while (!inv.ctx.interrupt.aborted) {
      if (timeout > 0 && inv.ctx.now() - started >= timeout * 1000) return 0;
      await inv.ctx.sleep(1);
    }
    return INTERRUPTED_EXIT_CODE;
  } finally {
    stop();
  }
}
