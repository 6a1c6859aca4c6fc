/**
 * The resources this cluster serves: what API discovery would answer. kubectl maps its
 * arguments (`po`, `deploy`, `deployments.apps`) through this table; the API server refuses
 * anything not in it, as a real cluster without that CRD does.
 */
import type { GroupVersionResource } from './types';

export interface ResourceInfo extends GroupVersionResource {
  kind: string;
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  /** `all` makes `kubectl get all` include it. */
  categories: string[];
  verbs: string[];
  subresources: string[];
}

const crud = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function info(
  group: string,
  version: string,
  resource: string,
  kind: string,
  namespaced: boolean,
  extra: Partial<Pick<ResourceInfo, 'shortNames' | 'categories' | 'verbs' | 'subresources'>> = {},
): ResourceInfo {
  return {
    group,
    version,
    resource,
    kind,
    singular: kind.toLowerCase(),
    namespaced,
    shortNames: extra.shortNames ?? [],
    categories: extra.categories ?? [],
    verbs: extra.verbs ?? crud,
    subresources: extra.subresources ?? [],
  };
}

export const NAMESPACES = info('', 'v1', 'namespaces', 'Namespace', false, { shortNames: ['ns'], subresources: ['status', 'finalize'] });
export const NODES = info('', 'v1', 'nodes', 'Node', false, { shortNames: ['no'], subresources: ['status', 'proxy'] });
export const PODS = info('', 'v1', 'pods', 'Pod', true, {
  shortNames: ['po'],
  categories: ['all'],
  subresources: ['status', 'binding', 'eviction', 'log', 'exec', 'portforward', 'ephemeralcontainers'],
});
export const SERVICES = info('', 'v1', 'services', 'Service', true, { shortNames: ['svc'], categories: ['all'], subresources: ['status', 'proxy'] });
export const ENDPOINTS = info('', 'v1', 'endpoints', 'Endpoints', true, { shortNames: ['ep'] });
export const EVENTS = info('', 'v1', 'events', 'Event', true, { shortNames: ['ev'] });
export const SERVICEACCOUNTS = info('', 'v1', 'serviceaccounts', 'ServiceAccount', true, { shortNames: ['sa'], subresources: ['token'] });
export const CONFIGMAPS = info('', 'v1', 'configmaps', 'ConfigMap', true, { shortNames: ['cm'] });
export const SECRETS = info('', 'v1', 'secrets', 'Secret', true);
export const REPLICASETS = info('apps', 'v1', 'replicasets', 'ReplicaSet', true, { shortNames: ['rs'], categories: ['all'], subresources: ['status', 'scale'] });
export const DEPLOYMENTS = info('apps', 'v1', 'deployments', 'Deployment', true, { shortNames: ['deploy'], categories: ['all'], subresources: ['status', 'scale'] });
export const ENDPOINTSLICES = info('discovery.k8s.io', 'v1', 'endpointslices', 'EndpointSlice', true);
export const LEASES = info('coordination.k8s.io', 'v1', 'leases', 'Lease', true);

export const REPLICATIONCONTROLLERS = info('', 'v1', 'replicationcontrollers', 'ReplicationController', true, { shortNames: ['rc'], categories: ['all'], subresources: ['status', 'scale'] });
export const PERSISTENTVOLUMECLAIMS = info('', 'v1', 'persistentvolumeclaims', 'PersistentVolumeClaim', true, { shortNames: ['pvc'], subresources: ['status'] });
export const PERSISTENTVOLUMES = info('', 'v1', 'persistentvolumes', 'PersistentVolume', false, { shortNames: ['pv'], subresources: ['status'] });
export const LIMITRANGES = info('', 'v1', 'limitranges', 'LimitRange', true, { shortNames: ['limits'] });
export const RESOURCEQUOTAS = info('', 'v1', 'resourcequotas', 'ResourceQuota', true, { shortNames: ['quota'], subresources: ['status'] });
export const CONTROLLERREVISIONS = info('apps', 'v1', 'controllerrevisions', 'ControllerRevision', true);
export const DAEMONSETS = info('apps', 'v1', 'daemonsets', 'DaemonSet', true, { shortNames: ['ds'], categories: ['all'], subresources: ['status'] });
export const STATEFULSETS = info('apps', 'v1', 'statefulsets', 'StatefulSet', true, { shortNames: ['sts'], categories: ['all'], subresources: ['status', 'scale'] });
export const HORIZONTALPODAUTOSCALERS = info('autoscaling', 'v2', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, {
  shortNames: ['hpa'],
  categories: ['all'],
  subresources: ['status'],
});
/** autoscaling/v1: served and converted (api/conversion), stored as v2. */
export const HORIZONTALPODAUTOSCALERS_V1 = info('autoscaling', 'v1', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, {
  shortNames: ['hpa'],
  categories: ['all'],
  subresources: ['status'],
});
export const CRONJOBS = info('batch', 'v1', 'cronjobs', 'CronJob', true, { shortNames: ['cj'], categories: ['all'], subresources: ['status'] });
export const JOBS = info('batch', 'v1', 'jobs', 'Job', true, { categories: ['all'], subresources: ['status'] });
export const INGRESSCLASSES = info('networking.k8s.io', 'v1', 'ingressclasses', 'IngressClass', false);
export const INGRESSES = info('networking.k8s.io', 'v1', 'ingresses', 'Ingress', true, { shortNames: ['ing'], subresources: ['status'] });
export const NETWORKPOLICIES = info('networking.k8s.io', 'v1', 'networkpolicies', 'NetworkPolicy', true, { shortNames: ['netpol'] });
export const PODDISRUPTIONBUDGETS = info('policy', 'v1', 'poddisruptionbudgets', 'PodDisruptionBudget', true, { shortNames: ['pdb'], subresources: ['status'] });
export const CLUSTERROLEBINDINGS = info('rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', 'ClusterRoleBinding', false);
export const CLUSTERROLES = info('rbac.authorization.k8s.io', 'v1', 'clusterroles', 'ClusterRole', false);
export const ROLEBINDINGS = info('rbac.authorization.k8s.io', 'v1', 'rolebindings', 'RoleBinding', true);
export const ROLES = info('rbac.authorization.k8s.io', 'v1', 'roles', 'Role', true);
export const PRIORITYCLASSES = info('scheduling.k8s.io', 'v1', 'priorityclasses', 'PriorityClass', false, { shortNames: ['pc'] });
export const STORAGECLASSES = info('storage.k8s.io', 'v1', 'storageclasses', 'StorageClass', false, { shortNames: ['sc'] });

export const PODTEMPLATES = info('', 'v1', 'podtemplates', 'PodTemplate', true);
export const MUTATINGWEBHOOKCONFIGURATIONS = info('admissionregistration.k8s.io', 'v1', 'mutatingwebhookconfigurations', 'MutatingWebhookConfiguration', false);
export const VALIDATINGADMISSIONPOLICIES = info('admissionregistration.k8s.io', 'v1', 'validatingadmissionpolicies', 'ValidatingAdmissionPolicy', false, { subresources: ['status'] });
export const VALIDATINGADMISSIONPOLICYBINDINGS = info('admissionregistration.k8s.io', 'v1', 'validatingadmissionpolicybindings', 'ValidatingAdmissionPolicyBinding', false);
export const VALIDATINGWEBHOOKCONFIGURATIONS = info('admissionregistration.k8s.io', 'v1', 'validatingwebhookconfigurations', 'ValidatingWebhookConfiguration', false);
export const CUSTOMRESOURCEDEFINITIONS = info('apiextensions.k8s.io', 'v1', 'customresourcedefinitions', 'CustomResourceDefinition', false, { shortNames: ['crd', 'crds'], subresources: ['status'] });
export const APISERVICES = info('apiregistration.k8s.io', 'v1', 'apiservices', 'APIService', false, { subresources: ['status'] });
export const CERTIFICATESIGNINGREQUESTS = info('certificates.k8s.io', 'v1', 'certificatesigningrequests', 'CertificateSigningRequest', false, { shortNames: ['csr'], subresources: ['status', 'approval'] });
export const FLOWSCHEMAS = info('flowcontrol.apiserver.k8s.io', 'v1', 'flowschemas', 'FlowSchema', false, { subresources: ['status'] });
export const PRIORITYLEVELCONFIGURATIONS = info('flowcontrol.apiserver.k8s.io', 'v1', 'prioritylevelconfigurations', 'PriorityLevelConfiguration', false, { subresources: ['status'] });
export const RUNTIMECLASSES = info('node.k8s.io', 'v1', 'runtimeclasses', 'RuntimeClass', false);
export const CSIDRIVERS = info('storage.k8s.io', 'v1', 'csidrivers', 'CSIDriver', false);
export const CSINODES = info('storage.k8s.io', 'v1', 'csinodes', 'CSINode', false);
export const VOLUMEATTACHMENTS = info('storage.k8s.io', 'v1', 'volumeattachments', 'VolumeAttachment', false, { subresources: ['status'] });

export const BUILTIN_RESOURCES: readonly ResourceInfo[] = [
  NAMESPACES,
  NODES,
  PODS,
  SERVICES,
  ENDPOINTS,
  EVENTS,
  SERVICEACCOUNTS,
  CONFIGMAPS,
  SECRETS,
  REPLICASETS,
  DEPLOYMENTS,
  ENDPOINTSLICES,
  LEASES,
  REPLICATIONCONTROLLERS,
  PERSISTENTVOLUMECLAIMS,
  PERSISTENTVOLUMES,
  LIMITRANGES,
  RESOURCEQUOTAS,
  CONTROLLERREVISIONS,
  DAEMONSETS,
  STATEFULSETS,
  HORIZONTALPODAUTOSCALERS,
  CRONJOBS,
  JOBS,
  INGRESSCLASSES,
  INGRESSES,
  NETWORKPOLICIES,
  PODDISRUPTIONBUDGETS,
  CLUSTERROLEBINDINGS,
  CLUSTERROLES,
  ROLEBINDINGS,
  ROLES,
  PRIORITYCLASSES,
  STORAGECLASSES,
  PODTEMPLATES,
  MUTATINGWEBHOOKCONFIGURATIONS,
  VALIDATINGADMISSIONPOLICIES,
  VALIDATINGADMISSIONPOLICYBINDINGS,
  VALIDATINGWEBHOOKCONFIGURATIONS,
  CUSTOMRESOURCEDEFINITIONS,
  APISERVICES,
  CERTIFICATESIGNINGREQUESTS,
  FLOWSCHEMAS,
  PRIORITYLEVELCONFIGURATIONS,
  RUNTIMECLASSES,
  CSIDRIVERS,
  CSINODES,
  VOLUMEATTACHMENTS,
];

/**
 * Versions served besides the preferred ones above. Discovery's preferred view (api-resources,
 * `get all`) leaves them out; mapping an apiVersion or `hpa.v1.autoscaling` still finds them.
 */
export const OTHER_VERSIONS: readonly ResourceInfo[] = [HORIZONTALPODAUTOSCALERS_V1];

/** The other versions of the resources in `resources`. */
export const otherVersionsOf = (resources: readonly ResourceInfo[]) => OTHER_VERSIONS.filter((o) => resources.some((r) => r.group === o.group && r.resource === o.resource));

export const apiVersionOf = (r: GroupVersionResource) => (r.group ? `${r.group}/${r.version}` : r.version);

/** The key a resource's collection is stored under: `pods`, `deployments.apps`. */
export const resourceKey = (r: { group: string; resource: string }) => (r.group ? `${r.resource}.${r.group}` : r.resource);

/** Finds a resource by apiVersion + kind, as decoding a manifest does. */
export function findByKind(resources: readonly ResourceInfo[], apiVersion: string, kind: string): ResourceInfo | undefined {
  const matches = (r: ResourceInfo) => r.kind === kind && apiVersionOf(r) === apiVersion;
  return resources.find(matches) ?? otherVersionsOf(resources).find(matches);
}

/**
 * Resolves what a user typed (`po`, `pods`, `pod`, `deploy`, `deployments.apps`, `Deployment`)
 * the way kubectl's RESTMapper does: exact plural, singular, short name, then kind, each
 * optionally qualified by group.
 */
export function resolveResource(resources: readonly ResourceInfo[], typed: string): ResourceInfo | undefined {
  const lower = typed.toLowerCase();
  const dot = lower.indexOf('.');
  const name = dot < 0 ? lower : lower.slice(0, dot);
  const groupPart = dot < 0 ? undefined : lower.slice(dot + 1);
  const matchesGroup = (r: ResourceInfo) =>
    groupPart === undefined || r.group === groupPart || `${r.version}.${r.group}` === groupPart || (groupPart === r.version && r.group === '');
  const preferred = resources.filter(matchesGroup);
  // Only a version spelled out (`hpa.v1.autoscaling`) reaches a non-preferred version.
  const candidates = preferred.length || groupPart === undefined ? preferred : otherVersionsOf(resources).filter(matchesGroup);
  return (
    candidates.find((r) => r.resource === name) ??
    candidates.find((r) => r.singular === name) ??
    candidates.find((r) => r.shortNames.includes(name)) ??
    candidates.find((r) => r.kind.toLowerCase() === name)
  );
}
