/**
 * Views of the kinds the graph draws around workloads: claims and volumes (storage), Ingresses
 * (routing to Services) and HorizontalPodAutoscalers (scaling a workload). Only what an edge or a
 * box label needs.
 */
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import type { PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { Ingress, IngressBackend } from 'kubernetes-types/networking/v1';
import { formatHPAMetric } from '../../kubectl/printers';
import type { Stored } from '../../sim';
import type { AutoscalerView, ClaimView, IngressPathView, IngressView, OwnerView, VolumeView } from './clusterViews';

type Base = { uid: string; name: string; namespace: string; labels: Record<string, string>; owners: OwnerView[] };

export function podClaims(pod: Pod): string[] | undefined {
  const claims = (pod.spec?.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : []));
  return claims.length ? claims : undefined;
}

export function claimView(base: Base, pvc: Stored<PersistentVolumeClaim>): ClaimView {
  const capacity = pvc.status?.capacity?.storage ?? pvc.spec?.resources?.requests?.storage ?? '';
  return { ...base, kind: 'PersistentVolumeClaim', phase: pvc.status?.phase ?? 'Pending', volumeName: pvc.spec?.volumeName ?? '', capacity: String(capacity) };
}

export function volumeView(base: Base, pv: Stored<PersistentVolume>): VolumeView {
  return { ...base, kind: 'PersistentVolume', phase: pv.status?.phase ?? 'Pending', capacity: String(pv.spec?.capacity?.storage ?? ''), claimUid: pv.spec?.claimRef?.uid ?? '' };
}

export function ingressView(base: Base, ing: Stored<Ingress>): IngressView {
  const backends = [ing.spec?.defaultBackend, ...(ing.spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend))];
  const services = [...new Set(backends.flatMap((b) => (b?.service ? [b.service.name] : [])))].sort();
  const hosts = [...new Set((ing.spec?.rules ?? []).map((r) => r.host ?? '').filter(Boolean))];
  const route = (host: string, path: string, b: IngressBackend | undefined): IngressPathView[] => {
    const svc = b?.service;
    return svc ? [{ host, path, service: svc.name, port: String(svc.port?.number ?? svc.port?.name ?? '') }] : [];
  };
  const paths = [
    ...(ing.spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).flatMap((p) => route(r.host ?? '', p.path ?? '', p.backend))),
    ...route('', '', ing.spec?.defaultBackend),
  ];
  return { ...base, kind: 'Ingress', services, hosts, paths };
}

export function autoscalerView(base: Base, hpa: Stored<HorizontalPodAutoscaler>): AutoscalerView {
  const ref = hpa.spec?.scaleTargetRef;
  return {
    ...base,
    kind: 'HorizontalPodAutoscaler',
    target: { kind: ref?.kind ?? '', name: ref?.name ?? '' },
    currentReplicas: hpa.status?.currentReplicas ?? 0,
    desiredReplicas: hpa.status?.desiredReplicas ?? 0,
    minReplicas: hpa.spec?.minReplicas ?? 1,
    maxReplicas: hpa.spec?.maxReplicas ?? 0,
    // Paired by index, as kubectl pairs spec.metrics with status.currentMetrics.
    metrics: (hpa.spec?.metrics ?? []).map((m, i) => formatHPAMetric(m, hpa.status?.currentMetrics?.[i])),
  };
}
