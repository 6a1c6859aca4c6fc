/** apps/v1 ReplicaSet (ValidateReplicaSet, ValidateReplicaSetUpdate and the strategy's selector rule). */
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../api/types';
import { nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { KindValidation } from './types';
import { nonNegative, validateSelectorAndTemplate, validateSelectorImmutable } from './workloadSelector';

function validateReplicaSetSpec(rs: ReplicaSet) {
  const spec: Partial<NonNullable<ReplicaSet['spec']>> = rs.spec ?? {};
  return [
    ...nonNegative(spec.replicas, 'spec.replicas'),
    ...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...validateSelectorAndTemplate(spec.selector, spec.template, 'spec'),
  ];
}

export const replicaSetValidation: KindValidation = {
  validateCreate(obj: KubeObject) {
    const rs = obj as ReplicaSet;
    return [...validateObjectMeta(rs.metadata, true, nameIsDNSSubdomain), ...validateReplicaSetSpec(rs)];
  },
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [rs, prev] = [obj as ReplicaSet, old as ReplicaSet];
    return [
      ...validateObjectMetaUpdate(rs.metadata, prev.metadata),
      ...validateReplicaSetSpec(rs),
      ...validateSelectorImmutable(rs.spec?.selector, prev.spec?.selector, 'spec'),
    ];
  },
};
