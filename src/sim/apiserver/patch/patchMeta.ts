/**
 * Strategic-merge metadata: the `patchStrategy` / `patchMergeKey` struct tags of k8s.io/api,
 * as a table per kind. A list without an entry here is atomic (a patch replaces it); a map
 * without an entry merges key by key. Only tagged fields and the structs leading to them are
 * listed — the tags are the whole story, e.g. tolerations, taints and Endpoints subsets carry
 * none and are replaced whole.
 */

export const DIRECTIVE = '$patch';
export const RETAIN_KEYS = '$retainKeys';
export const SET_ELEMENT_ORDER = '$setElementOrder/';
export const DELETE_FROM_PRIMITIVE_LIST = '$deleteFromPrimitiveList/';

export type PatchStrategy = 'merge' | 'replace' | 'retainKeys';

export interface PatchMeta {
  readonly strategies?: readonly PatchStrategy[];
  readonly mergeKey?: string;
  /** The fields of the value, or of each element for a list. */
  readonly fields?: PatchSchema;
}

export type PatchSchema = { readonly [field: string]: PatchMeta };

const struct = (fields: PatchSchema): PatchMeta => ({ fields });
const mergeBy = (mergeKey: string, fields?: PatchSchema): PatchMeta => ({ strategies: ['merge'], mergeKey, fields });
const mergeRetainingBy = (mergeKey: string): PatchMeta => ({ strategies: ['merge', 'retainKeys'], mergeKey });
/** A list of strings merged as a set (finalizers, podCIDRs). */
const mergeSet: PatchMeta = { strategies: ['merge'] };

const objectMeta = struct({ finalizers: mergeSet, ownerReferences: mergeBy('uid') });

const container: PatchSchema = {
  ports: mergeBy('containerPort'),
  env: mergeBy('name'),
  volumeMounts: mergeBy('mountPath'),
  volumeDevices: mergeBy('devicePath'),
};

const podSpec = struct({
  volumes: mergeRetainingBy('name'),
  initContainers: mergeBy('name', container),
  containers: mergeBy('name', container),
  ephemeralContainers: mergeBy('name', container),
  imagePullSecrets: mergeBy('name'),
  hostAliases: mergeBy('ip'),
  topologySpreadConstraints: mergeBy('topologyKey'),
  schedulingGates: mergeBy('name'),
  resourceClaims: mergeRetainingBy('name'),
});

const podStatus = struct({
  conditions: mergeBy('type'),
  podIPs: mergeBy('ip'),
  hostIPs: mergeBy('ip'),
  resourceClaimStatuses: mergeRetainingBy('name'),
});

const podTemplateSpec = struct({ metadata: objectMeta, spec: podSpec });
const conditionsStatus = struct({ conditions: mergeBy('type') });

/** A workload: metadata, a spec holding a pod template (plus `extra`), a status with conditions. */
const workload = (extra: PatchSchema = {}): PatchSchema => ({
  metadata: objectMeta,
  spec: struct({ template: podTemplateSpec, ...extra }),
  status: conditionsStatus,
});

const onlyMeta: PatchSchema = { metadata: objectMeta };

const SCHEMAS: Readonly<Record<string, PatchSchema>> = {
  Pod: { metadata: objectMeta, spec: podSpec, status: podStatus },
  PodTemplate: { metadata: objectMeta, template: podTemplateSpec },
  ReplicaSet: workload(),
  ReplicationController: workload(),
  Deployment: workload({ strategy: { strategies: ['retainKeys'] } }),
  StatefulSet: workload(),
  DaemonSet: workload(),
  Job: workload(),
  CronJob: {
    metadata: objectMeta,
    spec: struct({ jobTemplate: struct({ metadata: objectMeta, spec: struct({ template: podTemplateSpec }) }) }),
  },
  Service: { metadata: objectMeta, spec: struct({ ports: mergeBy('port') }), status: conditionsStatus },
  Node: {
    metadata: objectMeta,
    spec: struct({ podCIDRs: mergeSet }),
    status: struct({ conditions: mergeBy('type'), addresses: mergeBy('type') }),
  },
  Namespace: { metadata: objectMeta, status: conditionsStatus },
  ServiceAccount: { metadata: objectMeta, secrets: mergeBy('name') },
  PersistentVolumeClaim: { metadata: objectMeta, status: conditionsStatus },
  HorizontalPodAutoscaler: { metadata: objectMeta, status: conditionsStatus },
  PodDisruptionBudget: { metadata: objectMeta, spec: struct({ selector: { strategies: ['replace'] } }), status: conditionsStatus },
  Ingress: onlyMeta,
  IngressClass: onlyMeta,
  NetworkPolicy: onlyMeta,
  ConfigMap: onlyMeta,
  Secret: onlyMeta,
  Endpoints: onlyMeta,
  EndpointSlice: onlyMeta,
  Event: onlyMeta,
  Lease: onlyMeta,
  LimitRange: onlyMeta,
  ResourceQuota: onlyMeta,
  PersistentVolume: onlyMeta,
  StorageClass: onlyMeta,
  PriorityClass: onlyMeta,
  Role: onlyMeta,
  ClusterRole: onlyMeta,
  RoleBinding: onlyMeta,
  ClusterRoleBinding: onlyMeta,
};

/** The schema of a built-in kind; undefined for kinds the API server has no Go struct for (CRDs). */
export function patchSchemaForKind(kind: string): PatchSchema | undefined {
  return Object.hasOwn(SCHEMAS, kind) ? SCHEMAS[kind] : undefined;
}

/** Whether strategic merge patch applies, i.e. the kind is built in (kubectl apply's choice too). */
export function supportsStrategicMerge(kind: string): boolean {
  return patchSchemaForKind(kind) !== undefined;
}

/** The metadata of one field; own properties only, so a field called `constructor` is just a field. */
export const fieldMeta = (schema: PatchSchema, key: string): PatchMeta | undefined => (Object.hasOwn(schema, key) ? schema[key] : undefined);

/** The strategy in the tags, leaving out retainKeys (extractRetainKeysPatchStrategy). */
export function patchStrategy(meta: PatchMeta | undefined): 'merge' | 'replace' | undefined {
  return meta?.strategies?.find((s): s is 'merge' | 'replace' => s !== 'retainKeys');
}

export const retainsKeys = (meta: PatchMeta | undefined): boolean => meta?.strategies?.includes('retainKeys') ?? false;
