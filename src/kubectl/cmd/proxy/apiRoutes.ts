/**
 * What `kubectl proxy` relays: REST paths of the API server answered through the client —
 * `/api`, `/apis`, `/version`, collections and objects (`/api/v1/namespaces/default/pods`,
 * `/apis/apps/v1/deployments`, `…/pods/web`) — as indented JSON, the way the API server
 * answers curl — and the pods/services `proxy` subresources (proxySubresource.ts). Failures come
 * back as a metav1.Status with the API's code.
 */
import { isApiError, type ResourceInfo } from '../../sim';
import type { KubectlContext, ProxyResponse } from '../../context';
import { discovery } from '../../resource/builder';
import { refOf } from '../shared/refs';
import { RELEASE_INFO } from '../version/version';
import { serveProxySubresource } from './proxySubresource';

const json = (status: number, body: unknown): ProxyResponse => ({ status, contentType: 'application/json', body: `${JSON.stringify(body, null, 2)}\n` });

const notFound = () => json(404, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', details: {}, code: 404 });

function groupList(resources: readonly ResourceInfo[]): unknown {
  const groups = [...new Set(resources.filter((r) => r.group).map((r) => `${r.group}/${r.version}`))];
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups.map((gv) => {
      const [name, version] = gv.split('/');
      return { name, versions: [{ groupVersion: gv, version }], preferredVersion: { groupVersion: gv, version } };
    }),
  };
}

/** `/api/v1/…` or `/apis/GROUP/VERSION/…` → the resource, namespace and name it addresses. */
function parsePath(resources: readonly ResourceInfo[], parts: string[]): { info: ResourceInfo; namespace?: string; name?: string } | undefined {
  const [group, version, rest] = parts[0] === 'api' ? ['', parts[1], parts.slice(2)] : [parts[1], parts[2], parts.slice(3)];
  let namespace: string | undefined;
  let tail = rest;
  if (tail[0] === 'namespaces' && tail.length >= 3) {
    namespace = tail[1];
    tail = tail.slice(2);
  }
  const info = resources.find((r) => r.group === group && r.version === version && r.resource === tail[0]);
  if (!info || tail.length > 2) return undefined;
  return { info, namespace, name: tail[1] };
}

export function serveApi(ctx: KubectlContext, method: string, path: string): ProxyResponse {
  const resources = discovery(ctx);
  const clean = path.split('?')[0].replace(/\/+$/, '');
  if (method !== 'GET') return json(405, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the playground proxy only serves GET', reason: 'MethodNotAllowed', code: 405 });
  if (clean === '/version') return json(200, RELEASE_INFO);
  if (clean === '/api') return json(200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '192.168.49.2:8443' }] });
  if (clean === '/apis') return json(200, groupList(resources));
  const proxied = serveProxySubresource(ctx, method, path);
  if (proxied) return proxied;
  const parts = clean.split('/').filter(Boolean);
  if (parts[0] !== 'api' && parts[0] !== 'apis') return notFound();
  const target = parsePath(resources, parts);
  if (!target) return notFound();
  try {
    const { info, namespace, name } = target;
    if (name) return json(200, ctx.client.get(refOf(info), name, { namespace }));
    const list = ctx.client.list(refOf(info), { namespace });
    return json(200, { kind: `${info.kind}List`, apiVersion: info.group ? `${info.group}/${info.version}` : info.version, metadata: list.metadata, items: list.items });
  } catch (e) {
    if (isApiError(e)) return json(e.status.code ?? 500, e.status);
    throw e;
  }
}
