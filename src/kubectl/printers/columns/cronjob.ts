/** CronJob rows (printCronJob): schedule, time zone, suspend, active Jobs and the last schedule. */
import type { CronJob } from 'kubernetes-types/batch/v1';
import { translateTimestampSince } from '../age';
import { formatLabelSelector } from '../labels';
import { layoutContainerCells } from './containers';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

/** printBoolPtr: unset prints `<unset>`. */
const boolPtr = (b: boolean | null | undefined) => (b === undefined || b === null ? '<unset>' : b ? 'True' : 'False');

export const cronJobTable: TableConvertor<CronJob> = {
  columns: [nameColumn, col('Schedule'), col('Timezone'), col('Suspend'), col('Active'), col('Last Schedule'), ageColumn, col('Containers', 1), col('Images', 1), col('Selector', 1)],
  cells(cj, now) {
    const [names, images] = layoutContainerCells(cj.spec?.jobTemplate?.spec?.template?.spec?.containers);
    const last = cj.status?.lastScheduleTime ? translateTimestampSince(cj.status.lastScheduleTime, now) : '<none>';
    return [
      cj.metadata?.name ?? '',
      cj.spec?.schedule ?? '',
      cj.spec?.timeZone ?? '<none>',
      boolPtr(cj.spec?.suspend),
      (cj.status?.active ?? []).length,
      last,
      translateTimestampSince(cj.metadata?.creationTimestamp, now),
      names,
      images,
      formatLabelSelector(cj.spec?.jobTemplate?.spec?.selector),
    ];
  },
};
