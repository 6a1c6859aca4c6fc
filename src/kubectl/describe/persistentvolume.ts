/** `kubectl describe pv` (describePersistentVolume): claim, policy, capacity, node affinity, source. */
import type { Event, NodeSelectorTerm, PersistentVolume } from 'kubernetes-types/core/v1';
import { accessModesAsString } from '../printers/columns/accessModes';
import { translateTimestampSince } from '../printers/age';
import { describeEvents } from './events';
import { printAnnotationsMultiline, printLabelsMultiline } from './format';
import { LEVEL_0, LEVEL_1, LEVEL_2, type PrefixWriter, tabbedString } from './prefixWriter';
import { canonicalQuantity } from './quantity';

/** Go's %v of a string slice: `[a b]`. */
export const goStringSlice = (items: readonly string[] | undefined) => `[${(items ?? []).join(' ')}]`;

function printNodeSelectorTerms(w: PrefixWriter, terms: NodeSelectorTerm[]): void {
  w.write(LEVEL_1, 'Required Terms:\t');
  if (terms.length === 0) {
    w.write(LEVEL_0, '<none>\n');
    return;
  }
  w.write(LEVEL_0, '\n');
  terms.forEach((term, i) => {
    w.write(LEVEL_2, `Term ${i}:\t`);
    const reqs = [...(term.matchExpressions ?? []), ...(term.matchFields ?? [])].map((r) => `${r.key} ${r.operator === 'In' ? 'in' : r.operator === 'NotIn' ? 'notin' : r.operator} [${(r.values ?? []).join(' ')}]`);
    w.write(LEVEL_0, `${reqs.join(', ')}\n`);
  });
}

/** The Source block for the volume types the playground creates; others print their type only. */
function printSource(w: PrefixWriter, pv: PersistentVolume): void {
  const spec = pv.spec ?? {};
  if (spec.hostPath) {
    w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${spec.hostPath.path}\n    HostPathType:\t${spec.hostPath.type ?? '<none>'}\n`);
  } else if (spec.local) {
    w.write(LEVEL_2, `Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t${spec.local.path}\n`);
  } else if (spec.nfs) {
    w.write(LEVEL_2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${spec.nfs.server}\n    Path:\t${spec.nfs.path}\n    ReadOnly:\t${spec.nfs.readOnly === true}\n`);
  } else if (spec.csi) {
    w.write(LEVEL_2, `Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t${spec.csi.driver}\n    FSType:\t${spec.csi.fsType ?? ''}\n    VolumeHandle:\t${spec.csi.volumeHandle}\n    ReadOnly:\t${spec.csi.readOnly === true}\n`);
  }
}

export function describePersistentVolume(pv: PersistentVolume, events: Event[] | undefined, now: number): string {
  return tabbedString((w) => {
    const meta = pv.metadata ?? {};
    const spec = pv.spec ?? {};
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `Finalizers:\t${goStringSlice(meta.finalizers)}\n`);
    w.write(LEVEL_0, `StorageClass:\t${meta.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? spec.storageClassName ?? ''}\n`);
    if (spec.volumeAttributesClassName) w.write(LEVEL_0, `VolumeAttributesClass:\t${spec.volumeAttributesClassName}\n`);
    if (meta.deletionTimestamp) w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, now)})\n`);
    else w.write(LEVEL_0, `Status:\t${pv.status?.phase ?? ''}\n`);
    w.write(LEVEL_0, `Claim:\t${spec.claimRef ? `${spec.claimRef.namespace ?? ''}/${spec.claimRef.name ?? ''}` : ''}\n`);
    w.write(LEVEL_0, `Reclaim Policy:\t${spec.persistentVolumeReclaimPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Access Modes:\t${accessModesAsString(spec.accessModes)}\n`);
    if (spec.volumeMode) w.write(LEVEL_0, `VolumeMode:\t${spec.volumeMode}\n`);
    w.write(LEVEL_0, `Capacity:\t${canonicalQuantity(spec.capacity?.storage ?? '0')}\n`);
    w.write(LEVEL_0, 'Node Affinity:\t');
    if (!spec.nodeAffinity?.required) w.write(LEVEL_0, '<none>\n');
    else {
      w.write(LEVEL_0, '\n');
      printNodeSelectorTerms(w, spec.nodeAffinity.required.nodeSelectorTerms);
    }
    w.write(LEVEL_0, `Message:\t${pv.status?.message ?? ''}\n`);
    w.write(LEVEL_0, 'Source:\n');
    printSource(w, pv);
    describeEvents(events, w, now);
  });
}
