/** Endpoints rows (printEndpoints): at most three `ip:port` pairs, then `+ N more...`. */
import type { Endpoints } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from '../age';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

const MAX_SHOWN = 3;

export const endpointsTable: TableConvertor<Endpoints> = {
  columns: [nameColumn, col('Endpoints'), ageColumn],
  cells: (ep, now) => [ep.metadata?.name ?? '', formatEndpoints(ep), translateTimestampSince(ep.metadata?.creationTimestamp, now)],
};

/** formatEndpoints with all ports: every address is counted once per port. */
export function formatEndpoints(ep: Endpoints): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  let more = false;
  const add = (text: string) => {
    if (list.length === MAX_SHOWN) more = true;
    else list.push(text);
  };
  for (const subset of subsets) {
    const addresses = subset.addresses ?? [];
    const ports = subset.ports ?? [];
    if (ports.length === 0) {
      // Headless services without ports list bare IPs.
      count += addresses.length;
      addresses.forEach((a) => add(a.ip));
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      addresses.forEach((a) => add(joinHostPort(a.ip, port.port)));
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - MAX_SHOWN} more...` : ret;
}

/** net.JoinHostPort: IPv6 hosts get brackets. */
export function joinHostPort(host: string, port: number | string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
