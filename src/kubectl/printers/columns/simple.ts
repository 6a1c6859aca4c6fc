/** Kinds whose rows are a name, one or two counts or strings, and an age. */
import type { ConfigMap, Secret, ServiceAccount } from 'kubernetes-types/core/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import { translateTimestampSince } from '../age';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

const name = (m: ObjectMeta | undefined) => m?.name ?? '';
const age = (m: ObjectMeta | undefined, now: number) => translateTimestampSince(m?.creationTimestamp, now);

export const serviceAccountTable: TableConvertor<ServiceAccount> = {
  columns: [nameColumn, col('Secrets'), ageColumn],
  cells: (sa, now) => [name(sa.metadata), sa.secrets?.length ?? 0, age(sa.metadata, now)],
};

export const configMapTable: TableConvertor<ConfigMap> = {
  columns: [nameColumn, col('Data'), ageColumn],
  cells: (cm, now) => [
    name(cm.metadata),
    Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length,
    age(cm.metadata, now),
  ],
};

export const secretTable: TableConvertor<Secret> = {
  columns: [nameColumn, col('Type'), col('Data'), ageColumn],
  cells: (s, now) => [name(s.metadata), s.type ?? '', Object.keys(s.data ?? {}).length, age(s.metadata, now)],
};

export const leaseTable: TableConvertor<Lease> = {
  columns: [nameColumn, col('Holder'), ageColumn],
  cells: (l, now) => [name(l.metadata), l.spec?.holderIdentity ?? '', age(l.metadata, now)],
};

/** The default handler: kinds the server has no printer for (printObjectMeta). */
export const genericTable: TableConvertor<{ metadata?: ObjectMeta }> = {
  columns: [nameColumn, ageColumn],
  cells: (obj, now) => [name(obj.metadata), age(obj.metadata, now)],
};
