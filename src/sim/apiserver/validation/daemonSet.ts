/** apps/v1 DaemonSet (ValidateDaemonSet, ValidateDaemonSetUpdate): the workload selector rules and a rolling update that can make progress. */
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import { invalid, notSupported, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { goIntOrString, goSyntax } from './goSyntax';
import { nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import { forKind } from './statefulSet';
import type { KindValidation } from './types';
import { nonNegative, validateSelectorAndTemplate, validateSelectorImmutable } from './workloadSelector';

const isZero = (v: number | string | undefined) => (typeof v === 'string' ? parseInt(v, 10) === 0 : (v ?? 0) === 0);

function validateDaemonSetSpec(ds: DaemonSet): FieldError[] {
  const spec: Partial<NonNullable<DaemonSet['spec']>> = ds.spec ?? {};
  const errs = [...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'), ...forKind(validateSelectorAndTemplate(spec.selector, spec.template, 'spec'), 'daemonset')];
  const type = spec.updateStrategy?.type ?? 'RollingUpdate';
  if (type !== 'RollingUpdate' && type !== 'OnDelete') errs.push(notSupported('spec.updateStrategy.type', type, ['OnDelete', 'RollingUpdate']));
  const ru = spec.updateStrategy?.rollingUpdate;
  if (type === 'RollingUpdate' && ru && isZero(ru.maxUnavailable) && isZero(ru.maxSurge)) {
    errs.push(invalid('spec.updateStrategy.rollingUpdate.maxUnavailable', goSyntax(goIntOrString(ru.maxUnavailable ?? 0)), 'may not be 0 when `maxSurge` is 0'));
  }
  return errs;
}

export const daemonSetValidation: KindValidation = {
  validateCreate(obj: KubeObject) {
    const ds = obj as DaemonSet;
    return [...validateObjectMeta(ds.metadata, true, nameIsDNSSubdomain), ...validateDaemonSetSpec(ds)];
  },
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [ds, prev] = [obj as DaemonSet, old as DaemonSet];
    return [...validateObjectMetaUpdate(ds.metadata, prev.metadata), ...validateDaemonSetSpec(ds), ...validateSelectorImmutable(ds.spec?.selector, prev.spec?.selector, 'spec')];
  },
};
