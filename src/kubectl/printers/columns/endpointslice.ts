/** EndpointSlice rows (printEndpointSlice): ports and addresses, three at most, `<unset>` if none. */
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { translateTimestampSince } from '../age';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

const MAX_SHOWN = 3;

export const endpointSliceTable: TableConvertor<EndpointSlice> = {
  columns: [nameColumn, col('AddressType'), col('Ports'), col('Endpoints'), ageColumn],
  cells(slice, now) {
    const ports = (slice.ports ?? []).map((p) => (p.port != null ? String(p.port) : (p.name ?? '*')));
    const addresses = (slice.endpoints ?? []).flatMap((e) => e.addresses);
    return [
      slice.metadata?.name ?? '',
      slice.addressType,
      listWithMore(ports),
      listWithMore(addresses),
      translateTimestampSince(slice.metadata?.creationTimestamp, now),
    ];
  },
};

function listWithMore(items: string[]): string {
  const shown = items.slice(0, MAX_SHOWN).join(',');
  if (items.length > MAX_SHOWN) return `${shown} + ${items.length - MAX_SHOWN} more...`;
  return shown || '<unset>';
}
