/** `kubectl describe deployment` (describeDeployment), with its old and new ReplicaSets. */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Event, PodTemplateSpec } from 'kubernetes-types/core/v1';
import { deepEqual } from '../../common/objects';
import { parseTime } from '../../common/time';
import { labelSelectorString } from '../printers/labels';
import { describeEvents } from './events';
import { printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './format';
import { LEVEL_0, LEVEL_1, tabbedString } from './prefixWriter';
import { describePodTemplate } from './podTemplate';

export function describeDeployment(d: Deployment, replicaSets: ReplicaSet[] | undefined, events: Event[] | undefined, now: number): string {
  const { oldRSs, newRS } = classifyReplicaSets(d, replicaSets ?? []);
  return tabbedString((w) => {
    const status = d.status ?? {};
    w.write(LEVEL_0, `Name:\t${d.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${d.metadata?.namespace ?? ''}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(d.metadata?.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', d.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', d.metadata?.annotations);
    w.write(LEVEL_0, `Selector:\t${labelSelectorString(d.spec?.selector)}\n`);
    w.write(
      LEVEL_0,
      `Replicas:\t${d.spec?.replicas ?? 0} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ` +
        `${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable\n`,
    );
    w.write(LEVEL_0, `StrategyType:\t${d.spec?.strategy?.type ?? ''}\n`);
    w.write(LEVEL_0, `MinReadySeconds:\t${d.spec?.minReadySeconds ?? 0}\n`);
    const ru = d.spec?.strategy?.rollingUpdate;
    if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? 0} max unavailable, ${ru.maxSurge ?? 0} max surge\n`);
    describePodTemplate(d.spec?.template, w);
    const conditions = status.conditions ?? [];
    if (conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(LEVEL_1, '----\t------\t------\n');
      for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    if (oldRSs.length > 0 || newRS) {
      w.write(LEVEL_0, `OldReplicaSets:\t${replicaSetList(oldRSs)}\n`);
      w.write(LEVEL_0, `NewReplicaSet:\t${replicaSetList(newRS ? [newRS] : [])}\n`);
    }
    describeEvents(events, w, now);
  });
}

function replicaSetList(list: ReplicaSet[]): string {
  return list.map((rs) => `${rs.metadata?.name ?? ''} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`).join(', ') || '<none>';
}

/**
 * deploymentutil's split: the ReplicaSets the deployment controls, the oldest one whose pod
 * template equals the deployment's (ignoring pod-template-hash) being the new one.
 */
export function classifyReplicaSets(d: Deployment, replicaSets: ReplicaSet[]): { oldRSs: ReplicaSet[]; newRS?: ReplicaSet } {
  const uid = d.metadata?.uid;
  const owned = replicaSets.filter((rs) => (rs.metadata?.ownerReferences ?? []).some((r) => r.controller && r.uid === uid));
  const byAge = [...owned].sort(
    (a, b) => (parseTime(a.metadata?.creationTimestamp) ?? 0) - (parseTime(b.metadata?.creationTimestamp) ?? 0) || compareNames(a, b),
  );
  const newRS = byAge.find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
  return { oldRSs: owned.filter((rs) => rs !== newRS), newRS };
}

function compareNames(a: ReplicaSet, b: ReplicaSet): number {
  const x = a.metadata?.name ?? '';
  const y = b.metadata?.name ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  return deepEqual(withoutHash(a), withoutHash(b));
}

function withoutHash(t: PodTemplateSpec | undefined): PodTemplateSpec | undefined {
  if (!t?.metadata?.labels) return t;
  const labels = { ...t.metadata.labels };
  delete labels['pod-template-hash'];
  return { ...t, metadata: { ...t.metadata, labels } };
}
