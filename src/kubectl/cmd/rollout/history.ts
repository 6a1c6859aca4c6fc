/**
 * `kubectl rollout history deployment/web`: one line per revision with its change cause, as
 * polymorphichelpers.DeploymentHistoryViewer prints through a tabwriter (padding 2).
 */
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { ClusterClient, Stored } from '../../sim';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { DESCRIBE_TABWRITER, tabwrite } from '../../printers';
import { CHANGE_CAUSE_ANNOTATION, ownedReplicaSets, revisionOf } from './deploymentRevisions';

export function revisionTemplates(client: ClusterClient, deployment: Stored<Deployment>): Map<number, PodTemplateSpec> {
  const history = new Map<number, PodTemplateSpec>();
  for (const rs of ownedReplicaSets(client, deployment)) {
    const revision = revisionOf(rs);
    if (revision === undefined) continue;
    const template: PodTemplateSpec = JSON.parse(JSON.stringify(rs.spec?.template ?? {}));
    const cause = rs.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION];
    if (cause) template.metadata = { ...template.metadata, annotations: { ...template.metadata?.annotations, [CHANGE_CAUSE_ANNOTATION]: cause } };
    history.set(revision, template);
  }
  return history;
}

/** The text after `deployment.apps/web `: the revision table, or one revision's template. */
export function viewHistory(client: ClusterClient, deployment: Stored<Deployment>, revision: number, describeTemplate: (t: PodTemplateSpec) => string): string {
  const history = revisionTemplates(client, deployment);
  if (revision > 0) {
    const template = history.get(revision);
    if (!template) throw new KubectlError(messages.historyRevisionNotFound);
    return describeTemplate(template);
  }
  if (history.size === 0) return messages.rolloutNoHistory;
  const rows = [...history.keys()].sort((a, b) => a - b).map((r) => `${r}\t${history.get(r)?.metadata?.annotations?.[CHANGE_CAUSE_ANNOTATION] || '<none>'}\n`);
  return tabwrite(`REVISION\tCHANGE-CAUSE\n${rows.join('')}`, DESCRIBE_TABWRITER);
}
