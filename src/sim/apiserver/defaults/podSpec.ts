/**
 * SetDefaults_PodSpec plus everything the generated defaulters reach inside a PodSpec. Shared by
 * Pods and by every pod template (Deployment, ReplicaSet, and the workloads still to come);
 * Pod-only defaults live in pod.ts.
 */
import type { PodSpec, PodTemplateSpec } from 'kubernetes-types/core/v1';
import { setDefaultsContainer } from './container';
import { setDefaultsVolume } from './volumes';

export const DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;
export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';

export function setDefaultsPodSpec(spec: PodSpec): void {
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS;
  spec.schedulerName ||= DEFAULT_SCHEDULER_NAME;
  // The v1 API carries the account twice; conversion fills each from the other.
  if (!spec.serviceAccountName && spec.serviceAccount) spec.serviceAccountName = spec.serviceAccount;
  if (spec.serviceAccountName) spec.serviceAccount = spec.serviceAccountName;
  for (const c of spec.containers ?? []) setDefaultsContainer(c);
  for (const c of spec.initContainers ?? []) setDefaultsContainer(c);
  for (const c of spec.ephemeralContainers ?? []) setDefaultsContainer(c as Parameters<typeof setDefaultsContainer>[0]);
  for (const v of spec.volumes ?? []) setDefaultsVolume(v);
}

/**
 * A template's metadata is a struct whose zero creationTimestamp the server writes as null, so
 * `kubectl get deploy -o yaml` shows `creationTimestamp: null` under `template.metadata`.
 */
export function setDefaultsPodTemplateSpec(template: PodTemplateSpec): void {
  template.metadata ??= {};
  if (!('creationTimestamp' in template.metadata)) (template.metadata as Record<string, unknown>).creationTimestamp = null;
  template.spec ??= { containers: [] };
  setDefaultsPodSpec(template.spec);
}
