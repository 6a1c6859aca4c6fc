/**
 * The DaemonSet controller (pkg/controller/daemon): one pod on every node that should run one,
 * pinned there by node affinity and bound by the default scheduler; template changes roll out
 * node by node (RollingUpdate) or wait for pods to be deleted (OnDelete).
 */
import type { ControllerRevision, DaemonSet, DaemonSetStatus } from 'kubernetes-types/apps/v1';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { Clock } from '../../../common/clock';
import { deepEqual } from '../../../common/objects';
import { isApiError } from '../../api/errors';
import { selectorFromLabelSelector, type LabelSelectorParsed } from '../../api/labels';
import { CONTROLLERREVISIONS, DAEMONSETS, NODES, PODS } from '../../api/resources';
import type { Stored } from '../../api/types';
import { EventRecorder } from '../../client/eventRecorder';
import { keyOf, type Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import { isNamespaceTerminating, PodControl } from '../replicaset/podControl';
import { CONTROLLER_REVISION_HASH_LABEL, ensureRevision, templatePatch, truncateHistory } from '../statefulset/history';
import type { ControllerContext } from '../util/controllerContext';
import { asKubeObject, getControllerOf, newControllerRef } from '../util/controllerRef';
import { ControllerRefManager } from '../util/controllerRefManager';
import { slowStartBatch } from '../util/slowStartBatch';
import { daemonPodNodeName, newDaemonPod } from './daemonPod';
import { computeDaemonSetStatus } from './daemonSetStatus';
import { daemonSetNodePredicate, type ShouldRun } from './nodeShouldRunDaemonPod';
import { manageDaemonPods, rollingUpdate } from './planDaemonSet';

const CONTROLLER_UID_INDEX = 'namespace/controllerUID';
const STATUS_BATCH_SECONDS = 0.5;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class DaemonSetController implements Runnable {
  readonly name = 'daemonset-controller';
  readonly queue: WorkQueue;
  private readonly client: ClusterClient;
  private readonly clock: Clock;
  private readonly recorder: EventRecorder;
  private readonly podControl: PodControl;
  private readonly dsInformer: Informer<DaemonSet>;
  private readonly podInformer: Informer<Pod>;
  private readonly nodeInformer: Informer<Node>;
  private readonly revisionInformer: Informer<ControllerRevision>;
  /** DaemonSets with a status sync gathering pod updates (see STATUS_BATCH_SECONDS). */
  private readonly gathering = new Set<string>();

  constructor(ctx: ControllerContext) {
    this.client = ctx.client;
    this.clock = ctx.clock;
    this.queue = new WorkQueue(ctx.clock);
    this.recorder = new EventRecorder(ctx.client, ctx.clock, { component: 'daemonset-controller' });
    this.podControl = new PodControl(ctx.client, this.recorder);
    this.dsInformer = ctx.informers.for<DaemonSet>(DAEMONSETS);
    this.podInformer = ctx.informers.for<Pod>(PODS);
    this.nodeInformer = ctx.informers.for<Node>(NODES);
    this.revisionInformer = ctx.informers.for<ControllerRevision>(CONTROLLERREVISIONS);
    this.podInformer.addIndexer(CONTROLLER_UID_INDEX, (pod) => [`${pod.metadata.namespace ?? ''}/${getControllerOf(pod)?.uid ?? ''}`]);
    this.dsInformer.addHandler({ onAdd: (d) => this.queue.add(keyOf(d)), onUpdate: (_o, d) => this.queue.add(keyOf(d)) });
    const onPod = (pod: Stored<Pod>) => this.enqueueOwner(pod);
    // A daemon's status changes (started, ready) only move counters: gather them for a moment,
    // so a thousand nodes starting their daemons do not cost a thousand full syncs.
    const onPodUpdate = (pod: Stored<Pod>) => (pod.metadata.deletionTimestamp || pod.status?.phase === 'Failed' ? this.enqueueOwner(pod) : this.enqueueOwnerSoon(pod));
    this.podInformer.addHandler({ onAdd: onPod, onUpdate: (_o, p) => onPodUpdate(p), onDelete: onPod });
    // A node joining, leaving or changing labels and taints may change where daemons belong.
    const onNode = (old: Node | undefined, cur: Node) => {
      if (old && deepEqual(old.metadata?.labels, cur.metadata?.labels) && deepEqual(old.spec, cur.spec)) return;
      for (const ds of this.dsInformer.list()) this.queue.add(keyOf(ds));
    };
    this.nodeInformer.addHandler({ onAdd: (n) => onNode(undefined, n), onUpdate: onNode, onDelete: (n) => onNode(undefined, n) });
  }

  sync(key: string): void {
    this.syncDaemonSet(key);
  }

  syncDaemonSet(key: string): void {
    const ds = this.dsInformer.getByKey(key);
    if (!ds) return;
    let selector: LabelSelectorParsed;
    try {
      selector = selectorFromLabelSelector(ds.spec?.selector);
    } catch {
      return;
    }
    const nodes = this.nodeInformer.list();
    const revisions = this.ownRevisions(ds);
    const ref = newControllerRef(ds, 'apps/v1', 'DaemonSet');
    const { revision } = ensureRevision(this.client, ds, ref, ds.spec?.template?.metadata?.labels, templatePatch(ds.spec?.template), revisions, ds.status?.collisionCount ?? 0, true);
    const hash = revision.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL] ?? revision.metadata.name.slice(ds.metadata.name.length + 1);
    const shouldRunOn = daemonSetNodePredicate(ds);
    let podsByNode = this.podsByNode(ds, selector);
    if (!ds.metadata.deletionTimestamp && this.manage(ds, nodes, podsByNode, hash, shouldRunOn)) podsByNode = this.podsByNode(ds, selector);
    const status = computeDaemonSetStatus(ds, nodes, podsByNode, hash, this.clock.now(), shouldRunOn);
    this.updateStatus(ds, status);
    const live = new Set<string>([revision.metadata.name]);
    for (const pods of podsByNode.values()) for (const p of pods) live.add(`${ds.metadata.name}-${p.metadata?.labels?.[CONTROLLER_REVISION_HASH_LABEL] ?? ''}`);
    truncateHistory(this.client, this.ownRevisions(ds), live, ds.spec?.revisionHistoryLimit ?? 10);
    const minReady = ds.spec?.minReadySeconds ?? 0;
    if (minReady > 0 && status.numberReady !== (status.numberAvailable ?? 0)) this.queue.addAfter(key, minReady + 1);
  }

  /** Returns whether any pod was created or deleted. */
  private manage(ds: Stored<DaemonSet>, nodes: Stored<Node>[], podsByNode: Map<string, Pod[]>, hash: string, shouldRunOn: (n: Node) => ShouldRun): boolean {
    const plan = manageDaemonPods(nodes, ds, podsByNode, shouldRunOn);
    const toCreate = [...plan.create];
    const toDelete = [...plan.delete];
    if ((ds.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate') {
      const eligible = nodes.filter((n) => shouldRunOn(n).shouldRun).map((n) => n.metadata.name);
      const update = rollingUpdate(ds, podsByNode, eligible, hash, this.clock.now());
      toCreate.push(...update.create.filter((n) => !toCreate.includes(n)));
      toDelete.push(...update.delete.filter((p) => !toDelete.includes(p)));
    }
    for (const pod of plan.failed) {
      this.recorder.event(asKubeObject(ds), 'Warning', 'FailedDaemonPod', `Found failed daemon pod ${pod.metadata?.namespace}/${pod.metadata?.name} on node ${daemonPodNodeName(pod)}, will try to kill it`);
    }
    this.syncNodes(ds, toDelete, toCreate, hash);
    return toCreate.length + toDelete.length > 0;
  }

  private syncNodes(ds: Stored<DaemonSet>, podsToDelete: Pod[], nodesNeedingDaemonPods: string[], hash: string): void {
    const namespace = ds.metadata.namespace ?? '';
    let i = 0;
    const { error } = slowStartBatch(nodesNeedingDaemonPods.length, 1, () => this.createDaemonPod(ds, nodesNeedingDaemonPods[i++], hash));
    let firstError = error;
    for (const pod of podsToDelete) {
      try {
        this.podControl.deletePod(namespace, pod.metadata?.name ?? '', asKubeObject(ds));
      } catch (e) {
        if (!isApiError(e, 'NotFound')) firstError ??= e;
      }
    }
    if (firstError !== undefined) throw firstError;
  }

  private createDaemonPod(ds: Stored<DaemonSet>, nodeName: string, hash: string): void {
    const pod = newDaemonPod(ds, nodeName, hash, newControllerRef(ds, 'apps/v1', 'DaemonSet'));
    pod.metadata!.labels = { ...pod.metadata!.labels, 'pod-template-generation': String(ds.metadata.generation ?? 1) };
    let created: Stored<Pod>;
    try {
      created = this.client.create<Pod>(PODS, pod, { namespace: ds.metadata.namespace });
    } catch (e) {
      if (isNamespaceTerminating(e)) return;
      this.recorder.event(asKubeObject(ds), 'Warning', 'FailedCreate', `Error creating: ${errorText(e)}`);
      throw e;
    }
    this.recorder.event(asKubeObject(ds), 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`);
  }

  private ownRevisions(ds: Stored<DaemonSet>): Stored<ControllerRevision>[] {
    return this.revisionInformer.list(ds.metadata.namespace ?? '').filter((r) => getControllerOf(r)?.uid === ds.metadata.uid);
  }

  /** The DaemonSet's pods by the node they are for; succeeded pods (never expected) are ignored. */
  private podsByNode(ds: Stored<DaemonSet>, selector: LabelSelectorParsed): Map<string, Pod[]> {
    const ns = ds.metadata.namespace ?? '';
    const candidates = [...this.podInformer.byIndex(CONTROLLER_UID_INDEX, `${ns}/${ds.metadata.uid}`), ...this.podInformer.byIndex(CONTROLLER_UID_INDEX, `${ns}/`)];
    const manager = new ControllerRefManager({ client: this.client, owner: ds, ownerApiVersion: 'apps/v1', ownerKind: 'DaemonSet', selector, resource: PODS });
    const out = new Map<string, Pod[]>();
    for (const pod of manager.claim(candidates)) {
      if (pod.status?.phase === 'Succeeded') continue;
      const node = daemonPodNodeName(pod);
      if (node === undefined) continue;
      out.set(node, [...(out.get(node) ?? []), pod]);
    }
    return out;
  }

  private updateStatus(ds: Stored<DaemonSet>, status: DaemonSetStatus): void {
    const next = { ...status, ...(ds.status?.collisionCount ? { collisionCount: ds.status.collisionCount } : {}) };
    if (deepEqual(ds.status ?? {}, next)) return;
    const latest = this.dsInformer.getByKey(keyOf(ds)) ?? ds;
    this.client.update<DaemonSet>(DAEMONSETS, { ...latest, status: next }, { namespace: ds.metadata.namespace, subresource: 'status' });
  }

  /** Whether a gathered status sync is still due: the cluster is not settled before it runs. */
  hasPendingWork(): boolean {
    return this.gathering.size > 0;
  }

  private ownerKey(pod: Stored<Pod>): string | undefined {
    const ref = getControllerOf(pod);
    if (!ref || ref.kind !== 'DaemonSet') return undefined;
    const ds = this.dsInformer.get(pod.metadata.namespace ?? '', ref.name);
    return ds && ds.metadata.uid === ref.uid ? keyOf(ds) : undefined;
  }

  private enqueueOwner(pod: Stored<Pod>): void {
    const key = this.ownerKey(pod);
    if (key) this.queue.add(key);
  }

  private enqueueOwnerSoon(pod: Stored<Pod>): void {
    const key = this.ownerKey(pod);
    if (!key || this.gathering.has(key)) return;
    this.gathering.add(key);
    this.clock.after(STATUS_BATCH_SECONDS, () => {
      this.gathering.delete(key);
      this.queue.add(key);
    });
  }
}
