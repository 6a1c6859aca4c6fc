/**
 * The Docker-links-style variables the kubelet injects for every Service visible to a pod
 * (`WEB_SERVICE_HOST`, `WEB_PORT_80_TCP_ADDR` …), plus the `kubernetes` Service from default.
 */
import type { Service } from 'kubernetes-types/core/v1';

const envName = (name: string) => name.toUpperCase().replace(/-/g, '_');

export function serviceEnvironment(namespaceServices: Service[], defaultServices: Service[]): [string, string][] {
  const byName = new Map<string, Service>();
  for (const s of [...defaultServices, ...namespaceServices]) byName.set(s.metadata?.name ?? '', s);
  const out: [string, string][] = [];
  for (const svc of [...byName.values()].sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''))) {
    const ip = svc.spec?.clusterIP;
    if (!ip || ip === 'None' || !svc.spec?.ports?.length) continue;
    const prefix = envName(svc.metadata?.name ?? '');
    const first = svc.spec.ports[0];
    out.push([`${prefix}_SERVICE_HOST`, ip], [`${prefix}_SERVICE_PORT`, String(first.port)]);
    for (const p of svc.spec.ports) if (p.name) out.push([`${prefix}_SERVICE_PORT_${envName(p.name)}`, String(p.port)]);
    const proto = (first.protocol ?? 'TCP').toLowerCase();
    out.push([`${prefix}_PORT`, `${proto}://${ip}:${first.port}`]);
    for (const p of svc.spec.ports) {
      const pr = (p.protocol ?? 'TCP').toUpperCase();
      const base = `${prefix}_PORT_${p.port}_${pr}`;
      out.push([base, `${pr.toLowerCase()}://${ip}:${p.port}`], [`${base}_PROTO`, pr.toLowerCase()], [`${base}_PORT`, String(p.port)], [`${base}_ADDR`, ip]);
    }
  }
  return out;
}
