/** Deployment rows (printDeployment): READY is ready/desired replicas. */
import type { Deployment } from 'kubernetes-types/apps/v1';
import { translateTimestampSince } from '../age';
import { labelSelectorString } from '../labels';
import { layoutContainerCells } from './containers';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

export const deploymentTable: TableConvertor<Deployment> = {
  columns: [nameColumn, col('Ready'), col('Up-to-date'), col('Available'), ageColumn, col('Containers', 1), col('Images', 1), col('Selector', 1)],
  cells(d, now) {
    const status = d.status ?? {};
    const [names, images] = layoutContainerCells(d.spec?.template?.spec?.containers);
    return [
      d.metadata?.name ?? '',
      `${status.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
      status.updatedReplicas ?? 0,
      status.availableReplicas ?? 0,
      translateTimestampSince(d.metadata?.creationTimestamp, now),
      names,
      images,
      labelSelectorString(d.spec?.selector),
    ];
  },
};
