/**
 * VolumeBinding: a pod's PersistentVolumeClaims must exist and be usable before it is placed —
 * bound ones on nodes their volume can reach (volume node affinity), WaitForFirstConsumer ones
 * on nodes where a matching volume exists or can be provisioned. Claims of the `Immediate`
 * mode must already be bound: the PV controller binds them, not the scheduler.
 */
import type { PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { matches, selectorFromLabelSelector } from '../../api/labels';
import { compareQuantities } from '../../api/quantity';
import { PERSISTENTVOLUMECLAIMS, PERSISTENTVOLUMES, PODS, STORAGECLASSES } from '../../api/resources';
import { keyOf, type SharedInformerFactory } from '../../client/informer';
import { preFilter, unresolvable, type CycleState, type FilterPlugin, type Status } from '../framework';
import type { NodeInfo } from '../nodeInfo';
import { compileTerm, termMatches } from '../nodeSelector';

export const ERR_REASON_BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
export const ERR_REASON_NODE_CONFLICT = 'node(s) had volume node affinity conflict';
export const ERR_UNBOUND_IMMEDIATE = 'pod has unbound immediate PersistentVolumeClaims';
const NO_PROVISIONER = 'kubernetes.io/no-provisioner';

export interface VolumeListers {
  claim(namespace: string, name: string): PersistentVolumeClaim | undefined;
  volume(name: string): PersistentVolume | undefined;
  volumes(): readonly PersistentVolume[];
  storageClass(name: string): StorageClass | undefined;
}

export function volumeListers(informers: SharedInformerFactory): VolumeListers {
  const claims = informers.for<PersistentVolumeClaim>(PERSISTENTVOLUMECLAIMS);
  const pvs = informers.for<PersistentVolume>(PERSISTENTVOLUMES);
  const classes = informers.for<StorageClass>(STORAGECLASSES);
  return {
    claim: (ns, name) => claims.get(ns, name),
    volume: (name) => pvs.get('', name),
    volumes: () => pvs.list(),
    storageClass: (name) => classes.get('', name),
  };
}

interface PodVolumeClaims {
  /** Why no node can take the pod (PreFilter's verdict), if so. */
  error?: string;
  bound: PersistentVolume[];
  /** Unbound WaitForFirstConsumer claims, with their class. */
  delayed: { claim: PersistentVolumeClaim; sc: StorageClass }[];
}

const claimClass = (c: PersistentVolumeClaim) => c.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? c.spec?.storageClassName ?? '';

/** podHasPVCs + GetPodVolumeClaims: the pod's claims sorted into bound and delayed. */
export function podVolumeClaims(pod: Pod, listers: VolumeListers): PodVolumeClaims {
  const out: PodVolumeClaims = { bound: [], delayed: [] };
  let unboundImmediate = false;
  for (const v of pod.spec?.volumes ?? []) {
    const name = v.persistentVolumeClaim?.claimName;
    if (!name) continue;
    const claim = listers.claim(pod.metadata?.namespace ?? 'default', name);
    if (!claim) return { ...out, error: `persistentvolumeclaim "${name}" not found` };
    if (claim.status?.phase === 'Lost') return { ...out, error: `persistentvolumeclaim "${name}" bound to non-existent persistentvolume "${claim.spec?.volumeName ?? ''}"` };
    if (claim.metadata?.deletionTimestamp) return { ...out, error: `persistentvolumeclaim "${name}" is being deleted` };
    const pv = claim.spec?.volumeName ? listers.volume(claim.spec.volumeName) : undefined;
    if (pv && claim.metadata?.annotations?.['pv.kubernetes.io/bind-completed']) {
      out.bound.push(pv);
      continue;
    }
    const sc = listers.storageClass(claimClass(claim));
    if (sc?.volumeBindingMode === 'WaitForFirstConsumer') out.delayed.push({ claim, sc });
    else unboundImmediate = true;
  }
  return unboundImmediate ? { ...out, error: ERR_UNBOUND_IMMEDIATE } : out;
}

function volumeFitsNode(pv: PersistentVolume, node: NodeInfo): boolean {
  const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  if (!terms || !node.node) return true;
  return terms.some((t) => termMatches(compileTerm(t), node.node!));
}

/** A volume the PV controller could bind this claim to on this node (FindMatchingVolume's scheduler path). */
function staticMatchOnNode(claim: PersistentVolumeClaim, volumes: readonly PersistentVolume[], node: NodeInfo): boolean {
  const selector = claim.spec?.selector ? selectorFromLabelSelector(claim.spec.selector) : undefined;
  const wanted = String(claim.spec?.resources?.requests?.storage ?? '0');
  return volumes.some((pv) => {
    const ref = pv.spec?.claimRef;
    const preBound = ref?.name === claim.metadata?.name && ref?.namespace === claim.metadata?.namespace;
    if (ref && !preBound) return false;
    if (!preBound && (pv.status?.phase !== 'Available' || (selector && !matches(selector, pv.metadata?.labels)))) return false;
    if ((pv.spec?.storageClassName ?? '') !== claimClass(claim) || pv.metadata?.deletionTimestamp) return false;
    if (compareQuantities(String(pv.spec?.capacity?.storage ?? '0'), wanted) < 0) return false;
    if (!(claim.spec?.accessModes ?? []).every((m) => pv.spec?.accessModes?.includes(m))) return false;
    return volumeFitsNode(pv, node);
  });
}

/**
 * `preFilter` is the verdict for every node at once (a missing or unbound Immediate claim), which
 * the FailedScheduling message prints once, without a node count. `filter` checks it again so the
 * plugin also answers alone (the per-node explanation, tests).
 */
export function volumeBinding(listers: VolumeListers): FilterPlugin & { preFilter(state: CycleState): Status | undefined } {
  const claimsOf = (state: CycleState) => preFilter(state, 'VolumeBinding', (pod) => podVolumeClaims(pod, listers));
  return {
    name: 'VolumeBinding',
    preFilter(state) {
      const { error } = claimsOf(state);
      return error ? unresolvable(error) : undefined;
    },
    filter(state, node) {
      const claims = claimsOf(state);
      if (claims.error) return unresolvable(claims.error);
      if (claims.bound.some((pv) => !volumeFitsNode(pv, node))) return unresolvable(ERR_REASON_NODE_CONFLICT);
      for (const { claim, sc } of claims.delayed) {
        if (staticMatchOnNode(claim, listers.volumes(), node)) continue;
        if (sc.provisioner === NO_PROVISIONER) return unresolvable(ERR_REASON_BIND_CONFLICT);
      }
      return undefined;
    },
  };
}

/**
 * VolumeBinding's EventsToRegister: a claim, volume or class appearing or changing may be what
 * a waiting pod needs, so pending pods that mount claims are offered to the queue again.
 */
export function requeueOnVolumeEvents(informers: SharedInformerFactory, requeue: (podKey: string) => void): void {
  const pods = informers.for<Pod>(PODS);
  const wake = () => {
    for (const p of pods.list()) if (!p.spec?.nodeName && p.spec?.volumes?.some((v) => v.persistentVolumeClaim)) requeue(keyOf(p));
  };
  for (const r of [PERSISTENTVOLUMECLAIMS, PERSISTENTVOLUMES, STORAGECLASSES]) informers.for(r).addHandler({ onAdd: wake, onUpdate: wake });
}

/**
 * For the cluster's busy check: a pod turned away for its claims whose claims are now usable will
 * be scheduled on its next retry (within the back-off), so the cluster is not quiet yet.
 */
export function volumeRetryPending(informers: SharedInformerFactory): () => boolean {
  const pods = informers.for<Pod>(PODS);
  const listers = volumeListers(informers);
  return () =>
    pods.list().some((p) => {
      if (p.spec?.nodeName || p.metadata.deletionTimestamp || !p.spec?.volumes?.some((v) => v.persistentVolumeClaim)) return false;
      const message = p.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False')?.message ?? '';
      if (!message.includes('PersistentVolumeClaim') && !message.includes('persistentvolumeclaim')) return false;
      return !podVolumeClaims(p, listers).error;
    });
}

