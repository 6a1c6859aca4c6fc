/** Pods (ValidatePodCreate, ValidatePodUpdate). */
import type { Pod } from 'kubernetes-types/core/v1';
import { forbidden, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import { validatePodSpec } from './podSpec';
import { validatePodSpecUpdate } from './podUpdate';
import type { KindValidation } from './types';

function validatePodMetadataAndSpec(pod: Pod): FieldError[] {
  return [...validateObjectMeta(pod.metadata, true, nameIsDNSSubdomain), ...validatePodSpec(pod.spec, 'spec')];
}

export const podValidation: KindValidation = {
  validateCreate(obj: KubeObject) {
    const pod = obj as Pod;
    const errs = validatePodMetadataAndSpec(pod);
    if (pod.spec?.ephemeralContainers?.length) errs.push(forbidden('spec.ephemeralContainers', 'cannot be set on create'));
    if (pod.spec?.nodeName && pod.spec.schedulingGates?.length) {
      errs.push(forbidden('spec.nodeName', 'cannot be set until all schedulingGates have been cleared'));
    }
    return errs;
  },
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [pod, prev] = [obj as Pod, old as Pod];
    return [...validateObjectMetaUpdate(pod.metadata, prev.metadata), ...validatePodMetadataAndSpec(pod), ...validatePodSpecUpdate(pod.spec, prev.spec)];
  },
};
