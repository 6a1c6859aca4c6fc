/**
 * ValidatePodSpec: the rules shared by Pods and pod templates. Field paths are relative to the
 * caller's `path` (`spec` for a Pod, `spec.template.spec` for a Deployment).
 */
import type { PodSpec } from 'kubernetes-types/core/v1';
import { invalid, notSupported, required, type FieldError } from '../../api/fieldErrors';
import { validateContainers, validateInitContainers } from './containers';
import { inclusiveRangeError, isDNS1123Label, isDNS1123Subdomain } from './names';
import { validateLabels } from './objectMeta';
import { validateTolerations } from './tolerations';
import { validateVolumes } from './volumes';

const MAX_INT32 = 2147483647;

function validateEnum(value: string | undefined, path: string, supported: string[]): FieldError[] {
  if (!value) return [required(path)];
  return supported.includes(value) ? [] : [notSupported(path, value, supported)];
}

function validateNames(spec: PodSpec, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const check = (value: string | undefined, field: string, fn: (v: string) => string[]) => {
    if (value) errs.push(...fn(value).map((msg) => invalid(`${path}.${field}`, value, msg)));
  };
  check(spec.serviceAccountName, 'serviceAccountName', isDNS1123Subdomain);
  check(spec.nodeName, 'nodeName', isDNS1123Subdomain);
  check(spec.hostname, 'hostname', isDNS1123Label);
  check(spec.subdomain, 'subdomain', isDNS1123Label);
  check(spec.priorityClassName, 'priorityClassName', isDNS1123Subdomain);
  return errs;
}

export function validatePodSpec(spec: PodSpec | undefined, path: string): FieldError[] {
  const s: PodSpec = spec ?? { containers: [] };
  const { names: volumes, errs } = validateVolumes(s.volumes, `${path}.volumes`);
  errs.push(...validateContainers(s.containers, volumes, `${path}.containers`));
  errs.push(...validateInitContainers(s.initContainers, s.containers, volumes, `${path}.initContainers`));
  errs.push(...validateEnum(s.restartPolicy, `${path}.restartPolicy`, ['Always', 'OnFailure', 'Never']));
  errs.push(...validateEnum(s.dnsPolicy, `${path}.dnsPolicy`, ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None']));
  errs.push(...validateLabels(s.nodeSelector, `${path}.nodeSelector`));
  if (s.dnsPolicy === 'None' && !s.dnsConfig) errs.push(required(`${path}.dnsConfig`, 'must provide `dnsConfig` when `dnsPolicy` is None'));
  errs.push(...validateNames(s, path));
  const deadline = s.activeDeadlineSeconds;
  if (deadline !== undefined && (deadline < 1 || deadline > MAX_INT32)) {
    errs.push(invalid(`${path}.activeDeadlineSeconds`, deadline, inclusiveRangeError(1, MAX_INT32)));
  }
  errs.push(...validateTolerations(s.tolerations, `${path}.tolerations`));
  if (s.preemptionPolicy !== undefined) {
    errs.push(...validateEnum(s.preemptionPolicy, `${path}.preemptionPolicy`, ['PreemptLowerPriority', 'Never']));
  }
  return errs;
}
