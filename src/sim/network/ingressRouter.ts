/**
 * How ingress-nginx maps a request to a backend: one nginx `server` per host (exact hosts before
 * wildcards before the catch-all), inside it the longest matching path (`Exact` before `Prefix`
 * at equal length), then the Ingress's `defaultBackend`, then the controller's own 404.
 */
import type { Ingress, IngressBackend, IngressClass } from 'kubernetes-types/networking/v1';

export const INGRESS_CONTROLLER = 'k8s.io/ingress-nginx';
const DEFAULT_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';
const NGINX = 'nginx.ingress.kubernetes.io/';

export interface IngressRoute {
  ingress: Ingress;
  backend: IngressBackend;
  /** The path the backend receives (after `rewrite-target`). */
  path: string;
}

interface Candidate {
  ingress: Ingress;
  backend: IngressBackend;
  path: string;
  pathType: string;
}

/** Ingresses this controller serves: its class by name or legacy annotation, or none when nginx is the default class. */
export function servedIngresses(ingresses: Ingress[], classes: IngressClass[]): Ingress[] {
  const ours = classes.filter((c) => c.spec?.controller === INGRESS_CONTROLLER);
  const names = new Set(ours.map((c) => c.metadata?.name ?? ''));
  const isDefault = ours.some((c) => c.metadata?.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true');
  return ingresses.filter((i) => {
    const cls = i.spec?.ingressClassName ?? i.metadata?.annotations?.['kubernetes.io/ingress.class'];
    return cls === undefined ? isDefault : names.has(cls);
  });
}

function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) {
    const rest = pattern.slice(1);
    return host.endsWith(rest) && !host.slice(0, -rest.length).includes('.') && host.length > rest.length;
  }
  return pattern === host;
}

function usesRegex(ing: Ingress): boolean {
  const a = ing.metadata?.annotations ?? {};
  return a[`${NGINX}use-regex`] === 'true' || a[`${NGINX}rewrite-target`] !== undefined;
}

/** Undefined: no match; otherwise the path the backend sees. */
function matchPath(c: Candidate, path: string): string | undefined {
  const rewrite = c.ingress.metadata?.annotations?.[`${NGINX}rewrite-target`];
  if (usesRegex(c.ingress) && c.pathType !== 'Exact') {
    const re = new RegExp(`^${c.path}`, 'i');
    const m = re.exec(path);
    if (!m) return undefined;
    return rewrite === undefined ? path : rewrite.replace(/\$(\d)/g, (_s, n: string) => m[Number(n)] ?? '');
  }
  if (c.pathType === 'Exact') return path === c.path ? path : undefined;
  if (c.pathType === 'ImplementationSpecific') return path.startsWith(c.path) ? path : undefined;
  const prefix = c.path.replace(/\/+$/, '');
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`) ? path : undefined;
}

function candidates(ingresses: Ingress[], host: string): Candidate[] {
  const ruleSets = [
    (h: string | undefined) => h !== undefined && !h.startsWith('*.') && hostMatches(h, host),
    (h: string | undefined) => h !== undefined && h.startsWith('*.') && hostMatches(h, host),
    (h: string | undefined) => h === undefined || h === '',
  ];
  for (const wanted of ruleSets) {
    const found: Candidate[] = [];
    for (const ingress of ingresses) {
      for (const rule of ingress.spec?.rules ?? []) {
        if (!wanted(rule.host)) continue;
        for (const p of rule.http?.paths ?? []) found.push({ ingress, backend: p.backend, path: p.path ?? '/', pathType: p.pathType ?? 'ImplementationSpecific' });
      }
    }
    if (found.length) return found;
  }
  return [];
}

/** The route for a request, or undefined for the controller's 404. */
export function routeIngress(ingresses: Ingress[], hostHeader: string, pathWithQuery: string): IngressRoute | undefined {
  const host = hostHeader.replace(/:\d+$/, '').toLowerCase();
  const [path, query] = pathWithQuery.split('?');
  const withQuery = (p: string) => (query === undefined ? p : `${p}?${query}`);
  const ranked = candidates(ingresses, host).sort((a, b) => b.path.length - a.path.length || Number(b.pathType === 'Exact') - Number(a.pathType === 'Exact'));
  for (const c of ranked) {
    const target = matchPath(c, path);
    if (target !== undefined) return { ingress: c.ingress, backend: c.backend, path: withQuery(target) };
  }
  const fallback = ingresses.find((i) => i.spec?.defaultBackend && (i.spec.rules ?? []).some((r) => r.host && hostMatches(r.host, host))) ?? ingresses.find((i) => i.spec?.defaultBackend);
  return fallback ? { ingress: fallback, backend: fallback.spec!.defaultBackend!, path: pathWithQuery } : undefined;
}
