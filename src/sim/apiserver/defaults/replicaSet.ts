/** apps/v1 SetDefaults_ReplicaSet: one replica, and the pod template's defaults. */
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../api/types';
import { setDefaultsPodTemplateSpec } from './podSpec';

export function setDefaultsReplicaSet(obj: KubeObject): void {
  const rs = obj as unknown as ReplicaSet;
  const spec = (rs.spec ??= {} as ReplicaSet['spec'] & object);
  spec.replicas ??= 1;
  setDefaultsPodTemplateSpec((spec.template ??= {}));
}
