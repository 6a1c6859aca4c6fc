/** DaemonSet rows (printDaemonSet): scheduling counts and the template's node selector. */
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import { translateTimestampSince } from '../age';
import { formatLabelSelector, formatLabels } from '../labels';
import { layoutContainerCells } from './containers';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

export const daemonSetTable: TableConvertor<DaemonSet> = {
  columns: [
    nameColumn,
    col('Desired'),
    col('Current'),
    col('Ready'),
    col('Up-to-date'),
    col('Available'),
    col('Node Selector'),
    ageColumn,
    col('Containers', 1),
    col('Images', 1),
    col('Selector', 1),
  ],
  cells(ds, now) {
    const status = ds.status;
    const [names, images] = layoutContainerCells(ds.spec?.template?.spec?.containers);
    return [
      ds.metadata?.name ?? '',
      status?.desiredNumberScheduled ?? 0,
      status?.currentNumberScheduled ?? 0,
      status?.numberReady ?? 0,
      status?.updatedNumberScheduled ?? 0,
      status?.numberAvailable ?? 0,
      formatLabels(ds.spec?.template?.spec?.nodeSelector),
      translateTimestampSince(ds.metadata?.creationTimestamp, now),
      names,
      images,
      formatLabelSelector(ds.spec?.selector),
    ];
  },
};
