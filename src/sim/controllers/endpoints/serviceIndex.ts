/** Finds the Services whose selectors pick a pod, so pod changes wake the right keys. */
import type { Pod, Service } from 'kubernetes-types/core/v1';
import { matches, selectorFromSet } from '../../api/labels';
import type { Informer } from '../../client/informer';
import { keyOf } from '../../client/informer';

export function servicesSelecting(services: Informer<Service>, pod: Pod): string[] {
  const ns = pod.metadata?.namespace ?? '';
  return services
    .list(ns)
    .filter((s) => s.spec?.selector && Object.keys(s.spec.selector).length && matches(selectorFromSet(s.spec.selector), pod.metadata?.labels))
    .map(keyOf);
}

export function podsSelectedBy(pods: Informer<Pod>, svc: Service): Pod[] {
  const sel = selectorFromSet(svc.spec?.selector ?? {});
  return pods.list(svc.metadata?.namespace ?? '').filter((p) => matches(sel, p.metadata?.labels));
}
