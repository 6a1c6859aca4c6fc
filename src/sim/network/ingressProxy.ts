/**
 * ingress-nginx's proxy step: route by Host and path, then pass the request to one of the backend
 * Service's endpoints directly (ingress-nginx balances over endpoints itself, not via the
 * ClusterIP). No route: its 404 page; no endpoints: 503; a refused upstream: 502; a dropped one: 504.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { ClusterView } from './clusterView';
import { routeIngress, servedIngresses } from './ingressRouter';
import { httpDate, nginxErrorPage } from './responseHeaders';
import type { ServiceProxy } from './serviceProxy';
import type { HttpRequest, HttpResponse, Outcome } from './types';

/** minikube's and MicroK8s' add-ons both run this image; its pods are where ingress traffic lands. */
export const CONTROLLER_REPOSITORY = 'registry.k8s.io/ingress-nginx/controller';

export function isIngressController(pod: Pod): boolean {
  return pod.spec?.containers.some((c) => (c.image ?? '').split('@')[0].replace(/:[^/]*$/, '') === CONTROLLER_REPOSITORY) ?? false;
}

/** nginx drops the upstream's Server and Date and sends its own connection headers. */
function relayed(upstream: HttpResponse, now: number): HttpResponse {
  const skip = new Set(['server', 'date', 'connection', 'content-type', 'content-length', 'transfer-encoding', 'keep-alive']);
  const type = upstream.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  const headers: [string, string][] = [['Date', httpDate(now)], ...(type ? [['Content-Type', type] as [string, string]] : []), ['Content-Length', String(upstream.body.length)], ['Connection', 'keep-alive'], ...upstream.headers.filter(([k]) => !skip.has(k.toLowerCase()))];
  return { ...upstream, headers };
}

export function proxyIngress(view: ClusterView, proxy: ServiceProxy, controller: Pod, req: HttpRequest, forward: (pod: Pod, port: number, path: string) => Outcome, now: number): HttpResponse {
  const ingresses = servedIngresses(view.ingresses(), view.ingressClasses());
  const host = req.headers.Host ?? req.host;
  const r = routeIngress(ingresses, host, req.path);
  if (!r?.backend.service) return nginxErrorPage(404, now);
  const ns = r.ingress.metadata?.namespace ?? 'default';
  const svc = view.service(ns, r.backend.service.name);
  const want = r.backend.service.port;
  const port = svc?.spec?.ports?.find((p) => (want?.name !== undefined ? p.name === want.name : p.port === want?.number));
  if (!svc || !port) return nginxErrorPage(503, now);
  const backend = proxy.pick({ service: svc, port, frontend: 'clusterIP' }, controller.status?.podIP ?? '', now);
  const pod = backend?.pod ? view.pod(backend.namespace ?? ns, backend.pod) : undefined;
  if (!backend || !pod) return nginxErrorPage(503, now);
  const out = forward(pod, backend.port, r.path);
  if (out.kind === 'response') return relayed(out.response, now);
  return nginxErrorPage(out.kind === 'timeout' ? 504 : 502, now);
}
