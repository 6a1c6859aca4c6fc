/**
 * apps/v1 StatefulSet (ValidateStatefulSet, ValidateStatefulSetUpdate): the workload selector
 * rules, a known pod management policy and update strategy, and — on update — a spec frozen
 * apart from the fields the controller can roll out.
 */
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import { forbidden, notSupported, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import { semanticEqual } from './semantic';
import type { KindValidation } from './types';
import { nonNegative, validateSelectorAndTemplate } from './workloadSelector';

const MUTABLE = ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'];

/** The shared selector rules name the kind they were written for. */
export function forKind(errs: FieldError[], kind: string): FieldError[] {
  return errs.map((e) => (e.detail === 'empty selector is invalid for deployment' ? { ...e, detail: `empty selector is invalid for ${kind}` } : e));
}

function validateStatefulSetSpec(set: StatefulSet): FieldError[] {
  const spec: Partial<NonNullable<StatefulSet['spec']>> = set.spec ?? {};
  const errs = [...nonNegative(spec.replicas, 'spec.replicas'), ...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds')];
  const policy = spec.podManagementPolicy ?? 'OrderedReady';
  if (policy !== 'OrderedReady' && policy !== 'Parallel') errs.push(notSupported('spec.podManagementPolicy', policy, ['OrderedReady', 'Parallel']));
  const strategy = spec.updateStrategy?.type ?? 'RollingUpdate';
  if (strategy !== 'RollingUpdate' && strategy !== 'OnDelete') errs.push(notSupported('spec.updateStrategy.type', strategy, ['OnDelete', 'RollingUpdate']));
  if (strategy === 'OnDelete' && spec.updateStrategy?.rollingUpdate) errs.push(forbidden('spec.updateStrategy.rollingUpdate', "only allowed for updateStrategy 'RollingUpdate'"));
  errs.push(...nonNegative(spec.updateStrategy?.rollingUpdate?.partition, 'spec.updateStrategy.rollingUpdate.partition'));
  // ValidatePodTemplateSpecForStatefulSet leaves the pod spec itself unchecked (volumeMounts may
  // name claim templates), keeping the selector, labels and restartPolicy rules.
  const podSpecPath = 'spec.template.spec.';
  const kept = validateSelectorAndTemplate(spec.selector, spec.template, 'spec').filter(
    (e) => !e.field.startsWith(podSpecPath) || e.field === `${podSpecPath}restartPolicy` || e.field === `${podSpecPath}activeDeadlineSeconds`,
  );
  errs.push(...forKind(kept, 'statefulset'));
  return errs;
}

export const statefulSetValidation: KindValidation = {
  validateCreate(obj: KubeObject) {
    const set = obj as StatefulSet;
    return [...validateObjectMeta(set.metadata, true, nameIsDNSSubdomain), ...validateStatefulSetSpec(set)];
  },
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [set, prev] = [obj as StatefulSet, old as StatefulSet];
    const errs = [...validateObjectMetaUpdate(set.metadata, prev.metadata), ...validateStatefulSetSpec(set)];
    const frozen = (s: StatefulSet) => Object.fromEntries(Object.entries(s.spec ?? {}).filter(([k]) => !MUTABLE.includes(k)));
    if (!semanticEqual(frozen(set), frozen(prev))) {
      errs.push(forbidden('spec', "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"));
    }
    return errs;
  },
};
