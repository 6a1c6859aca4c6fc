/** apps/v1 SetDefaults_DaemonSet: a RollingUpdate one node at a time without surge, 10 revisions of history. */
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../api/types';
import { setDefaultsPodTemplateSpec } from './podSpec';

export function setDefaultsDaemonSet(obj: KubeObject): void {
  const ds = obj as unknown as DaemonSet;
  const spec = (ds.spec ??= {} as DaemonSet['spec'] & object);
  const strategy = (spec.updateStrategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= 1;
    ru.maxSurge ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  setDefaultsPodTemplateSpec((spec.template ??= {}));
}
