/**
 * After names change (prefix, suffix, content hash), fields that refer to an object by name
 * follow it: pod volumes and env sources to ConfigMaps and Secrets, Ingress backends to
 * Services, role bindings to roles and service accounts, autoscalers to their targets — a
 * subset of kustomize's nameReference configuration. A reference is only rewritten when it
 * names an object of this build in the referrer's namespace.
 */
import { POD_SPEC_PATHS } from './defaultConfig';
import { visitPath } from './fieldPath';
import { gvkOf, nameOf, namespaceOf } from './resources';
import type { IsNamespaced } from './transformers';
import type { Resource } from './types';

interface Referral {
  /** Referrer kind ('' for any). */
  kind: string;
  path: string;
}

const podSpec = (...paths: string[]): Referral[] => POD_SPEC_PATHS.flatMap(([kind, base]) => paths.map((p) => ({ kind, path: `${base}/${p}` })));

const CONTAINERS = ['containers', 'initContainers', 'ephemeralContainers'];

/** Referenced kind → the fields that name it. */
const NAME_REFERENCES: Record<string, Referral[]> = {
  ConfigMap: [
    ...podSpec('volumes/configMap/name', 'volumes/projected/sources/configMap/name'),
    ...podSpec(...CONTAINERS.flatMap((c) => [`${c}/env/valueFrom/configMapKeyRef/name`, `${c}/envFrom/configMapRef/name`])),
  ],
  Secret: [
    ...podSpec('volumes/secret/secretName', 'volumes/projected/sources/secret/name', 'imagePullSecrets/name'),
    ...podSpec(...CONTAINERS.flatMap((c) => [`${c}/env/valueFrom/secretKeyRef/name`, `${c}/envFrom/secretRef/name`])),
    { kind: 'Ingress', path: 'spec/tls/secretName' },
    { kind: 'ServiceAccount', path: 'imagePullSecrets/name' },
    { kind: 'ServiceAccount', path: 'secrets/name' },
  ],
  Service: [
    { kind: 'Ingress', path: 'spec/rules/http/paths/backend/service/name' },
    { kind: 'Ingress', path: 'spec/defaultBackend/service/name' },
    { kind: 'Ingress', path: 'spec/rules/http/paths/backend/serviceName' },
    { kind: 'Ingress', path: 'spec/backend/serviceName' },
    { kind: 'StatefulSet', path: 'spec/serviceName' },
    { kind: 'APIService', path: 'spec/service/name' },
  ],
  ServiceAccount: [...podSpec('serviceAccountName'), { kind: 'RoleBinding', path: 'subjects/name' }, { kind: 'ClusterRoleBinding', path: 'subjects/name' }],
  Role: [{ kind: 'RoleBinding', path: 'roleRef/name' }],
  ClusterRole: [{ kind: 'RoleBinding', path: 'roleRef/name' }, { kind: 'ClusterRoleBinding', path: 'roleRef/name' }],
  PersistentVolumeClaim: podSpec('volumes/persistentVolumeClaim/claimName'),
  PersistentVolume: [{ kind: 'PersistentVolumeClaim', path: 'spec/volumeName' }],
  StorageClass: [
    { kind: 'PersistentVolumeClaim', path: 'spec/storageClassName' },
    { kind: 'PersistentVolume', path: 'spec/storageClassName' },
    { kind: 'StatefulSet', path: 'spec/volumeClaimTemplates/spec/storageClassName' },
  ],
  PriorityClass: podSpec('priorityClassName'),
  IngressClass: [{ kind: 'Ingress', path: 'spec/ingressClassName' }],
  Deployment: [{ kind: 'HorizontalPodAutoscaler', path: 'spec/scaleTargetRef/name' }],
  StatefulSet: [{ kind: 'HorizontalPodAutoscaler', path: 'spec/scaleTargetRef/name' }],
  ReplicaSet: [{ kind: 'HorizontalPodAutoscaler', path: 'spec/scaleTargetRef/name' }],
  ReplicationController: [{ kind: 'HorizontalPodAutoscaler', path: 'spec/scaleTargetRef/name' }],
};

const effective = (ns: unknown) => (typeof ns === 'string' && ns !== '' ? ns : 'default');

/** The object of `kind` that `value` names, seen from `referrer` (and the map holding the field). */
function referral(resources: readonly Resource[], kind: string, value: string, referrer: Resource, holder: Record<string, unknown>, isNamespaced: IsNamespaced): Resource | undefined {
  if (typeof holder.kind === 'string' && holder.kind !== kind) return undefined;
  const candidates = resources.filter((r) => gvkOf(r.object).kind === kind && r.previousNames.includes(value));
  if (candidates.length === 0) return undefined;
  if (!isNamespaced(gvkOf(candidates[0].object))) return candidates[0];
  const wanted = 'namespace' in holder ? effective(holder.namespace) : isNamespaced(gvkOf(referrer.object)) ? effective(namespaceOf(referrer)) : undefined;
  return wanted === undefined ? candidates[0] : candidates.find((r) => effective(namespaceOf(r)) === wanted);
}

export function fixNameReferences(resources: readonly Resource[], isNamespaced: IsNamespaced): void {
  for (const referrer of resources) {
    const referrerKind = gvkOf(referrer.object).kind;
    for (const [kind, referrals] of Object.entries(NAME_REFERENCES)) {
      for (const { path } of referrals.filter((x) => x.kind === referrerKind)) {
        const segments = path.split('/');
        const holderPath = segments.slice(0, -1).join('/');
        const field = segments[segments.length - 1];
        const visitHolder = (holder: Record<string, unknown>) => {
          const value = holder[field];
          if (typeof value !== 'string') return;
          const target = referral(resources, kind, value, referrer, holder, isNamespaced);
          if (target) holder[field] = nameOf(target);
        };
        visitPath(referrer.object as Record<string, unknown>, holderPath, false, (parent, key) => {
          const holder = parent[key];
          for (const h of Array.isArray(holder) ? holder : [holder]) {
            if (typeof h === 'object' && h !== null) visitHolder(h as Record<string, unknown>);
          }
        });
      }
    }
  }
}
