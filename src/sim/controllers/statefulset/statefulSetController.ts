/**
 * The StatefulSet controller (pkg/controller/statefulset): pods with stable names, hostnames
 * and storage, created and deleted in ordinal order (planStatefulSet.ts), with the template's
 * history kept as ControllerRevisions so a rolling update knows which pods are current.
 */
import type { ControllerRevision, StatefulSet, StatefulSetStatus } from 'kubernetes-types/apps/v1';
import type { PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { Clock } from '../../../common/clock';
import { deepEqual } from '../../../common/objects';
import { isApiError } from '../../api/errors';
import { selectorFromLabelSelector, type LabelSelectorParsed } from '../../api/labels';
import { CONTROLLERREVISIONS, PERSISTENTVOLUMECLAIMS, PODS, STATEFULSETS } from '../../api/resources';
import type { Stored } from '../../api/types';
import { EventRecorder } from '../../client/eventRecorder';
import { keyOf, type Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import type { ControllerContext } from '../util/controllerContext';
import { asKubeObject, getControllerOf, newControllerRef } from '../util/controllerRef';
import { ControllerRefManager } from '../util/controllerRefManager';
import { ensureRevision, templateFromRevision, templatePatch, truncateHistory } from './history';
import { planStatefulSet, type StatefulSetAction } from './planStatefulSet';
import { getOrdinal, getPersistentVolumeClaims, getPodRevision, newStatefulSetPod, podName, replicasOf, startOrdinal } from './statefulSetPod';
import { computeStatefulSetStatus, type RevisionNames } from './statefulSetStatus';

const CONTROLLER_UID_INDEX = 'namespace/controllerUID';
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class StatefulSetController implements Runnable {
  readonly name = 'statefulset-controller';
  readonly queue: WorkQueue;
  private readonly client: ClusterClient;
  private readonly clock: Clock;
  private readonly recorder: EventRecorder;
  private readonly setInformer: Informer<StatefulSet>;
  private readonly podInformer: Informer<Pod>;
  private readonly revisionInformer: Informer<ControllerRevision>;

  constructor(ctx: ControllerContext) {
    this.client = ctx.client;
    this.clock = ctx.clock;
    this.queue = new WorkQueue(ctx.clock);
    this.recorder = new EventRecorder(ctx.client, ctx.clock, { component: 'statefulset-controller' });
    this.setInformer = ctx.informers.for<StatefulSet>(STATEFULSETS);
    this.podInformer = ctx.informers.for<Pod>(PODS);
    this.revisionInformer = ctx.informers.for<ControllerRevision>(CONTROLLERREVISIONS);
    this.podInformer.addIndexer(CONTROLLER_UID_INDEX, (pod) => [`${pod.metadata.namespace ?? ''}/${getControllerOf(pod)?.uid ?? ''}`]);
    this.setInformer.addHandler({ onAdd: (s) => this.queue.add(keyOf(s)), onUpdate: (_o, s) => this.queue.add(keyOf(s)) });
    const onPod = (pod: Stored<Pod>) => this.enqueueOwner(pod);
    this.podInformer.addHandler({ onAdd: onPod, onUpdate: (_o, p) => onPod(p), onDelete: onPod });
  }

  sync(key: string): void {
    this.syncStatefulSet(key);
  }

  syncStatefulSet(key: string): void {
    const set = this.setInformer.getByKey(key);
    if (!set) return;
    let selector: LabelSelectorParsed;
    try {
      selector = selectorFromLabelSelector(set.spec?.selector);
    } catch {
      return;
    }
    const pods = this.claimPods(set, selector);
    const revisions = this.revisionInformer.list(set.metadata.namespace ?? '').filter((r) => getControllerOf(r)?.uid === set.metadata.uid);
    const rev = this.getRevisions(set, revisions);
    if (!set.metadata.deletionTimestamp) this.updateStatefulSet(set, pods, rev);
    const after = this.claimPods(set, selector);
    const status = computeStatefulSetStatus(set, after, rev, this.clock.now());
    this.updateStatus(set, status);
    const live = new Set([rev.current, rev.update, ...after.map(getPodRevision)]);
    truncateHistory(this.client, this.revisionInformer.list(set.metadata.namespace ?? '').filter((r) => getControllerOf(r)?.uid === set.metadata.uid), live, set.spec?.revisionHistoryLimit ?? 10);
    // Ready pods turn available minReadySeconds later; look again then.
    const minReady = set.spec?.minReadySeconds ?? 0;
    if (minReady > 0 && (status.readyReplicas ?? 0) !== status.availableReplicas) this.queue.addAfter(key, minReady + 1);
  }

  private getRevisions(set: Stored<StatefulSet>, revisions: Stored<ControllerRevision>[]): RevisionNames {
    const ref = newControllerRef(set, 'apps/v1', 'StatefulSet');
    const { revision, collisionCount } = ensureRevision(this.client, set, ref, set.spec?.template?.metadata?.labels, templatePatch(set.spec?.template), revisions, set.status?.collisionCount ?? 0);
    const update = revision.metadata.name;
    const recorded = set.status?.currentRevision;
    const currentRevision = revisions.find((r) => r.metadata.name === recorded);
    if (!currentRevision) return { current: update, update, collisionCount };
    return { current: currentRevision.metadata.name, currentTemplate: templateFromRevision(currentRevision), update, collisionCount };
  }

  private updateStatefulSet(set: Stored<StatefulSet>, pods: Stored<Pod>[], rev: RevisionNames): void {
    const start = startOrdinal(set);
    const replicas: (Pod | undefined)[] = new Array(replicasOf(set)).fill(undefined);
    const condemned: Pod[] = [];
    for (const pod of pods) {
      const ordinal = getOrdinal(set, pod);
      if (ordinal === undefined) continue;
      const index = ordinal - start;
      if (index >= 0 && index < replicas.length) replicas[index] = pod;
      else condemned.push(pod);
    }
    condemned.sort((a, b) => (getOrdinal(set, a) ?? 0) - (getOrdinal(set, b) ?? 0));
    const strategy = set.spec?.updateStrategy;
    const actions = planStatefulSet({
      replicas,
      condemned,
      monotonic: (set.spec?.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady',
      partition: (strategy?.type ?? 'RollingUpdate') === 'RollingUpdate' ? (strategy?.rollingUpdate?.partition ?? 0) : undefined,
      updateRevision: rev.update,
      minReadySeconds: set.spec?.minReadySeconds ?? 0,
      nowMs: this.clock.now(),
    });
    for (const action of actions) this.act(set, action, rev, start);
  }

  private act(set: Stored<StatefulSet>, action: StatefulSetAction, rev: RevisionNames, start: number): void {
    if (action.op === 'delete') {
      if (action.why === 'condemned') this.releaseClaimsOnScaleDown(set, action.pod);
      return this.deleteStatefulPod(set, action.pod);
    }
    const ordinal = start + action.index;
    // newVersionedStatefulSetPod: below the partition a recreated pod keeps the current revision.
    const partition = set.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
    const rolling = (set.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
    const useCurrent = rolling && action.index < partition && rev.currentTemplate !== undefined;
    const versioned = useCurrent ? { ...set, spec: { ...set.spec!, template: rev.currentTemplate! } } : set;
    this.createStatefulPod(versioned, ordinal, useCurrent ? rev.current : rev.update);
  }

  private createStatefulPod(set: Stored<StatefulSet>, ordinal: number, revisionName: string): void {
    const name = podName(set, ordinal);
    const owner = asKubeObject(set);
    for (const claim of getPersistentVolumeClaims(set, ordinal)) this.createClaim(set, claim, name);
    const pod = newStatefulSetPod(set, ordinal, revisionName, newControllerRef(set, 'apps/v1', 'StatefulSet'));
    try {
      this.client.create<Pod>(PODS, pod, { namespace: set.metadata.namespace });
    } catch (e) {
      // The previous pod of that name is still terminating: the next sync tries again.
      if (isApiError(e, 'AlreadyExists')) return;
      this.recorder.event(owner, 'Warning', 'FailedCreate', `create Pod ${name} in StatefulSet ${set.metadata.name} failed error: ${errorText(e)}`);
      throw e;
    }
    this.recorder.event(owner, 'Normal', 'SuccessfulCreate', `create Pod ${name} in StatefulSet ${set.metadata.name} successful`);
  }

  /** Claims outlive their pods: an existing claim is reused, never recreated. */
  private createClaim(set: Stored<StatefulSet>, claim: PersistentVolumeClaim, podName: string): void {
    const namespace = set.metadata.namespace;
    const claimName = claim.metadata?.name ?? '';
    try {
      this.client.get(PERSISTENTVOLUMECLAIMS, claimName, { namespace });
      return;
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
    try {
      this.client.create(PERSISTENTVOLUMECLAIMS, claim, { namespace });
    } catch (e) {
      this.recorder.event(asKubeObject(set), 'Warning', 'FailedCreate', `create Claim ${claimName} for Pod ${podName} in StatefulSet ${set.metadata.name} failed error: ${errorText(e)}`);
      throw e;
    }
    this.recorder.event(asKubeObject(set), 'Normal', 'SuccessfulCreate', `create Claim ${claimName} Pod ${podName} in StatefulSet ${set.metadata.name} success`);
  }

  /** `whenScaled: Delete`: a condemned pod's claims become its dependents alone, and go with it. */
  private releaseClaimsOnScaleDown(set: Stored<StatefulSet>, pod: Pod): void {
    if (set.spec?.persistentVolumeClaimRetentionPolicy?.whenScaled !== 'Delete') return;
    const ordinal = getOrdinal(set, pod);
    if (ordinal === undefined || !pod.metadata?.uid) return;
    const ref = { apiVersion: 'v1', kind: 'Pod', name: pod.metadata.name ?? '', uid: pod.metadata.uid };
    for (const claim of getPersistentVolumeClaims(set, ordinal)) {
      try {
        const cur = this.client.get<PersistentVolumeClaim>(PERSISTENTVOLUMECLAIMS, claim.metadata?.name ?? '', { namespace: set.metadata.namespace });
        if (cur.metadata.ownerReferences?.some((r) => r.uid === ref.uid)) continue;
        const others = (cur.metadata.ownerReferences ?? []).filter((r) => r.uid !== set.metadata.uid);
        this.client.update(PERSISTENTVOLUMECLAIMS, { ...cur, metadata: { ...cur.metadata, ownerReferences: [...others, ref] } }, { namespace: set.metadata.namespace });
      } catch (e) {
        if (!isApiError(e, 'NotFound')) throw e;
      }
    }
  }

  private deleteStatefulPod(set: Stored<StatefulSet>, pod: Pod): void {
    const name = pod.metadata?.name ?? '';
    try {
      this.client.delete(PODS, name, { namespace: set.metadata.namespace });
    } catch (e) {
      if (isApiError(e, 'NotFound')) return;
      this.recorder.event(asKubeObject(set), 'Warning', 'FailedDelete', `delete Pod ${name} in StatefulSet ${set.metadata.name} failed error: ${errorText(e)}`);
      throw e;
    }
    this.recorder.event(asKubeObject(set), 'Normal', 'SuccessfulDelete', `delete Pod ${name} in StatefulSet ${set.metadata.name} successful`);
  }

  private claimPods(set: Stored<StatefulSet>, selector: LabelSelectorParsed): Stored<Pod>[] {
    const ns = set.metadata.namespace ?? '';
    const candidates = [...this.podInformer.byIndex(CONTROLLER_UID_INDEX, `${ns}/${set.metadata.uid}`), ...this.podInformer.byIndex(CONTROLLER_UID_INDEX, `${ns}/`)];
    // Only pods named after the set are its own (isMemberOf).
    const members = candidates.filter((p) => getOrdinal(set, p) !== undefined);
    const manager = new ControllerRefManager({ client: this.client, owner: set, ownerApiVersion: 'apps/v1', ownerKind: 'StatefulSet', selector, resource: PODS });
    return manager.claim(members);
  }

  private updateStatus(set: Stored<StatefulSet>, status: StatefulSetStatus): void {
    if (deepEqual(set.status ?? {}, status)) return;
    const latest = this.setInformer.getByKey(keyOf(set)) ?? set;
    this.client.update<StatefulSet>(STATEFULSETS, { ...latest, status }, { namespace: set.metadata.namespace, subresource: 'status' });
  }

  private enqueueOwner(pod: Stored<Pod>): void {
    const ref = getControllerOf(pod);
    if (!ref || ref.kind !== 'StatefulSet') return;
    const set = this.setInformer.get(pod.metadata.namespace ?? '', ref.name);
    if (set && set.metadata.uid === ref.uid) this.queue.add(keyOf(set));
  }
}
