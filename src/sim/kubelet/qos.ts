/** The pod QoS class, by the rules of pkg/apis/core/v1/helper/qos. */
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { parseQuantity } from './quantity';

export function qosClass(pod: Pod): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers: Container[] = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = (c.resources?.requests ?? {}) as Record<string, string>;
    const lim = (c.resources?.limits ?? {}) as Record<string, string>;
    for (const r of ['cpu', 'memory']) {
      const rq = parseQuantity(req[r] ?? lim[r]);
      const lm = parseQuantity(lim[r]);
      if (rq || lm) any = true;
      if (lm === undefined || rq !== lm) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
