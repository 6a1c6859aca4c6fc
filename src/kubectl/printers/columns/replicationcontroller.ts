/** ReplicationController rows (printReplicationController): like ReplicaSets, with a plain label-map selector. */
import type { ReplicationController } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from '../age';
import { formatLabels } from '../labels';
import { layoutContainerCells } from './containers';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

export const replicationControllerTable: TableConvertor<ReplicationController> = {
  columns: [nameColumn, col('Desired'), col('Current'), col('Ready'), ageColumn, col('Containers', 1), col('Images', 1), col('Selector', 1)],
  cells(rc, now) {
    const [names, images] = layoutContainerCells(rc.spec?.template?.spec?.containers);
    return [
      rc.metadata?.name ?? '',
      rc.spec?.replicas ?? 0,
      rc.status?.replicas ?? 0,
      rc.status?.readyReplicas ?? 0,
      translateTimestampSince(rc.metadata?.creationTimestamp, now),
      names,
      images,
      formatLabels(rc.spec?.selector),
    ];
  },
};
