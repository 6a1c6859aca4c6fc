/** ReplicaSet rows (printReplicaSet). */
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import { translateTimestampSince } from '../age';
import { formatLabelSelector } from '../labels';
import { layoutContainerCells } from './containers';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

export const replicaSetTable: TableConvertor<ReplicaSet> = {
  columns: [nameColumn, col('Desired'), col('Current'), col('Ready'), ageColumn, col('Containers', 1), col('Images', 1), col('Selector', 1)],
  cells(rs, now) {
    const [names, images] = layoutContainerCells(rs.spec?.template?.spec?.containers);
    return [
      rs.metadata?.name ?? '',
      rs.spec?.replicas ?? 0,
      rs.status?.replicas ?? 0,
      rs.status?.readyReplicas ?? 0,
      translateTimestampSince(rs.metadata?.creationTimestamp, now),
      names,
      images,
      formatLabelSelector(rs.spec?.selector),
    ];
  },
};
