/**
 * apps/v1 SetDefaults_StatefulSet: one replica, OrderedReady, a RollingUpdate with partition 0,
 * 10 revisions of history, claims retained on deletion and scale-down; the claim templates get
 * the PersistentVolumeClaim defaults (Filesystem volumes, a Pending status).
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../api/types';
import { setDefaultsPodTemplateSpec } from './podSpec';

export function setDefaultsStatefulSet(obj: KubeObject): void {
  const set = obj as unknown as StatefulSet;
  const spec = (set.spec ??= {} as StatefulSet['spec'] & object);
  spec.replicas ??= 1;
  spec.podManagementPolicy ||= 'OrderedReady';
  const strategy = (spec.updateStrategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.partition ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  const retention = (spec.persistentVolumeClaimRetentionPolicy ??= {});
  retention.whenDeleted ||= 'Retain';
  retention.whenScaled ||= 'Retain';
  for (const claim of spec.volumeClaimTemplates ?? []) {
    claim.apiVersion ||= 'v1';
    claim.kind ||= 'PersistentVolumeClaim';
    claim.metadata ??= {};
    if (!('creationTimestamp' in claim.metadata)) (claim.metadata as Record<string, unknown>).creationTimestamp = null;
    const claimSpec = (claim.spec ??= {});
    claimSpec.volumeMode ||= 'Filesystem';
    (claim as { status?: object }).status ??= { phase: 'Pending' };
  }
  setDefaultsPodTemplateSpec((spec.template ??= {}));
}
