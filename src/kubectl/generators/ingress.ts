/**
 * `kubectl create ingress NAME --rule=host/path=svc:port[,tls[=secret]] …`, as
 * pkg/cmd/create/create_ingress.go builds it: rules for one host share one IngressRule, a path
 * ending in `*` is a Prefix match (the `*` dropped), anything else Exact; a numeric port is a
 * port number, otherwise a port name; each host enters TLS once, grouped by secret.
 */
import type { HTTPIngressPath, Ingress, IngressBackend, IngressRule, IngressSpec, IngressTLS } from 'kubernetes-types/networking/v1';
import { KubectlError } from '../cmdutil/errors';
import { messages } from '../messages';
import { ZERO_TIME } from './meta';

export interface IngressParams {
  name: string;
  rules: string[];
  ingressClass: string;
  defaultBackend: string;
  annotations: string[];
  namespace?: string;
}

const RULE = /^([\w*\-.]*)(\/[^=]*)=([\w-]+):([\w-]+)(,(tls)(=([\w-]+))?)?$/;

export function validateIngress(p: IngressParams): void {
  if (!p.defaultBackend && p.rules.length === 0) throw new KubectlError(messages.ingressNeedsRuleOrBackend);
  for (const rule of p.rules) if (!RULE.test(rule)) throw new KubectlError(messages.ingressInvalidRule(rule));
  for (const a of p.annotations) if (!a.includes('=')) throw new KubectlError(messages.ingressInvalidAnnotation(a));
  if (p.defaultBackend && p.defaultBackend.split(':').length !== 2) throw new KubectlError(messages.ingressInvalidBackend);
}

function backend(service: string): IngressBackend {
  const [name, port] = service.split(':');
  return { service: { name, port: /^-?\d+$/.test(port) ? { number: Number(port) } : { name: port } } };
}

function httpPath(pathService: string): HTTPIngressPath {
  const [rawPath, service] = pathService.split('=');
  let path = `/${rawPath}`;
  let pathType = 'Exact';
  if (path.endsWith('*')) {
    pathType = 'Prefix';
    path = path.slice(0, -1);
  }
  return { path, pathType, backend: backend(service) };
}

function ingressRules(rules: readonly string[]): IngressRule[] {
  const out: IngressRule[] = [];
  for (const rule of rules) {
    const withoutTls = rule.split(',')[0];
    const slash = withoutTls.indexOf('/');
    const host = withoutTls.slice(0, slash);
    const path = httpPath(withoutTls.slice(slash + 1));
    const existing = out.find((r) => (r.host ?? '') === host);
    if (existing) existing.http?.paths.push(path);
    else out.push({ ...(host ? { host } : {}), http: { paths: [path] } });
  }
  return out;
}

function tlsRules(rules: readonly string[]): IngressTLS[] {
  const seen = new Set<string>();
  const out: IngressTLS[] = [];
  for (const rule of rules) {
    const parts = rule.split(',');
    if (parts.length === 1) continue;
    const host = parts[0].split('=')[0].split('/')[0];
    const secret = parts[1].split('=')[1] ?? '';
    if (seen.has(host) || (!host && !secret)) continue;
    seen.add(host);
    const bySecret = out.find((t) => (t.secretName ?? '') === secret);
    if (bySecret) (bySecret.hosts ??= []).push(host);
    else out.push({ ...(host ? { hosts: [host] } : {}), ...(secret ? { secretName: secret } : {}) });
  }
  return out;
}

export function generateIngress(p: IngressParams): Ingress {
  const annotations = Object.fromEntries(p.annotations.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
  const spec: IngressSpec = {};
  if (p.ingressClass) spec.ingressClassName = p.ingressClass;
  if (p.defaultBackend) spec.defaultBackend = backend(p.defaultBackend);
  const tls = tlsRules(p.rules);
  if (tls.length) spec.tls = tls;
  const rules = ingressRules(p.rules);
  if (rules.length) spec.rules = rules;
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: p.name,
      ...(p.namespace ? { namespace: p.namespace } : {}),
      ...(Object.keys(annotations).length ? { annotations } : {}),
      creationTimestamp: ZERO_TIME,
    },
    spec,
    status: { loadBalancer: {} },
  };
}
