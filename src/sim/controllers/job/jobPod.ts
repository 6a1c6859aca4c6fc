/**
 * The pod a Job creates from its template. Indexed Jobs name pods `<job>-<index>-xxxxx`, give
 * them the hostname `<job>-<index>`, and expose the index as the
 * `batch.kubernetes.io/job-completion-index` annotation and label and the JOB_COMPLETION_INDEX
 * environment variable (a downward-API reference to the annotation).
 */
import type { Job } from 'kubernetes-types/batch/v1';
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { OwnerReference } from '../../api/types';
import { getPodFromTemplate } from '../replicaset/podControl';
import { JOB_COMPLETION_INDEX_ANNOTATION } from './indexes';

const JOB_COMPLETION_INDEX_ENV = 'JOB_COMPLETION_INDEX';

function withIndexEnv(c: Container): Container {
  if (c.env?.some((e) => e.name === JOB_COMPLETION_INDEX_ENV)) return c;
  const ref = { fieldRef: { apiVersion: 'v1', fieldPath: `metadata.annotations['${JOB_COMPLETION_INDEX_ANNOTATION}']` } };
  return { ...c, env: [...(c.env ?? []), { name: JOB_COMPLETION_INDEX_ENV, valueFrom: ref }] };
}

export function jobPod(job: Job, controllerRef: OwnerReference, index?: number): Pod {
  const name = job.metadata?.name ?? '';
  const pod = getPodFromTemplate(job.spec?.template ?? {}, name, controllerRef);
  if (index === undefined) return pod;
  const meta = pod.metadata!;
  meta.generateName = `${name}-${index}-`;
  meta.annotations = { ...meta.annotations, [JOB_COMPLETION_INDEX_ANNOTATION]: String(index) };
  meta.labels = { ...meta.labels, [JOB_COMPLETION_INDEX_ANNOTATION]: String(index) };
  const spec = pod.spec!;
  if (!spec.hostname) spec.hostname = `${name}-${index}`;
  spec.containers = spec.containers.map(withIndexEnv);
  if (spec.initContainers) spec.initContainers = spec.initContainers.map(withIndexEnv);
  return pod;
}
