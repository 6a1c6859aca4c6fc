/**
 * Controller history (pkg/controller/history): the ControllerRevisions a StatefulSet or
 * DaemonSet keeps of its pod template. A revision stores the template as a patch, is named
 * `<owner>-<hash>` (FNV-32a of the patch and the collision count, safe-encoded), and carries
 * a revision number that grows with every template change — an old template re-applied moves
 * its revision to the top instead of creating another.
 */
import type { ControllerRevision } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { clone, deepEqual } from '../../../common/objects';
import { isApiError } from '../../api/errors';
import { CONTROLLERREVISIONS } from '../../api/resources';
import type { OwnerReference, Stored } from '../../api/types';
import type { ClusterClient } from '../../client/types';
import { computeHash } from '../util/podTemplateHash';

export const CONTROLLER_REVISION_HASH_LABEL = 'controller-revision-hash';

/** The patch a revision stores: the whole template, replacing what was there. */
export function templatePatch(template: PodTemplateSpec | undefined): object {
  return { spec: { template: { ...clone(template ?? {}), $patch: 'replace' } } };
}

/** ApplyRevision's inverse of templatePatch: the template a revision stored. */
export function templateFromRevision(revision: ControllerRevision): PodTemplateSpec | undefined {
  const template = (revision.data as { spec?: { template?: PodTemplateSpec & { $patch?: string } } } | undefined)?.spec?.template;
  if (!template) return undefined;
  const { $patch: _replace, ...rest } = template;
  return rest;
}

export function hashRevisionData(data: object, collisionCount: number | undefined): string {
  return computeHash(data as PodTemplateSpec, collisionCount);
}

export function nextRevisionNumber(revisions: readonly ControllerRevision[]): number {
  return revisions.reduce((max, r) => Math.max(max, r.revision ?? 0), 0) + 1;
}

export function sortRevisions<T extends ControllerRevision>(revisions: readonly T[]): T[] {
  return [...revisions].sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0) || (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
}

export interface RevisionOwner {
  metadata: { name: string; namespace?: string; uid: string; annotations?: Record<string, string> };
}

export interface HistoryResult {
  revision: Stored<ControllerRevision>;
  collisionCount: number;
}

/**
 * Finds the revision holding `data` (moving it to the newest revision number when it is an
 * older one) or creates it, bumping collisionCount when the name is taken by other data.
 */
export function ensureRevision(
  client: ClusterClient,
  owner: RevisionOwner,
  ownerRef: OwnerReference,
  labels: Record<string, string> | undefined,
  data: object,
  existing: readonly Stored<ControllerRevision>[],
  collisionCount: number,
  /** DaemonSets also label the revision with its hash. */
  hashLabel = false,
): HistoryResult {
  const namespace = owner.metadata.namespace;
  const sorted = sortRevisions(existing);
  const next = nextRevisionNumber(sorted);
  const equal = sorted.filter((r) => deepEqual(r.data, data));
  if (equal.length) {
    const latest = equal[equal.length - 1];
    if (latest === sorted[sorted.length - 1]) return { revision: latest, collisionCount };
    const moved = client.update<ControllerRevision>(CONTROLLERREVISIONS, { ...clone(latest), revision: next }, { namespace });
    return { revision: moved, collisionCount };
  }
  for (let count = collisionCount; ; count++) {
    const hash = hashRevisionData(data, count);
    const name = `${owner.metadata.name}-${hash}`;
    const revisionLabels = hashLabel ? { ...labels, [CONTROLLER_REVISION_HASH_LABEL]: hash } : labels;
    const revision: ControllerRevision = {
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      // The owner's annotations ride along (kubernetes.io/change-cause is what `rollout history` shows).
      metadata: {
        name,
        namespace,
        ...(revisionLabels ? { labels: { ...revisionLabels } } : {}),
        ...(owner.metadata.annotations ? { annotations: { ...owner.metadata.annotations } } : {}),
        ownerReferences: [ownerRef],
      },
      data,
      revision: next,
    };
    try {
      return { revision: client.create<ControllerRevision>(CONTROLLERREVISIONS, revision, { namespace }), collisionCount: count };
    } catch (e) {
      if (!isApiError(e, 'AlreadyExists')) throw e;
      const clash = client.get<ControllerRevision>(CONTROLLERREVISIONS, name, { namespace });
      if (deepEqual(clash.data, data)) return { revision: clash, collisionCount: count };
    }
  }
}

/** Deletes the oldest revisions no pod uses, keeping `limit` of them besides the live ones. */
export function truncateHistory(client: ClusterClient, revisions: readonly Stored<ControllerRevision>[], live: ReadonlySet<string>, limit: number): void {
  const history = sortRevisions(revisions).filter((r) => !live.has(r.metadata.name));
  for (const r of history.slice(0, Math.max(0, history.length - limit))) {
    try {
      client.delete(CONTROLLERREVISIONS, r.metadata.name, { namespace: r.metadata.namespace });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}
