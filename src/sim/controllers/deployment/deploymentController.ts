/**
 * The Deployment controller (pkg/controller/deployment): owns ReplicaSets, one per pod template,
 * and moves pods from the old ones to the new one by the chosen strategy, reporting progress in
 * status conditions. Pods are the ReplicaSet controller's business; this one only resizes sets.
 */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Clock } from '../../../common/clock';
import { clone, deepEqual } from '../../../common/objects';
import { matches, selectorFromLabelSelector, type LabelSelectorParsed } from '../../api/labels';
import { DEPLOYMENTS, PODS, REPLICASETS } from '../../api/resources';
import type { OwnerReference, Stored } from '../../api/types';
import { EventRecorder } from '../../client/eventRecorder';
import { keyOf, type Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import type { ControllerContext } from '../util/controllerContext';
import { asKubeObject, getControllerOf } from '../util/controllerRef';
import { ControllerRefManager } from '../util/controllerRefManager';
import { updateDeploymentStatus, type D, type DeploymentControllerCore } from './deploymentContext';
import { strategyTypeOf } from './deploymentSpec';
import { rolloutRecreate, type PodMap } from './recreate';
import type { RS } from './replicaSetUtil';
import { rolloutRolling } from './rolling';
import { checkPausedConditions, isScalingEvent, sync, syncStatusOnly } from './sync';

export class DeploymentController implements Runnable, DeploymentControllerCore {
  readonly name = 'deployment-controller';
  readonly queue: WorkQueue;
  readonly client: ClusterClient;
  readonly recorder: EventRecorder;
  readonly clock: Clock;
  readonly rsInformer: Informer<ReplicaSet>;
  private readonly dInformer: Informer<Deployment>;
  private readonly podInformer: Informer<Pod>;

  constructor(ctx: ControllerContext) {
    this.client = ctx.client;
    this.clock = ctx.clock;
    this.queue = new WorkQueue(ctx.clock);
    this.recorder = new EventRecorder(ctx.client, ctx.clock, { component: 'deployment-controller' });
    this.dInformer = ctx.informers.for<Deployment>(DEPLOYMENTS);
    this.rsInformer = ctx.informers.for<ReplicaSet>(REPLICASETS);
    this.podInformer = ctx.informers.for<Pod>(PODS);
    const enqueue = (d: Stored<Deployment>) => this.queue.add(keyOf(d));
    this.dInformer.addHandler({ onAdd: enqueue, onUpdate: (_old, cur) => enqueue(cur), onDelete: enqueue });
    this.rsInformer.addHandler({
      onAdd: (rs) => this.addReplicaSet(rs),
      onUpdate: (old, cur) => this.updateReplicaSet(old, cur),
      onDelete: (rs) => this.enqueueOwner(rs),
    });
    this.podInformer.addHandler({ onDelete: (pod) => this.deletePod(pod) });
  }

  sync(key: string): void {
    this.syncDeployment(key);
  }

  syncDeployment(key: string): void {
    const cached = this.dInformer.getByKey(key);
    if (!cached) return;
    const d = clone(cached) as D;
    if (deepEqual(d.spec?.selector, {})) return this.selectingAll(d);
    const rsList = this.getReplicaSetsForDeployment(d);
    if (!rsList) return;
    if (d.metadata.deletionTimestamp) return syncStatusOnly(this, d, rsList);
    checkPausedConditions(this, d);
    if (d.spec?.paused) return sync(this, d, rsList);
    if (isScalingEvent(this, d, rsList)) return sync(this, d, rsList);
    const type = strategyTypeOf(d);
    if (type === 'Recreate') return rolloutRecreate(this, d, rsList, this.getPodMapForDeployment(d, rsList));
    if (type === 'RollingUpdate') return rolloutRolling(this, d, rsList);
    throw new Error(`unexpected deployment strategy type: ${type}`);
  }

  /** An empty selector would claim every pod in the namespace: refuse, but say so. */
  private selectingAll(d: D): void {
    this.recorder.event(asKubeObject(d), 'Warning', 'SelectingAll', 'This deployment is selecting all pods. A non-empty selector is required.');
    if ((d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
      d.status = { ...d.status, observedGeneration: d.metadata.generation };
      updateDeploymentStatus(this, d);
    }
  }

  private selectorOf(d: Deployment): LabelSelectorParsed | undefined {
    try {
      return selectorFromLabelSelector(d.spec?.selector);
    } catch {
      return undefined;
    }
  }

  /** Adopts matching orphan ReplicaSets and releases ones that no longer match. */
  private getReplicaSetsForDeployment(d: D): RS[] | undefined {
    const selector = this.selectorOf(d);
    if (!selector) return undefined;
    const manager = new ControllerRefManager({ client: this.client, owner: d, ownerApiVersion: 'apps/v1', ownerKind: 'Deployment', selector, resource: REPLICASETS });
    return manager.claim(this.rsInformer.list(d.metadata.namespace ?? ''));
  }

  private getPodMapForDeployment(d: D, rsList: readonly RS[]): PodMap {
    const selector = this.selectorOf(d);
    const podMap: PodMap = new Map(rsList.map((rs) => [rs.metadata.uid, []]));
    for (const pod of this.podInformer.list(d.metadata.namespace ?? '')) {
      if (!selector || !matches(selector, pod.metadata.labels)) continue;
      const ref = getControllerOf(pod);
      if (ref) podMap.get(ref.uid)?.push(pod);
    }
    return podMap;
  }

  private resolveControllerRef(namespace: string, ref: OwnerReference): Stored<Deployment> | undefined {
    if (ref.kind !== 'Deployment') return undefined;
    const d = this.dInformer.get(namespace, ref.name);
    return d && d.metadata.uid === ref.uid ? d : undefined;
  }

  private enqueueOwner(obj: Stored<ReplicaSet> | Stored<Pod>): Stored<Deployment> | undefined {
    const ref = getControllerOf(obj);
    const d = ref && this.resolveControllerRef(obj.metadata.namespace ?? '', ref);
    if (d) this.queue.add(keyOf(d));
    return d;
  }

  /** Deployments whose selector matches an orphan ReplicaSet: they may adopt it. */
  private enqueueMatchingDeployments(rs: Stored<ReplicaSet>): void {
    for (const d of this.dInformer.list(rs.metadata.namespace ?? '')) {
      const selector = this.selectorOf(d);
      if (selector && !deepEqual(d.spec?.selector, {}) && matches(selector, rs.metadata.labels)) this.queue.add(keyOf(d));
    }
  }

  private addReplicaSet(rs: Stored<ReplicaSet>): void {
    if (rs.metadata.deletionTimestamp) return void this.enqueueOwner(rs);
    if (getControllerOf(rs)) return void this.enqueueOwner(rs);
    this.enqueueMatchingDeployments(rs);
  }

  private updateReplicaSet(old: Stored<ReplicaSet>, cur: Stored<ReplicaSet>): void {
    if (cur.metadata.resourceVersion === old.metadata.resourceVersion) return;
    const curRef = getControllerOf(cur);
    const oldRef = getControllerOf(old);
    const refChanged = !deepEqual(curRef, oldRef);
    if (refChanged && oldRef) this.enqueueOwner(old);
    if (curRef) return void this.enqueueOwner(cur);
    if (refChanged || !deepEqual(cur.metadata.labels ?? {}, old.metadata.labels ?? {})) this.enqueueMatchingDeployments(cur);
  }

  /** Recreate waits for old pods to be gone, and a pod's removal is the news it waits for. */
  private deletePod(pod: Stored<Pod>): void {
    const rsRef = getControllerOf(pod);
    if (rsRef?.kind !== 'ReplicaSet') return;
    const rs = this.rsInformer.get(pod.metadata.namespace ?? '', rsRef.name);
    if (!rs || rs.metadata.uid !== rsRef.uid) return;
    const ref = getControllerOf(rs);
    const d = ref && this.resolveControllerRef(rs.metadata.namespace ?? '', ref);
    if (d && strategyTypeOf(d) === 'Recreate') this.queue.add(keyOf(d));
  }
}
