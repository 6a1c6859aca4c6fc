/**
 * `kubectl create job|cronjob`, as pkg/cmd/create/create_job.go and create_cronjob.go build them:
 * one container named after the object, restartPolicy Never for a job and OnFailure (unless
 * `--restart`) for a cronjob. A job made `--from=cronjob/x` copies the cronjob's jobTemplate and
 * is marked as a manual run, owned by the cronjob (controller, without blockOwnerDeletion).
 */
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { PodSpec } from 'kubernetes-types/core/v1';
import { ZERO_TIME } from './meta';

export interface JobParams {
  name: string;
  image: string;
  command: string[];
  namespace?: string;
}

function podSpec(p: JobParams, restartPolicy: string): PodSpec {
  return {
    containers: [{ name: p.name, image: p.image, ...(p.command.length ? { command: p.command } : {}), resources: {} }],
    restartPolicy,
  };
}

const meta = (name: string, namespace?: string) => ({ name, ...(namespace ? { namespace } : {}), creationTimestamp: ZERO_TIME });

export function generateJob(p: JobParams): Job {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: meta(p.name, p.namespace),
    spec: { template: { metadata: { creationTimestamp: ZERO_TIME }, spec: podSpec(p, 'Never') } },
    status: {},
  };
}

export const MANUAL_INSTANTIATE_ANNOTATION = 'cronjob.kubernetes.io/instantiate';

export function generateJobFromCronJob(name: string, cronJob: CronJob, namespace?: string): Job {
  const template = cronJob.spec?.jobTemplate;
  const labels = template?.metadata?.labels;
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      ...meta(name, namespace),
      annotations: { [MANUAL_INSTANTIATE_ANNOTATION]: 'manual', ...(template?.metadata?.annotations ?? {}) },
      ...(labels ? { labels } : {}),
      ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cronJob.metadata?.name ?? '', uid: cronJob.metadata?.uid ?? '', controller: true }],
    },
    spec: template?.spec ?? { template: {} },
    status: {},
  };
}

export function generateCronJob(p: JobParams & { schedule: string; restart: string }): CronJob {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: meta(p.name, p.namespace),
    spec: {
      schedule: p.schedule,
      jobTemplate: {
        metadata: { name: p.name, creationTimestamp: ZERO_TIME },
        spec: { template: { metadata: { creationTimestamp: ZERO_TIME }, spec: podSpec(p, p.restart || 'OnFailure') } },
      },
    },
    status: {},
  };
}
