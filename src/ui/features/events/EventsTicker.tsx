/** The latest cluster events, one line each, newest first: what the controllers just did. */
import { useMemo } from 'react';
import { useCluster } from '../../state/clusterStore';

const SHOWN = 3;

export function EventsTicker() {
  const events = useCluster((s) => s.events);
  const latest = useMemo(
    () =>
      Object.values(events)
        .sort((a, b) => b.lastSeen - a.lastSeen || a.uid.localeCompare(b.uid))
        .slice(0, SHOWN),
    [events],
  );
  return (
    <ul className="events-ticker" data-testid="events" aria-label="Latest events" aria-live="off">
      {latest.map((e) => (
        <li key={e.uid} className={e.type === 'Warning' ? 'event-warning' : undefined}>
          <b>{e.reason}</b> {e.involved.kind.toLowerCase()}/{e.involved.name}: {e.message}
        </li>
      ))}
    </ul>
  );
}
