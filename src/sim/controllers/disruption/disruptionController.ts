/**
 * The disruption controller: keeps each PodDisruptionBudget's status — expected, desired and
 * currently healthy pods, and how many disruptions are allowed now — in step with its pods and
 * their controllers' scale. The eviction subresource reads that status to accept or refuse an
 * eviction (`kubectl drain`); this is what makes the budget hold.
 */
import type { StatefulSet, Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod, ReplicationController } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { deepEqual } from '../../../common/objects';
import { matches, selectorFromLabelSelector } from '../../api/labels';
import { DEPLOYMENTS, PODDISRUPTIONBUDGETS, PODS, REPLICASETS, REPLICATIONCONTROLLERS, STATEFULSETS } from '../../api/resources';
import type { Stored } from '../../api/types';
import { EventRecorder } from '../../client/eventRecorder';
import { keyOf, splitKey, type Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import { WorkQueue } from '../../client/workQueue';
import type { ControllerDeps } from '../endpoints/endpointsController';
import { getControllerOf } from '../util/controllerRef';
import { calculatePdbStatus } from './pdbStatus';

type Scaled = { metadata?: { uid?: string }; spec?: { replicas?: number } };

export class DisruptionController implements Runnable {
  readonly name = 'disruption-controller';
  readonly queue: WorkQueue;
  private readonly pdbs: Informer<PodDisruptionBudget>;
  private readonly pods: Informer<Pod>;
  private readonly replicaSets: Informer<ReplicaSet>;
  private readonly deployments: Informer<Deployment>;
  private readonly statefulSets: Informer<StatefulSet>;
  private readonly rcs: Informer<ReplicationController>;
  private readonly recorder: EventRecorder;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock);
    this.recorder = new EventRecorder(deps.client, deps.clock, { component: 'controllermanager' });
    const { informers } = deps;
    this.pdbs = informers.for<PodDisruptionBudget>(PODDISRUPTIONBUDGETS);
    this.pods = informers.for<Pod>(PODS);
    this.replicaSets = informers.for<ReplicaSet>(REPLICASETS);
    this.deployments = informers.for<Deployment>(DEPLOYMENTS);
    this.statefulSets = informers.for<StatefulSet>(STATEFULSETS);
    this.rcs = informers.for<ReplicationController>(REPLICATIONCONTROLLERS);
    const enqueue = (pdb: Stored<PodDisruptionBudget>) => this.queue.add(keyOf(pdb));
    this.pdbs.addHandler({ onAdd: enqueue, onUpdate: (_o, p) => enqueue(p) });
    const enqueueFor = (pod: Stored<Pod>) => this.budgetsSelecting(pod).forEach(enqueue);
    this.pods.addHandler({ onAdd: enqueueFor, onUpdate: (o, p) => (enqueueFor(o), enqueueFor(p)), onDelete: enqueueFor });
    // A controller's scale is part of the arithmetic (maxUnavailable, percentages).
    const enqueueNamespace = (o: { metadata?: { namespace?: string } }) => this.pdbs.list(o.metadata?.namespace).forEach(enqueue);
    for (const inf of [this.replicaSets, this.deployments, this.statefulSets, this.rcs] as Informer<Scaled>[]) {
      inf.addHandler({ onAdd: enqueueNamespace, onUpdate: (_o, x) => enqueueNamespace(x), onDelete: enqueueNamespace });
    }
  }

  private budgetsSelecting(pod: Stored<Pod>): Stored<PodDisruptionBudget>[] {
    return this.pdbs.list(pod.metadata.namespace).filter((pdb) => matches(selectorFromLabelSelector(pdb.spec?.selector), pod.metadata.labels));
  }

  sync(key: string): void {
    const { namespace } = splitKey(key);
    const pdb = this.pdbs.getByKey(key);
    if (!pdb) return;
    const selector = selectorFromLabelSelector(pdb.spec?.selector);
    const pods = this.pods.list(namespace).filter((p) => matches(selector, p.metadata.labels));
    if (pods.length === 0) this.recorder.event(pdb, 'Normal', 'NoPods', 'No matching pods found');
    const nowMs = this.deps.clock.now();
    const result = calculatePdbStatus(pdb, { pods, expectedScale: () => this.expectedScale(pdb, pods), nowMs });
    if (result.error) this.recorder.event(pdb, 'Warning', 'CalculateExpectedPodCountFailed', `Failed to calculate the number of expected pods: ${result.error}`);
    if (result.recheckAtMs !== undefined) this.queue.addAfter(key, (result.recheckAtMs - nowMs) / 1000);
    if (deepEqual(sansTimes(result.status), sansTimes(pdb.status))) return;
    this.deps.client.update(PODDISRUPTIONBUDGETS, { ...pdb, status: result.status }, { namespace, subresource: 'status' });
  }

  /** getExpectedScale: the replicas of every controller the pods belong to, each counted once. */
  private expectedScale(pdb: Stored<PodDisruptionBudget>, pods: Stored<Pod>[]): number | string {
    const scales = new Map<string, number>();
    for (const pod of pods) {
      const ref = getControllerOf(pod);
      if (!ref) {
        const err = `found no controller ref for pod "${pod.metadata.name}"`;
        this.recorder.event(pdb, 'Warning', 'NoControllerRef', err);
        return err;
      }
      if (scales.has(ref.uid)) continue;
      const owner = this.scaleOf(ref.kind, ref.name, ref.uid, pod.metadata.namespace ?? '');
      if (!owner) {
        const err = `found no controllers for pod "${pod.metadata.name}"`;
        this.recorder.event(pdb, 'Warning', 'NoControllers', err);
        return err;
      }
      scales.set(owner.uid, owner.replicas);
    }
    return [...scales.values()].reduce((a, b) => a + b, 0);
  }

  /** The finders: a Deployment's ReplicaSet answers for the Deployment, the rest for themselves. */
  private scaleOf(kind: string, name: string, uid: string, namespace: string): { uid: string; replicas: number } | undefined {
    const found = (o: Scaled | undefined) => (o?.metadata?.uid === uid ? o : undefined);
    const own = (o: Scaled) => ({ uid: o.metadata!.uid!, replicas: o.spec?.replicas ?? 1 });
    if (kind === 'ReplicaSet') {
      const rs = found(this.replicaSets.get(namespace, name)) as Stored<ReplicaSet> | undefined;
      if (!rs) return undefined;
      const dref = getControllerOf(rs);
      if (dref?.kind !== 'Deployment') return own(rs);
      const d = this.deployments.get(namespace, dref.name);
      return d?.metadata.uid === dref.uid ? own(d) : undefined;
    }
    if (kind === 'StatefulSet') return mapOwn(found(this.statefulSets.get(namespace, name)), own);
    if (kind === 'ReplicationController') return mapOwn(found(this.rcs.get(namespace, name)), own);
    return undefined;
  }
}

const mapOwn = <T>(o: Scaled | undefined, f: (o: Scaled) => T) => (o ? f(o) : undefined);

/** Transition times alone do not make a status change worth a write. */
function sansTimes(status: PodDisruptionBudget['status']): unknown {
  return status && { ...status, conditions: status.conditions?.map((c) => ({ ...c, lastTransitionTime: undefined })) };
}
