/** `kubectl describe pvc` (describePersistentVolumeClaim): binding, size, and the pods using it. */
import type { Event, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import { accessModesAsString } from '../printers/columns/accessModes';
import { translateTimestampSince } from '../printers/age';
import { describeEvents } from './events';
import { printAnnotationsMultiline, printLabelsMultiline } from './format';
import { goStringSlice } from './persistentvolume';
import { LEVEL_0, LEVEL_1, tabbedString } from './prefixWriter';
import { canonicalQuantity } from './quantity';

/** getPodsForPVC: pods in the claim's namespace that mount it. */
export function podsUsingClaim(pvc: PersistentVolumeClaim, pods: readonly Pod[] | undefined): Pod[] {
  const name = pvc.metadata?.name;
  return (pods ?? []).filter((p) => p.metadata?.namespace === pvc.metadata?.namespace && (p.spec?.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === name));
}

export function describePersistentVolumeClaim(pvc: PersistentVolumeClaim, pods: readonly Pod[] | undefined, events: Event[] | undefined, now: number): string {
  return tabbedString((w) => {
    const meta = pvc.metadata ?? {};
    const spec = pvc.spec ?? {};
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(LEVEL_0, `StorageClass:\t${meta.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? spec.storageClassName ?? ''}\n`);
    if (meta.deletionTimestamp) w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, now)})\n`);
    else w.write(LEVEL_0, `Status:\t${pvc.status?.phase ?? ''}\n`);
    w.write(LEVEL_0, `Volume:\t${spec.volumeName ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `Finalizers:\t${goStringSlice(meta.finalizers)}\n`);
    const bound = !!spec.volumeName;
    w.write(LEVEL_0, `Capacity:\t${bound ? canonicalQuantity(pvc.status?.capacity?.storage ?? '0') : ''}\n`);
    w.write(LEVEL_0, `Access Modes:\t${bound ? accessModesAsString(pvc.status?.accessModes) : ''}\n`);
    if (spec.volumeMode) w.write(LEVEL_0, `VolumeMode:\t${spec.volumeMode}\n`);
    const users = podsUsingClaim(pvc, pods)
      .map((p) => p.metadata?.name ?? '')
      .sort();
    w.write(LEVEL_0, 'Used By:\t');
    if (users.length === 0) w.write(LEVEL_0, '<none>\n');
    users.forEach((name, i) => w.write(LEVEL_0, i === 0 ? `${name}\n` : `\t${name}\n`));
    const conditions = pvc.status?.conditions ?? [];
    if (conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \t${c.lastProbeTime ?? ''} \t${c.lastTransitionTime ?? ''} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
    describeEvents(events, w, now);
  });
}
