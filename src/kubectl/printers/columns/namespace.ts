/** Namespace rows (printNamespace). */
import type { Namespace } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from '../age';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

export const namespaceTable: TableConvertor<Namespace> = {
  columns: [nameColumn, col('Status'), ageColumn],
  cells: (ns, now) => [ns.metadata?.name ?? '', ns.status?.phase ?? '', translateTimestampSince(ns.metadata?.creationTimestamp, now)],
};
