/**
 * `kubectl rollout undo deployment/web [--to-revision=N]`: copy an older ReplicaSet's template
 * back into the Deployment with a JSON patch, as polymorphichelpers.DeploymentRollbacker does.
 * The deployment controller then rolls forward to it under a new revision number. DaemonSets and
 * StatefulSets go back to a ControllerRevision (workloadHistory.ts).
 */
import type { DaemonSet, Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { ClusterClient, KubeObject, Stored } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { DRY_RUN, FILENAME, PRINT_FLAGS, RECURSIVE, SELECTOR } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { printResult } from '../shared/output';
import { refOf } from '../shared/refs';
import { REVISION_ANNOTATION, jsonEqual, ownedReplicaSets, revisionOf, withoutHash } from './deploymentRevisions';
import { groupKind, rolloutTargets } from './rolloutTargets';
import { rollbackWorkload } from './workloadHistory';
import { describePodTemplate } from '../../describe/podTemplate';
import { tabbedString } from '../../describe';

/** Deployment annotations that belong to the deployment itself, not to a revision. */
const ANNOTATIONS_TO_SKIP = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION_ANNOTATION,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

/** deploymentRevision: the ReplicaSet of `toRevision`, or the second newest for 0. */
function replicaSetForRevision(client: ClusterClient, d: Stored<Deployment>, toRevision: number): Stored<ReplicaSet> {
  let latest: { rev: number; rs?: Stored<ReplicaSet> } = { rev: -1 };
  let previous: { rev: number; rs?: Stored<ReplicaSet> } = { rev: -1 };
  for (const rs of ownedReplicaSets(client, d)) {
    const v = revisionOf(rs);
    if (v === undefined) continue;
    if (toRevision > 0) {
      if (v === toRevision) return rs;
      continue;
    }
    if (latest.rev < v) {
      previous = latest;
      latest = { rev: v, rs };
    } else if (previous.rev < v) previous = { rev: v, rs };
  }
  if (toRevision > 0) throw new KubectlError(messages.rolloutRevisionNotFound(toRevision));
  if (!previous.rs) throw new KubectlError(messages.rolloutNoHistoryFor(d.metadata.name));
  return previous.rs;
}

function rollback(inv: Invocation, d: Stored<Deployment>, toRevision: number, dryRun: ReturnType<typeof dryRunStrategy>): string {
  if (toRevision < 0) throw new KubectlError(messages.rolloutRevisionNotFound(toRevision));
  if (d.spec?.paused) throw new KubectlError(messages.rollbackPaused);
  const rs = replicaSetForRevision(inv.ctx.client, d, toRevision);
  if (jsonEqual(withoutHash(rs.spec?.template), withoutHash(d.spec?.template))) return messages.rollbackSkipped(toRevision);
  // The hash label belongs to the old ReplicaSet; the controller computes a new one.
  const template = withoutHash(rs.spec?.template);
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) if (ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(rs.metadata.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  const patch = [
    { op: 'replace', path: '/spec/template', value: template },
    { op: 'replace', path: '/metadata/annotations', value: annotations },
  ];
  if (dryRun === 'client') return messages.rolledBack;
  try {
    inv.ctx.client.patch({ group: 'apps', version: 'v1', resource: 'deployments' }, d.metadata.name, 'json', patch, { namespace: d.metadata.namespace, dryRun: dryRun === 'server' });
  } catch (e) {
    throw new KubectlError(messages.rollbackFailed(toRevision, e instanceof Error ? e.message : String(e)));
  }
  return messages.rolledBack;
}

function runUndo(inv: Invocation): number {
  const dryRun = dryRunStrategy(inv);
  const { targets, errors } = rolloutTargets(inv, (f) => messages.rollbackNotSupported(groupKind(f)), 'accept');
  const toRevision = inv.flags.int('to-revision');
  const describe = (t: PodTemplateSpec) => tabbedString((w) => describePodTemplate(t, w));
  for (const { found, deployment } of targets) {
    const object = found.object;
    try {
      const result = deployment
        ? rollback(inv, deployment, toRevision, dryRun)
        : rollbackWorkload(inv.ctx.client, found.info, object as Stored<DaemonSet>, toRevision, dryRun, describe);
      const current = dryRun === 'none' ? inv.ctx.client.get(refOf(found.info), object.metadata.name, { namespace: object.metadata.namespace }) : object;
      printResult(inv, found.info, current as KubeObject, result, dryRun);
    } catch (e) {
      errors.push(e);
    }
  }
  aggregate(errors);
  return 0;
}

export const rolloutUndoCommand: Command = {
  name: 'undo',
  short: 'Roll back to an earlier revision',
  flags: [FILENAME, RECURSIVE, SELECTOR, DRY_RUN, ...PRINT_FLAGS, { name: 'to-revision', type: 'int', usage: 'Revision to go back to; 0 means the one before the current.' }],
  run: runUndo,
};
