/**
 * History and rollback of DaemonSets and StatefulSets (polymorphichelpers' DaemonSetHistoryViewer,
 * StatefulSetHistoryViewer and their rollbackers): a revision is a ControllerRevision the
 * controller owns, numbered by `.revision`, holding a strategic merge patch that replaces the pod
 * template. Rolling back sends that patch to the workload.
 */
import type { ControllerRevision, DaemonSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { labelSelectorAsString, type ClusterClient, type ResourceInfo, type Stored } from '../../sim';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { DESCRIBE_TABWRITER, tabwrite } from '../../printers';
import { CHANGE_CAUSE_ANNOTATION, jsonEqual } from './deploymentRevisions';

type Workload = Stored<DaemonSet> | Stored<StatefulSet>;

const CONTROLLERREVISIONS = { group: 'apps', version: 'v1', resource: 'controllerrevisions' };

/** controlledHistories: the revisions matching the selector that this workload controls. */
export function controlledRevisions(client: ClusterClient, workload: Workload): Stored<ControllerRevision>[] {
  const list = client.list<ControllerRevision>(CONTROLLERREVISIONS, {
    namespace: workload.metadata.namespace,
    labelSelector: labelSelectorAsString(workload.spec?.selector),
  });
  return list.items.filter((r) => r.metadata.ownerReferences?.some((o) => o.controller && o.uid === workload.metadata.uid));
}

/** The template a revision's patch puts in place. */
export function revisionTemplate(revision: ControllerRevision): PodTemplateSpec {
  const template = (revision.data as { spec?: { template?: Record<string, unknown> } } | undefined)?.spec?.template ?? {};
  const { $patch: _replace, ...rest } = template;
  return rest as PodTemplateSpec;
}

/** printHistory: the REVISION/CHANGE-CAUSE table, or one revision's pod template. */
export function viewWorkloadHistory(client: ClusterClient, workload: Workload, revision: number, describeTemplate: (t: PodTemplateSpec) => string): string {
  const byRevision = new Map<number, Stored<ControllerRevision>>();
  for (const r of controlledRevisions(client, workload)) byRevision.set(r.revision ?? 0, r);
  if (byRevision.size === 0) return messages.rolloutNoHistory;
  if (revision > 0) {
    const found = byRevision.get(revision);
    if (!found) throw new KubectlError(messages.historyRevisionNotFound);
    return describeTemplate(revisionTemplate(found));
  }
  const rows = [...byRevision.keys()]
    .sort((a, b) => a - b)
    .map((r) => `${r}\t${byRevision.get(r)?.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION] || '<none>'}\n`);
  return tabwrite(`REVISION\tCHANGE-CAUSE\n${rows.join('')}`, DESCRIBE_TABWRITER);
}

/** findHistory: the revision numbered `toRevision`, or for 0 the one before the newest. */
function findRevision(toRevision: number, revisions: Stored<ControllerRevision>[]): Stored<ControllerRevision> | undefined {
  if (toRevision > 0) return revisions.find((r) => r.revision === toRevision);
  const sorted = [...revisions].sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
  return sorted[sorted.length - 2];
}

/** The DaemonSet/StatefulSet rollbacker; returns the text after `daemonset.apps/x `. */
export function rollbackWorkload(
  client: ClusterClient,
  info: ResourceInfo,
  workload: Workload,
  toRevision: number,
  dryRun: 'none' | 'client' | 'server',
  describeTemplate: (t: PodTemplateSpec) => string,
): string {
  if (toRevision < 0) throw new KubectlError(messages.rolloutRevisionNotFound(toRevision));
  const revisions = controlledRevisions(client, workload);
  if (toRevision === 0 && revisions.length <= 1) throw new KubectlError(messages.noLastRevision);
  const target = findRevision(toRevision, revisions);
  if (!target) throw new KubectlError(messages.rolloutRevisionNotFound(toRevision));
  if (dryRun === 'client') return messages.willRollBackTo(describeTemplate(revisionTemplate(target)));
  if (jsonEqual(workload.spec?.template ?? {}, revisionTemplate(target))) return messages.rollbackSkipped(toRevision);
  try {
    client.patch(info, workload.metadata.name, 'strategic', target.data, { namespace: workload.metadata.namespace, dryRun: dryRun === 'server' });
  } catch (e) {
    throw new KubectlError(messages.rollbackFailed(toRevision, e instanceof Error ? e.message : String(e)));
  }
  return messages.rolledBack;
}
