/** apps/v1 SetDefaults_Deployment: one replica, a 25%/25% rolling update, 10 old ReplicaSets, 600 s to progress. */
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../api/types';
import { setDefaultsPodTemplateSpec } from './podSpec';

export function setDefaultsDeployment(obj: KubeObject): void {
  const d = obj as unknown as Deployment;
  const spec = (d.spec ??= {} as Deployment['spec'] & object);
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= '25%';
    ru.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  setDefaultsPodTemplateSpec((spec.template ??= {}));
}
