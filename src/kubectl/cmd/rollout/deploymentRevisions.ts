/**
 * A Deployment's revisions are its ReplicaSets (those it controls), numbered by the
 * `deployment.kubernetes.io/revision` annotation the deployment controller writes.
 */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { labelSelectorAsString, type ClusterClient, type Stored } from '../../sim';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';
export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

const REPLICASETS = { group: 'apps', version: 'v1', resource: 'replicasets' };

export function ownedReplicaSets(client: ClusterClient, deployment: Stored<Deployment>): Stored<ReplicaSet>[] {
  const list = client.list<ReplicaSet>(REPLICASETS, {
    namespace: deployment.metadata.namespace,
    labelSelector: labelSelectorAsString(deployment.spec?.selector),
  });
  return list.items.filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === deployment.metadata.uid));
}

/** deploymentutil.Revision: the annotation as a number; unparsable counts as absent. */
export function revisionOf(rs: ReplicaSet): number | undefined {
  const text = rs.metadata?.annotations?.[REVISION_ANNOTATION];
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

/** A template with the pod-template-hash label removed, for comparing revisions. */
export function withoutHash(template: PodTemplateSpec | undefined): PodTemplateSpec {
  const t = JSON.parse(JSON.stringify(template ?? {})) as PodTemplateSpec;
  if (t.metadata?.labels) delete t.metadata.labels[POD_TEMPLATE_HASH_LABEL];
  return t;
}

/** Deep equality of JSON values, key order ignored (equalIgnoreHash's semantic.DeepEqual). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
