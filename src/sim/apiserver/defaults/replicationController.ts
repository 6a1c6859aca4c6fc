/** v1 SetDefaults_ReplicationController: selector and labels from the template's labels, one replica. */
import type { ReplicationController } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types';
import { setDefaultsPodTemplateSpec } from './podSpec';

export function setDefaultsReplicationController(obj: KubeObject): void {
  const rc = obj as unknown as ReplicationController;
  const spec = (rc.spec ??= {});
  const labels = spec.template?.metadata?.labels;
  if (labels) {
    if (!Object.keys(spec.selector ?? {}).length) spec.selector = { ...labels };
    // In place: the request pipeline holds on to this metadata object.
    const meta = (rc.metadata ??= {});
    if (!Object.keys(meta.labels ?? {}).length) meta.labels = { ...labels };
  }
  spec.replicas ??= 1;
  if (spec.template) setDefaultsPodTemplateSpec(spec.template);
}
