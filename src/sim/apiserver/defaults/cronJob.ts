/** batch/v1 SetDefaults_CronJob: Allow concurrent runs, not suspended, keep 3 successful and 1 failed Job. */
import type { CronJob } from 'kubernetes-types/batch/v1';
import type { KubeObject } from '../../api/types';
import { setDefaultsPodTemplateSpec } from './podSpec';

export function setDefaultsCronJob(obj: KubeObject): void {
  const cj = obj as unknown as CronJob;
  const spec = (cj.spec ??= {} as CronJob['spec'] & object);
  spec.concurrencyPolicy ||= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  const jobTemplate = (spec.jobTemplate ??= { spec: { template: {} } });
  const meta = (jobTemplate.metadata ??= {});
  if (!('creationTimestamp' in meta)) (meta as Record<string, unknown>).creationTimestamp = null;
  setDefaultsPodTemplateSpec(((jobTemplate.spec ??= { template: {} }).template ??= {}));
}
