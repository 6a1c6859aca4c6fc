/** StatefulSet rows (printStatefulSet): READY is ready/desired replicas. */
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import { translateTimestampSince } from '../age';
import { layoutContainerCells } from './containers';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

export const statefulSetTable: TableConvertor<StatefulSet> = {
  columns: [nameColumn, col('Ready'), ageColumn, col('Containers', 1), col('Images', 1)],
  cells(sts, now) {
    const [names, images] = layoutContainerCells(sts.spec?.template?.spec?.containers);
    return [
      sts.metadata?.name ?? '',
      `${sts.status?.readyReplicas ?? 0}/${sts.spec?.replicas ?? 0}`,
      translateTimestampSince(sts.metadata?.creationTimestamp, now),
      names,
      images,
    ];
  },
};
