/**
 * SetDefaults_Pod: on top of the pod spec defaults, requests default to limits, service links are
 * on, and host-network pods expose their container ports on the host. Priority and the service
 * account volume come later, from admission.
 */
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types';
import { setDefaultsPodSpec } from './podSpec';

function defaultRequestsToLimits(c: Container): void {
  const limits = c.resources?.limits;
  if (!limits) return;
  const requests = (c.resources!.requests ??= {});
  for (const [name, q] of Object.entries(limits)) if (!(name in requests)) requests[name] = q;
}

export function setDefaultsPod(obj: KubeObject): void {
  const pod = obj as Pod;
  const spec = (pod.spec ??= { containers: [] });
  setDefaultsPodSpec(spec);
  const regular = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  regular.forEach(defaultRequestsToLimits);
  spec.enableServiceLinks ??= true;
  if (spec.hostNetwork) {
    for (const c of regular) for (const port of c.ports ?? []) port.hostPort ||= port.containerPort;
  }
}
