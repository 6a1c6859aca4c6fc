/** The Events section every describer ends with, and the lookup that feeds it. */
import type { Event } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from '../printers/age';
import { parseTime } from '../../common/time';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefixWriter';

/** What an event's involvedObject must match: describe's searchEvents field selector. */
export interface ObjectReference {
  kind?: string;
  name?: string;
  namespace?: string;
  uid?: string;
}

/** The events about `ref` (name, namespace, and kind/uid when known), as searchEvents finds them. */
export function eventsFor(ref: ObjectReference, events: Event[]): Event[] {
  return events.filter((e) => {
    const io = e.involvedObject;
    if (io.name !== ref.name || (io.namespace ?? '') !== (ref.namespace ?? '')) return false;
    if (ref.kind && io.kind !== ref.kind) return false;
    return !ref.uid || io.uid === ref.uid;
  });
}

/**
 * The events `kubectl describe` shows for an object. Pods match by name and uid (a mirror
 * pod by its source's uid), nodes by their uid or by their name used as uid (the kubelet's
 * way), everything else by kind, name and uid.
 */
export function eventsForObject(
  obj: { kind?: string; metadata?: { name?: string; namespace?: string; uid?: string; annotations?: Record<string, string> } },
  events: Event[],
): Event[] {
  const meta = obj.metadata ?? {};
  const ref = { name: meta.name, namespace: meta.namespace };
  if (obj.kind === 'Pod') {
    return eventsFor({ ...ref, uid: meta.annotations?.['kubernetes.io/config.mirror'] ?? meta.uid }, events);
  }
  if (obj.kind === 'Node') {
    const byName = meta.name === meta.uid ? [] : eventsFor({ ...ref, kind: 'Node', uid: meta.name }, events);
    return [...eventsFor({ ...ref, kind: 'Node', uid: meta.uid }, events), ...byName];
  }
  return eventsFor({ ...ref, kind: obj.kind, uid: meta.uid }, events);
}

/**
 * `Events:  <none>`, or a table sorted by last timestamp with repeated events as
 * `2m (x3 over 10m)`. `undefined` events (describe --show-events=false) print nothing.
 */
export function describeEvents(events: Event[] | undefined, w: PrefixWriter, now: number): void {
  if (events === undefined) return;
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  const sorted = [...events].sort((a, b) => (parseTime(a.lastTimestamp) ?? 0) - (parseTime(b.lastTimestamp) ?? 0));
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const interval = eventInterval(e, now);
    const source = e.source?.component || e.reportingComponent || '';
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${(e.message ?? '').trim()}\n`);
  }
}

/** `5m`, or `2m (x3 over 10m)` for a repeated event: describe's Age and `kubectl events`' LAST SEEN. */
export function eventInterval(e: Event, now: number): string {
  const first = e.eventTime ? translateTimestampSince(e.eventTime, now) : translateTimestampSince(e.firstTimestamp, now);
  if (e.series) return `${translateTimestampSince(e.series.lastObservedTime, now)} (x${e.series.count ?? 0} over ${first})`;
  if ((e.count ?? 0) > 1) return `${translateTimestampSince(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}
