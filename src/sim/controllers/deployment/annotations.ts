/**
 * The annotations a Deployment writes on its ReplicaSets: the revision (and, after a rollback,
 * the revisions it used to have), the replica counts the set was sized for (what proportional
 * scaling reads back), and the Deployment's own annotations such as kubernetes.io/change-cause.
 */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import { maxSurge, replicasOf } from './deploymentSpec';
import { REVISION_ANNOTATION } from './replicaSetUtil';

export { REVISION_ANNOTATION };
export const REVISION_HISTORY_ANNOTATION = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';
const LAST_APPLIED_CONFIG_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';
const DEPRECATED_ROLLBACK_TO = 'deprecated.deployment.rollback.to';

/** The revision-history annotation keeps at most this many characters. */
export const MAX_REV_HISTORY_LENGTH_IN_CHARS = 2000;

const ANNOTATIONS_TO_SKIP = new Set([
  LAST_APPLIED_CONFIG_ANNOTATION,
  REVISION_ANNOTATION,
  REVISION_HISTORY_ANNOTATION,
  DESIRED_REPLICAS_ANNOTATION,
  MAX_REPLICAS_ANNOTATION,
  DEPRECATED_ROLLBACK_TO,
]);

type Annotated = { metadata?: { annotations?: Record<string, string> } };

function annotationsOf(obj: Annotated): Record<string, string> {
  obj.metadata = obj.metadata ?? {};
  return (obj.metadata.annotations = obj.metadata.annotations ?? {});
}

function copyDeploymentAnnotationsToReplicaSet(d: Deployment, rs: ReplicaSet): boolean {
  let changed = false;
  const target = annotationsOf(rs);
  for (const [k, v] of Object.entries(d.metadata?.annotations ?? {})) {
    if (ANNOTATIONS_TO_SKIP.has(k) || target[k] === v) continue;
    target[k] = v;
    changed = true;
  }
  return changed;
}

/** Appends the revision a rolled-back-to set used to carry, oldest dropped first past the limit. */
function recordRevisionHistory(annotations: Record<string, string>, oldRevision: string, limitInChars: number): void {
  const history = annotations[REVISION_HISTORY_ANNOTATION] ?? '';
  if (history === '') {
    annotations[REVISION_HISTORY_ANNOTATION] = oldRevision;
    return;
  }
  const old = history.split(',');
  let totalLen = history.length + oldRevision.length + 1;
  let start = 0;
  while (totalLen > limitInChars && start < old.length) totalLen -= old[start++].length + 1;
  if (totalLen <= limitInChars) annotations[REVISION_HISTORY_ANNOTATION] = [...old.slice(start), oldRevision].join(',');
}

/** SetNewReplicaSetAnnotations; mutates `rs` and says whether anything changed. */
export function setNewReplicaSetAnnotations(d: Deployment, rs: ReplicaSet, newRevision: string, exists: boolean, limitInChars = MAX_REV_HISTORY_LENGTH_IN_CHARS): boolean {
  let changed = copyDeploymentAnnotationsToReplicaSet(d, rs);
  const annotations = annotationsOf(rs);
  const hadRevision = REVISION_ANNOTATION in annotations;
  const oldRevision = annotations[REVISION_ANNOTATION] ?? '';
  if (oldRevision !== '' && !/^\d+$/.test(oldRevision)) return false;
  const oldRevisionInt = oldRevision === '' ? 0 : Number(oldRevision);
  // Only ever raise it: old sets may have been deleted since newRevision was computed.
  if (oldRevisionInt < Number(newRevision)) {
    annotations[REVISION_ANNOTATION] = newRevision;
    changed = true;
    if (hadRevision) recordRevisionHistory(annotations, oldRevision, limitInChars);
  }
  if (!exists && setReplicasAnnotations(rs, replicasOf(d), replicasOf(d) + maxSurge(d))) changed = true;
  return changed;
}

export function setReplicasAnnotations(rs: ReplicaSet, desiredReplicas: number, maxReplicas: number): boolean {
  const annotations = annotationsOf(rs);
  let updated = false;
  if (annotations[DESIRED_REPLICAS_ANNOTATION] !== String(desiredReplicas)) {
    annotations[DESIRED_REPLICAS_ANNOTATION] = String(desiredReplicas);
    updated = true;
  }
  if (annotations[MAX_REPLICAS_ANNOTATION] !== String(maxReplicas)) {
    annotations[MAX_REPLICAS_ANNOTATION] = String(maxReplicas);
    updated = true;
  }
  return updated;
}

export function replicasAnnotationsNeedUpdate(rs: ReplicaSet, desiredReplicas: number, maxReplicas: number): boolean {
  const annotations = rs.metadata?.annotations ?? {};
  return annotations[DESIRED_REPLICAS_ANNOTATION] !== String(desiredReplicas) || annotations[MAX_REPLICAS_ANNOTATION] !== String(maxReplicas);
}

function intAnnotation(rs: ReplicaSet, key: string): number | undefined {
  const v = rs.metadata?.annotations?.[key];
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined;
}

export const getDesiredReplicasAnnotation = (rs: ReplicaSet) => intAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
export const getMaxReplicasAnnotation = (rs: ReplicaSet) => intAnnotation(rs, MAX_REPLICAS_ANNOTATION);

/** SetDeploymentRevision: the Deployment carries its newest ReplicaSet's revision. */
export function setDeploymentRevision(d: Deployment, revision: string): boolean {
  const annotations = annotationsOf(d);
  if (annotations[REVISION_ANNOTATION] === revision) return false;
  annotations[REVISION_ANNOTATION] = revision;
  return true;
}
