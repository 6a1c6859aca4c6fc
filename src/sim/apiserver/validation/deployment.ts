/** apps/v1 Deployment (ValidateDeployment, ValidateDeploymentUpdate and the strategy's selector rule). */
import type { Deployment, DeploymentStrategy } from 'kubernetes-types/apps/v1';
import { forbidden, invalid, notSupported, required, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { goIntOrString, goSyntax } from './goSyntax';
import { isValidPercent, nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { KindValidation } from './types';
import { nonNegative, validateSelectorAndTemplate, validateSelectorImmutable } from './workloadSelector';

type IntOrPercent = number | string | undefined;

function validatePositiveIntOrPercent(v: IntOrPercent, path: string): FieldError[] {
  if (typeof v === 'string') return isValidPercent(v).map((msg) => invalid(path, goSyntax(goIntOrString(v)), msg));
  return nonNegative(v, path);
}

/** A percentage's number, or the integer; what Go's getIntOrPercentValue compares with 0. */
const intOrPercentValue = (v: IntOrPercent) => (typeof v === 'string' ? parseInt(v, 10) || 0 : (v ?? 0));

function validateRollingUpdate(ru: NonNullable<DeploymentStrategy['rollingUpdate']>, path: string): FieldError[] {
  const errs = [
    ...validatePositiveIntOrPercent(ru.maxUnavailable, `${path}.maxUnavailable`),
    ...validatePositiveIntOrPercent(ru.maxSurge, `${path}.maxSurge`),
  ];
  if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0) {
    errs.push(invalid(`${path}.maxUnavailable`, goSyntax(goIntOrString(ru.maxUnavailable)), 'may not be 0 when `maxSurge` is 0'));
  }
  if (typeof ru.maxUnavailable === 'string' && isValidPercent(ru.maxUnavailable).length === 0 && intOrPercentValue(ru.maxUnavailable) > 100) {
    errs.push(invalid(`${path}.maxUnavailable`, goSyntax(goIntOrString(ru.maxUnavailable)), 'must not be greater than 100%'));
  }
  return errs;
}

/** Go prints a set rollingUpdate as a pointer address; any fixed one stands in for it. */
function goDeploymentStrategy(s: DeploymentStrategy): string {
  const ru = s.rollingUpdate ? '(*apps.RollingUpdateDeployment)(0xc000b1c2d0)' : '(*apps.RollingUpdateDeployment)(nil)';
  return `apps.DeploymentStrategy{Type:${JSON.stringify(s.type ?? '')}, RollingUpdate:${ru}}`;
}

function validateStrategy(strategy: DeploymentStrategy | undefined, path: string): FieldError[] {
  const s = strategy ?? {};
  if (s.type === 'Recreate') {
    return s.rollingUpdate ? [forbidden(`${path}.rollingUpdate`, "may not be specified when strategy `type` is 'Recreate'")] : [];
  }
  if (s.type === 'RollingUpdate') {
    return s.rollingUpdate ? validateRollingUpdate(s.rollingUpdate, `${path}.rollingUpdate`) : [required(`${path}.rollingUpdate`, 'this should be defaulted and never be nil')];
  }
  return [notSupported(path, goSyntax(goDeploymentStrategy(s)), ['Recreate', 'RollingUpdate'])];
}

function validateDeploymentSpec(d: Deployment): FieldError[] {
  const spec: Partial<NonNullable<Deployment['spec']>> = d.spec ?? {};
  const errs = [
    ...nonNegative(spec.replicas, 'spec.replicas'),
    ...validateSelectorAndTemplate(spec.selector, spec.template, 'spec'),
    ...validateStrategy(spec.strategy, 'spec.strategy'),
    ...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'),
  ];
  if (spec.revisionHistoryLimit !== undefined) errs.push(...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  const deadline = spec.progressDeadlineSeconds;
  if (deadline !== undefined) {
    errs.push(...nonNegative(deadline, 'spec.progressDeadlineSeconds'));
    if (deadline <= (spec.minReadySeconds ?? 0)) errs.push(invalid('spec.progressDeadlineSeconds', deadline, 'must be greater than minReadySeconds'));
  }
  return errs;
}

export const deploymentValidation: KindValidation = {
  validateCreate(obj: KubeObject) {
    const d = obj as Deployment;
    return [...validateObjectMeta(d.metadata, true, nameIsDNSSubdomain), ...validateDeploymentSpec(d)];
  },
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [d, prev] = [obj as Deployment, old as Deployment];
    return [
      ...validateObjectMetaUpdate(d.metadata, prev.metadata),
      ...validateDeploymentSpec(d),
      ...validateSelectorImmutable(d.spec?.selector, prev.spec?.selector, 'spec'),
    ];
  },
};
