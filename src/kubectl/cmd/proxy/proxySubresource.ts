/**
 * The `proxy` subresources behind `kubectl proxy`: `/api/v1/namespaces/NS/pods/NAME[:PORT]/proxy/…`
 * and `/api/v1/namespaces/NS/services/[SCHEME:]NAME[:PORT]/proxy/…`. The API server dials the pod
 * itself (a Service: one of its ready endpoints) and relays the answer; a failed dial is a 503
 * Status worded like the API server's proxy handler.
 */
import type { Endpoints, Pod, Service } from 'kubernetes-types/core/v1';
import { isApiError } from '../../../sim';
import type { KubectlContext, ProxyResponse } from '../../context';

const ENDPOINTS = { group: '', version: 'v1', resource: 'endpoints' };
const PODS = { group: '', version: 'v1', resource: 'pods' };
const SERVICES = { group: '', version: 'v1', resource: 'services' };

const status = (code: number, reason: string, message: string): ProxyResponse => ({
  status: code,
  contentType: 'application/json',
  body: `${JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code }, null, 2)}\n`,
});

const unavailable = (message: string) => status(503, 'ServiceUnavailable', message);

/** `NAME`, `NAME:PORT` or `SCHEME:NAME:PORT` (net.SplitSchemeNamePort). */
function splitSchemeNamePort(id: string): { name: string; port: string } {
  const parts = id.split(':');
  if (parts.length === 3) return { name: parts[1], port: parts[2] };
  return { name: parts[0], port: parts[1] ?? '' };
}

function dial(ctx: KubectlContext, namespace: string, pod: string, port: number, method: string, path: string): ProxyResponse {
  const r = ctx.dialPod?.(namespace, pod, port, method, path) ?? { error: `dial tcp: lookup ${pod}: no such host` };
  return 'error' in r ? unavailable(`error trying to reach service: ${r.error}`) : r;
}

/** pods/proxy: a numeric port, else the first declared container port, else 80. */
function podProxy(ctx: KubectlContext, namespace: string, id: string, method: string, path: string): ProxyResponse {
  const { name, port } = splitSchemeNamePort(id);
  const pod = ctx.client.get<Pod>(PODS, name, { namespace });
  const declared = pod.spec?.containers.flatMap((c) => c.ports ?? [])[0]?.containerPort;
  const number = port ? Number(port) : (declared ?? 80);
  if (!Number.isInteger(number)) return status(400, 'BadRequest', `invalid port "${port}"`);
  return dial(ctx, namespace, name, number, method, path);
}

/** services/proxy: the endpoint port named like the Service port asked for (by number or name). */
function serviceProxy(ctx: KubectlContext, namespace: string, id: string, method: string, path: string): ProxyResponse {
  const { name, port } = splitSchemeNamePort(id);
  const svc = ctx.client.get<Service>(SERVICES, name, { namespace });
  const byNumber = svc.spec?.ports?.find((p) => String(p.port) === port);
  const portName = byNumber ? (byNumber.name ?? '') : port;
  let eps: Endpoints | undefined;
  try {
    eps = ctx.client.get<Endpoints>(ENDPOINTS, name, { namespace });
  } catch (e) {
    if (!isApiError(e)) throw e;
  }
  for (const subset of eps?.subsets ?? []) {
    const epPort = subset.ports?.find((p) => (p.name ?? '') === portName);
    const address = subset.addresses?.find((a) => a.targetRef?.kind === 'Pod');
    if (epPort && address?.targetRef?.name) return dial(ctx, address.targetRef.namespace ?? namespace, address.targetRef.name, epPort.port, method, path);
  }
  return unavailable(`no endpoints available for service "${name}"`);
}

/** Answers a `…/proxy/…` path, or undefined when `path` is not one. */
export function serveProxySubresource(ctx: KubectlContext, method: string, path: string): ProxyResponse | undefined {
  const m = /^\/api\/v1\/namespaces\/([^/]+)\/(pods|services)\/([^/]+)\/proxy(\/.*)?$/.exec(path.split('?')[0]);
  if (!m) return undefined;
  const query = path.includes('?') ? path.slice(path.indexOf('?')) : '';
  const [, namespace, resource, id, rest] = m;
  const target = `${rest ?? '/'}${query}`;
  try {
    return resource === 'pods' ? podProxy(ctx, namespace, id, method, target) : serviceProxy(ctx, namespace, id, method, target);
  } catch (e) {
    if (isApiError(e)) return status(e.status.code ?? 500, e.status.reason ?? 'InternalError', e.status.message ?? '');
    throw e;
  }
}
