/**
 * pods/eviction (pkg/registry/core/pod/storage/eviction.go): a DELETE that the pod's
 * PodDisruptionBudget may refuse with 429. An allowed eviction takes one disruption from the
 * budget at once (and records the pod in disruptedPods) so two evictions in a row cannot both
 * spend the same allowance before the disruption controller recounts.
 */
import type { Pod, PodCondition } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { rfc3339 } from '../../common/time';
import * as errors from '../api/errors';
import { isEverything, matches, selectorFromLabelSelector } from '../api/labels';
import type { KubeObject, Stored } from '../api/types';
import type { DeleteOptions } from '../client/types';
import type { ApiServer, Target } from './apiServer';
import { deleteObject } from './deletion';

const PDB_KEY = 'poddisruptionbudgets.policy';
const PDB_RESOURCE = { group: 'policy', resource: 'poddisruptionbudget' };
/** MaxDisruptedPodSize: evictions the controller has not confirmed yet, at most. */
const MAX_DISRUPTED_POD_SIZE = 2000;

export const EVICTION_REFUSED = "Cannot evict pod as it would violate the pod's disruption budget.";

const success = (code: number): KubeObject => ({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code });

const isReady = (pod: Pod) => pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

/** canIgnorePDB: pods that are done, not started, or already going need no budget. */
function canIgnorePDB(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending' || !!pod.metadata?.deletionTimestamp;
}

/** A budget with a nil or empty selector matches nothing here (unlike in the disruption controller). */
function budgetsFor(api: ApiServer, pod: Stored<Pod>): Stored<PodDisruptionBudget>[] {
  return (api.store.list(PDB_KEY, pod.metadata.namespace) as unknown as Stored<PodDisruptionBudget>[]).filter((pdb) => {
    const sel = selectorFromLabelSelector(pdb.spec?.selector);
    return !!pdb.spec?.selector && !isEverything(sel) && matches(sel, pod.metadata.labels);
  });
}

const refused = (message: string) =>
  errors.tooManyRequests(EVICTION_REFUSED, { causes: [{ reason: 'DisruptionBudget', message }] });

/** checkAndDecrement: spends one allowed disruption, or says why there is none. */
function checkAndDecrement(api: ApiServer, pdb: Stored<PodDisruptionBudget>, podName: string, dryRun: boolean): void {
  const status = pdb.status ?? { currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 };
  const name = pdb.metadata.name;
  if ((status.observedGeneration ?? 0) < (pdb.metadata.generation ?? 0)) throw refused(`The disruption budget ${name} is still being processed by the server.`);
  if (status.disruptionsAllowed < 0) throw errors.forbidden(PDB_RESOURCE, name, 'pdb disruptions allowed is negative');
  if (Object.keys(status.disruptedPods ?? {}).length > MAX_DISRUPTED_POD_SIZE) throw errors.forbidden(PDB_RESOURCE, name, 'DisruptedPods map too big - too many evictions not confirmed by PDB controller');
  if (status.disruptionsAllowed === 0) throw refused(`The disruption budget ${name} needs ${status.desiredHealthy} healthy pods and has ${status.currentHealthy} currently`);
  if (dryRun) return;
  const now = rfc3339(api.clock.now());
  const disruptionsAllowed = status.disruptionsAllowed - 1;
  const conditions =
    disruptionsAllowed === 0
      ? (status.conditions ?? []).map((c) => (c.type === 'DisruptionAllowed' && c.status === 'True' ? { ...c, status: 'False', reason: 'InsufficientPods', lastTransitionTime: now } : c))
      : status.conditions;
  const next = { ...pdb, status: { ...status, disruptionsAllowed, disruptedPods: { ...status.disruptedPods, [podName]: now }, ...(conditions ? { conditions } : {}) } };
  api.store.update(PDB_KEY, next as unknown as KubeObject);
}

/** addConditionAndDeletePod: the DisruptionTarget condition tells the pod's owner why it went. */
function markEvicted(api: ApiServer, t: Target, pod: Stored<Pod>): void {
  const condition = { type: 'DisruptionTarget', status: 'True', lastProbeTime: null, lastTransitionTime: rfc3339(api.clock.now()), reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' } as unknown as PodCondition;
  const conditions = [...(pod.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'), condition];
  api.store.update(t.key, { ...pod, status: { ...pod.status, conditions } } as unknown as KubeObject);
}

export function evict(api: ApiServer, t: Target, name: string, eviction: KubeObject): KubeObject {
  const pod = api.get(t, name) as Stored<Pod>;
  const opts = (eviction.deleteOptions as DeleteOptions | undefined) ?? {};
  const dryRun = !!opts.dryRun;
  const remove = () => {
    if (!dryRun && !canIgnorePDB(pod)) markEvicted(api, t, pod);
    deleteObject(api, t, name, opts);
    return success(201);
  };
  if (canIgnorePDB(pod)) return remove();
  const pdbs = budgetsFor(api, pod);
  if (pdbs.length > 1) throw errors.internalError('This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.');
  if (pdbs.length === 0) return remove();
  const [pdb] = pdbs;
  if (!isReady(pod)) {
    if (pdb.spec?.unhealthyPodEvictionPolicy === 'AlwaysAllow') return remove();
    const s = pdb.status;
    if (s && s.currentHealthy >= s.desiredHealthy && s.desiredHealthy > 0) return remove();
  }
  checkAndDecrement(api, pdb, name, dryRun);
  return remove();
}
