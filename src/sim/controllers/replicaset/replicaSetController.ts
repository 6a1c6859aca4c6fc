/**
 * The ReplicaSet controller (pkg/controller/replicaset): keeps `spec.replicas` pods matching the
 * selector alive, adopting orphans, creating missing pods from the template in slow-start
 * batches and deleting the most expendable extras, then reports what it sees in status.
 */
import type { ReplicaSet, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { deepEqual } from '../../../common/objects';
import { isApiError } from '../../api/errors';
import { matches, type LabelSelectorParsed } from '../../api/labels';
import { PODS } from '../../api/resources';
import type { OwnerReference, Stored } from '../../api/types';
import { EventRecorder } from '../../client/eventRecorder';
import { keyOf, type Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import type { Clock } from '../../../common/clock';
import { filterActivePods } from '../util/activePods';
import type { ControllerContext } from '../util/controllerContext';
import { asKubeObject, getControllerOf, newControllerRef } from '../util/controllerRef';
import { ControllerRefManager } from '../util/controllerRefManager';
import { ControllerExpectations } from '../util/expectations';
import { isPodReady } from '../util/podReadiness';
import { slowStartBatch } from '../util/slowStartBatch';
import { calculateStatus, replicasOf } from './calculateStatus';
import { getPodsToDelete } from './getPodsToDelete';
import { isNamespaceTerminating, PodControl } from './podControl';
import { REPLICA_SET_KIND, type ReplicatedKind } from './replicatedKind';

/** How many pods one sync creates or deletes at most. */
const BURST_REPLICAS = 500;
const SLOW_START_INITIAL_BATCH_SIZE = 1;
const STATUS_UPDATE_RETRIES = 1;
const CONTROLLER_UID_INDEX = 'namespace/controllerUID';

export class ReplicaSetController implements Runnable {
  readonly name: string;
  readonly queue: WorkQueue;
  readonly expectations: ControllerExpectations;
  private readonly client: ClusterClient;
  private readonly clock: Clock;
  private readonly rsInformer: Informer<ReplicaSet>;
  private readonly podInformer: Informer<Pod>;
  private readonly podControl: PodControl;

  constructor(
    ctx: ControllerContext,
    private readonly kind: ReplicatedKind = REPLICA_SET_KIND,
  ) {
    this.name = kind.component;
    this.client = ctx.client;
    this.clock = ctx.clock;
    this.queue = new WorkQueue(ctx.clock);
    this.expectations = new ControllerExpectations(ctx.clock);
    this.podControl = new PodControl(ctx.client, new EventRecorder(ctx.client, ctx.clock, { component: kind.component }));
    this.rsInformer = ctx.informers.for<ReplicaSet>(kind.resource);
    this.podInformer = ctx.informers.for<Pod>(PODS);
    // A sync only needs its own pods and the orphans it might adopt, not the whole namespace.
    this.podInformer.addIndexer(CONTROLLER_UID_INDEX, (pod) => [`${pod.metadata.namespace ?? ''}/${getControllerOf(pod)?.uid ?? ''}`]);
    this.rsInformer.addHandler({
      onAdd: (rs) => this.queue.add(keyOf(rs)),
      onUpdate: (_old, cur) => this.queue.add(keyOf(cur)),
      onDelete: (rs) => {
        this.expectations.deleteExpectations(keyOf(rs));
        this.queue.add(keyOf(rs));
      },
    });
    this.podInformer.addHandler({
      onAdd: (pod) => this.addPod(pod),
      onUpdate: (old, cur) => this.updatePod(old, cur),
      onDelete: (pod) => this.deletePod(pod),
    });
  }

  sync(key: string): void {
    this.syncReplicaSet(key);
  }

  syncReplicaSet(key: string): void {
    const rs = this.rsInformer.getByKey(key);
    if (!rs) {
      this.expectations.deleteExpectations(key);
      return;
    }
    const rsNeedsSync = this.expectations.satisfiedExpectations(key);
    let selector: LabelSelectorParsed;
    try {
      selector = this.kind.selectorOf(rs);
    } catch {
      // Validation keeps bad selectors out; one that slips through is not worth retrying.
      return;
    }
    // Not just matching pods: a pod whose labels changed still carries our controllerRef.
    const allPods = [...this.podsControlledBy(rs.metadata.namespace ?? '', rs.metadata.uid), ...this.podsControlledBy(rs.metadata.namespace ?? '', '')];
    const filteredPods = this.claimPods(rs, selector, filterActivePods(allPods));
    let manageReplicasErr: unknown;
    if (rsNeedsSync && !rs.metadata.deletionTimestamp) {
      try {
        this.manageReplicas(filteredPods, rs);
      } catch (e) {
        manageReplicasErr = e;
      }
    }
    const newStatus = calculateStatus(rs, filteredPods, manageReplicasErr, this.clock.now());
    const updated = this.updateReplicaSetStatus(rs, newStatus);
    const minReadySeconds = updated.spec?.minReadySeconds ?? 0;
    const st: Partial<ReplicaSetStatus> = updated.status ?? {};
    // A last line of defence: look again once ready pods should have turned available. The
    // extra second matters on a virtual clock, where "ready for longer than" lands exactly on
    // the boundary that jitter always carries a real controller past.
    if (manageReplicasErr === undefined && minReadySeconds > 0 && (st.readyReplicas ?? 0) === replicasOf(updated) && (st.availableReplicas ?? 0) !== replicasOf(updated)) {
      this.queue.addAfter(key, minReadySeconds + 1);
    }
    if (manageReplicasErr !== undefined) throw manageReplicasErr;
  }

  /** Creates or deletes pods so that the active pods number spec.replicas. */
  manageReplicas(filteredPods: readonly Stored<Pod>[], rs: Stored<ReplicaSet>): void {
    const key = keyOf(rs);
    const namespace = rs.metadata.namespace ?? '';
    const diff = filteredPods.length - replicasOf(rs);
    if (diff < 0) {
      const count = Math.min(-diff, BURST_REPLICAS);
      this.expectations.expectCreations(key, count);
      const controllerRef = newControllerRef(rs, this.kind.apiVersion, this.kind.kind);
      const { successes, error } = slowStartBatch(count, SLOW_START_INITIAL_BATCH_SIZE, () => {
        try {
          this.podControl.createPods(namespace, rs.spec?.template ?? {}, asKubeObject(rs), controllerRef);
        } catch (e) {
          if (!isNamespaceTerminating(e)) throw e;
        }
      });
      // The informer will never see the pods that were not created.
      for (let i = successes; i < count; i++) this.expectations.creationObserved(key);
      if (error !== undefined) throw error;
    } else if (diff > 0) {
      const count = Math.min(diff, BURST_REPLICAS);
      const podsToDelete = getPodsToDelete(filteredPods, this.getIndirectlyRelatedPods(rs), count, this.clock.now());
      this.expectations.expectDeletions(key, podsToDelete.map(keyOf));
      let firstError: unknown;
      for (const pod of podsToDelete) {
        try {
          this.podControl.deletePod(namespace, pod.metadata.name, asKubeObject(rs));
        } catch (e) {
          this.expectations.deletionObserved(key, keyOf(pod));
          if (!isApiError(e, 'NotFound') && firstError === undefined) firstError = e;
        }
      }
      if (firstError !== undefined) throw firstError;
    }
  }

  private claimPods(rs: Stored<ReplicaSet>, selector: LabelSelectorParsed, pods: Stored<Pod>[]): Stored<Pod>[] {
    const manager = new ControllerRefManager({ client: this.client, owner: rs, ownerApiVersion: this.kind.apiVersion, ownerKind: this.kind.kind, selector, resource: PODS });
    return manager.claim(pods);
  }

  /** Pods of every ReplicaSet that shares this one's controller (its Deployment's other revisions). */
  private getIndirectlyRelatedPods(rs: Stored<ReplicaSet>): Stored<Pod>[] {
    const owner = getControllerOf(rs);
    if (!owner) return [];
    const namespace = rs.metadata.namespace ?? '';
    const seen = new Set<string>();
    const related: Stored<Pod>[] = [];
    for (const other of this.rsInformer.list(namespace)) {
      if (getControllerOf(other)?.uid !== owner.uid) continue;
      let selector: LabelSelectorParsed;
      try {
        selector = this.kind.selectorOf(other);
      } catch {
        continue;
      }
      for (const pod of this.podsControlledBy(namespace, other.metadata.uid)) {
        if (seen.has(pod.metadata.uid) || !matches(selector, pod.metadata.labels)) continue;
        seen.add(pod.metadata.uid);
        related.push(pod);
      }
    }
    return related;
  }

  /** Pods whose controller has this uid; '' for orphans. */
  private podsControlledBy(namespace: string, uid: string): Stored<Pod>[] {
    return this.podInformer.byIndex(CONTROLLER_UID_INDEX, `${namespace}/${uid}`);
  }

  private updateReplicaSetStatus(rs: Stored<ReplicaSet>, newStatus: ReplicaSetStatus): Stored<ReplicaSet> {
    const cur: Partial<ReplicaSetStatus> = rs.status ?? {};
    const generation = rs.metadata.generation ?? 0;
    if (
      (cur.replicas ?? 0) === newStatus.replicas &&
      (cur.fullyLabeledReplicas ?? 0) === (newStatus.fullyLabeledReplicas ?? 0) &&
      (cur.readyReplicas ?? 0) === (newStatus.readyReplicas ?? 0) &&
      (cur.availableReplicas ?? 0) === (newStatus.availableReplicas ?? 0) &&
      generation === (cur.observedGeneration ?? 0) &&
      deepEqual(cur.conditions ?? [], newStatus.conditions ?? [])
    ) {
      return rs;
    }
    // The generation acted on, so a retry never claims to have seen a newer spec.
    const status: ReplicaSetStatus = { ...newStatus, ...(generation ? { observedGeneration: generation } : {}) };
    let target: Stored<ReplicaSet> = rs;
    for (let i = 0; ; i++) {
      try {
        return this.client.update<ReplicaSet>(this.kind.resource, { ...target, status }, { namespace: rs.metadata.namespace, subresource: 'status' });
      } catch (e) {
        if (i >= STATUS_UPDATE_RETRIES) throw e;
        target = this.client.get<ReplicaSet>(this.kind.resource, rs.metadata.name, { namespace: rs.metadata.namespace });
      }
    }
  }

  private resolveControllerRef(namespace: string, ref: OwnerReference): Stored<ReplicaSet> | undefined {
    if (ref.kind !== this.kind.kind) return undefined;
    const rs = this.rsInformer.get(namespace, ref.name);
    return rs && rs.metadata.uid === ref.uid ? rs : undefined;
  }

  private getPodReplicaSets(pod: Stored<Pod>): Stored<ReplicaSet>[] {
    return this.rsInformer.list(pod.metadata.namespace ?? '').filter((rs) => {
      try {
        return matches(this.kind.selectorOf(rs), pod.metadata.labels);
      } catch {
        return false;
      }
    });
  }

  private addPod(pod: Stored<Pod>): void {
    if (pod.metadata.deletionTimestamp) return this.deletePod(pod);
    const ref = getControllerOf(pod);
    if (ref) {
      const rs = this.resolveControllerRef(pod.metadata.namespace ?? '', ref);
      if (!rs) return;
      this.expectations.creationObserved(keyOf(rs));
      this.queue.add(keyOf(rs));
      return;
    }
    // An orphan: every ReplicaSet that matches gets a chance to adopt it.
    for (const rs of this.getPodReplicaSets(pod)) this.queue.add(keyOf(rs));
  }

  private updatePod(old: Stored<Pod>, cur: Stored<Pod>): void {
    if (cur.metadata.resourceVersion === old.metadata.resourceVersion) return;
    const labelChanged = !deepEqual(cur.metadata.labels ?? {}, old.metadata.labels ?? {});
    if (cur.metadata.deletionTimestamp) {
      this.deletePod(cur);
      if (labelChanged) this.deletePod(old);
      return;
    }
    const curRef = getControllerOf(cur);
    const oldRef = getControllerOf(old);
    const refChanged = !deepEqual(curRef, oldRef);
    if (refChanged && oldRef) {
      const oldRS = this.resolveControllerRef(old.metadata.namespace ?? '', oldRef);
      if (oldRS) this.queue.add(keyOf(oldRS));
    }
    if (curRef) {
      const rs = this.resolveControllerRef(cur.metadata.namespace ?? '', curRef);
      if (!rs) return;
      this.queue.add(keyOf(rs));
      // A pod that just turned ready becomes available after minReadySeconds: look again then.
      const minReadySeconds = rs.spec?.minReadySeconds ?? 0;
      if (!isPodReady(old) && isPodReady(cur) && minReadySeconds > 0) this.queue.addAfter(keyOf(rs), minReadySeconds + 1);
      return;
    }
    if (labelChanged || refChanged) for (const rs of this.getPodReplicaSets(cur)) this.queue.add(keyOf(rs));
  }

  private deletePod(pod: Stored<Pod>): void {
    const ref = getControllerOf(pod);
    if (!ref) return;
    const rs = this.resolveControllerRef(pod.metadata.namespace ?? '', ref);
    if (!rs) return;
    this.expectations.deletionObserved(keyOf(rs), keyOf(pod));
    this.queue.add(keyOf(rs));
  }
}
