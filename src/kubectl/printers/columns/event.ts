/**
 * Event rows (printEvent) as `kubectl get events` shows them. Events written through the
 * events.k8s.io API carry eventTime/series instead of first/lastTimestamp/count.
 */
import type { Event } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from '../age';
import { col, type ColumnDefinition, type TableConvertor } from './types';

const nameColumnWide: ColumnDefinition = { name: 'Name', priority: 1, format: 'name' };

export const eventTable: TableConvertor<Event> = {
  columns: [
    col('Last Seen'),
    col('Type'),
    col('Reason'),
    col('Object'),
    col('Subobject', 1),
    col('Source', 1),
    col('Message'),
    col('First Seen', 1),
    col('Count', 1),
    nameColumnWide,
  ],
  cells(e, now) {
    let firstSeen = translateTimestampSince(e.firstTimestamp, now);
    if (!e.firstTimestamp) firstSeen = translateTimestampSince(e.eventTime, now);
    let lastSeen = e.lastTimestamp ? translateTimestampSince(e.lastTimestamp, now) : firstSeen;
    let count = e.count ?? 0;
    if (e.series) {
      lastSeen = translateTimestampSince(e.series.lastObservedTime, now);
      count = e.series.count ?? 0;
    } else if (count === 0) {
      count = 1;
    }
    const kind = (e.involvedObject.kind ?? '').toLowerCase();
    const target = e.involvedObject.name ? `${kind}/${e.involvedObject.name}` : kind;
    return [
      lastSeen,
      e.type ?? '',
      e.reason ?? '',
      target,
      e.involvedObject.fieldPath ?? '',
      formatEventSource(e),
      (e.message ?? '').trim(),
      firstSeen,
      count,
      e.metadata?.name ?? '',
    ];
  },
};

/** `component, host`, falling back to reportingController/reportingInstance. */
export function formatEventSource(e: Event): string {
  const component = e.source?.component || e.reportingComponent || '';
  const instance = e.source?.host || e.reportingInstance || '';
  return instance ? `${component}, ${instance}` : component;
}
