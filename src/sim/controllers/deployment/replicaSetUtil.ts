/**
 * Reading a Deployment's ReplicaSets: which is the new one (its template equals the
 * Deployment's, ignoring pod-template-hash), which are old, how they sort, and what they add up to.
 */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { clone, deepEqual } from '../../../common/objects';
import { parseTime } from '../../../common/time';
import type { Stored } from '../../api/types';
import { DEFAULT_DEPLOYMENT_UNIQUE_LABEL_KEY } from '../util/podTemplateHash';

export type RS = Stored<ReplicaSet>;

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';

export const rsReplicas = (rs: ReplicaSet) => rs.spec?.replicas ?? 1;

/** ReplicaSetsByCreationTimestamp: oldest first, names break ties. */
export function compareByCreationTimestamp(a: RS, b: RS): number {
  const [ta, tb] = [parseTime(a.metadata.creationTimestamp) ?? 0, parseTime(b.metadata.creationTimestamp) ?? 0];
  if (ta !== tb) return ta - tb;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

/** ReplicaSetsBySizeNewer: larger first; equal sizes newest first (who scales up first). */
export const compareBySizeNewer = (a: RS, b: RS) => (rsReplicas(a) !== rsReplicas(b) ? rsReplicas(b) - rsReplicas(a) : compareByCreationTimestamp(b, a));

/** ReplicaSetsBySizeOlder: larger first; equal sizes oldest first (who scales down first). */
export const compareBySizeOlder = (a: RS, b: RS) => (rsReplicas(a) !== rsReplicas(b) ? rsReplicas(b) - rsReplicas(a) : compareByCreationTimestamp(a, b));

export function revisionOf(rs: ReplicaSet): number {
  const v = rs.metadata?.annotations?.[REVISION_ANNOTATION];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : 0;
}

/** ReplicaSetsByRevision: lowest revision first, creation time breaks ties. */
export const compareByRevision = (a: RS, b: RS) => (revisionOf(a) !== revisionOf(b) ? revisionOf(a) - revisionOf(b) : compareByCreationTimestamp(a, b));

export const maxRevision = (rss: readonly ReplicaSet[]) => Math.max(0, ...rss.map(revisionOf));

export const filterActiveReplicaSets = (rss: readonly (RS | undefined)[]): RS[] => rss.filter((rs): rs is RS => !!rs && rsReplicas(rs) > 0);

const sum = (rss: readonly (RS | undefined)[], f: (rs: RS) => number) => rss.reduce((n, rs) => n + (rs ? f(rs) : 0), 0);
/** Desired pods (spec.replicas) across the sets. */
export const getReplicaCountForReplicaSets = (rss: readonly (RS | undefined)[]) => sum(rss, rsReplicas);
/** Pods that exist (status.replicas). */
export const getActualReplicaCountForReplicaSets = (rss: readonly (RS | undefined)[]) => sum(rss, (rs) => rs.status?.replicas ?? 0);
export const getReadyReplicaCountForReplicaSets = (rss: readonly (RS | undefined)[]) => sum(rss, (rs) => rs.status?.readyReplicas ?? 0);
export const getAvailableReplicaCountForReplicaSets = (rss: readonly (RS | undefined)[]) => sum(rss, (rs) => rs.status?.availableReplicas ?? 0);

/** Semantic equality: a nil map equals an empty one, as apimachinery's DeepEqual has it. */
function withoutHash(template: PodTemplateSpec | undefined): PodTemplateSpec {
  const t = clone(template ?? {});
  const labels = { ...(t.metadata?.labels ?? {}) };
  delete labels[DEFAULT_DEPLOYMENT_UNIQUE_LABEL_KEY];
  const metadata = { ...(t.metadata ?? {}), labels: Object.keys(labels).length ? labels : undefined };
  return { ...t, metadata: Object.values(metadata).some((v) => v !== undefined) ? metadata : undefined };
}

export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  return deepEqual(withoutHash(a), withoutHash(b));
}

/** The oldest ReplicaSet whose template is the Deployment's: a rollback finds its old set again. */
export function findNewReplicaSet(d: Deployment, rsList: readonly RS[]): RS | undefined {
  return [...rsList].sort(compareByCreationTimestamp).find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
}

/** Every other ReplicaSet the Deployment owns. */
export function findOldReplicaSets(d: Deployment, rsList: readonly RS[]): RS[] {
  const newRS = findNewReplicaSet(d, rsList);
  return rsList.filter((rs) => rs.metadata.uid !== newRS?.metadata.uid);
}

/**
 * FindActiveOrLatest: the one ReplicaSet with pods, or the newest when none has any;
 * undefined while several have pods (a rollout is under way).
 */
export function findActiveOrLatest(newRS: RS | undefined, oldRSs: readonly RS[]): RS | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const newestFirst = [...oldRSs].sort((a, b) => compareByCreationTimestamp(b, a));
  const active = filterActiveReplicaSets([...newestFirst, newRS]);
  if (active.length === 0) return newRS ?? newestFirst[0];
  return active.length === 1 ? active[0] : undefined;
}
