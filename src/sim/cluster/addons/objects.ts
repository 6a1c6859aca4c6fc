/**
 * Small builders for the manifests add-ons ship, and the apply/remove steps the add-on managers
 * run (minikube's `kubectl apply -f /etc/kubernetes/addons/…`, MicroK8s' enable scripts). What
 * was applied is returned so the tools can print kubectl's `kind.group/name created` lines.
 */
import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import { isApiError } from '../../api/errors';
import { BUILTIN_RESOURCES, type ResourceInfo } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import type { ClusterClient } from '../../client/types';
import { createWorkloadPods } from './workloadPods';

export type Labels = Record<string, string>;

export interface AppliedObject {
  object: KubeObject;
  /** kubectl's wording: `created`, or `unchanged` when it was already there; `failed` if refused. */
  outcome: 'created' | 'unchanged' | 'failed';
  /** The API server's message when it refused the object (kubectl prints it and goes on). */
  error?: string;
}

export const meta = (name: string, namespace?: string, labels?: Labels, annotations?: Labels) => ({
  name,
  ...(namespace ? { namespace } : {}),
  ...(labels ? { labels } : {}),
  ...(annotations ? { annotations } : {}),
});

export const namespace = (name: string, labels?: Labels): KubeObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: meta(name, undefined, labels) });

export const serviceAccount = (ns: string, name: string, labels?: Labels): KubeObject => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(name, ns, labels) });

export const configMap = (ns: string, name: string, data: Record<string, string>, labels?: Labels): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(name, ns, labels), data });

export const rbac = (kind: 'ClusterRole' | 'Role' | 'ClusterRoleBinding' | 'RoleBinding', name: string, ns: string | undefined, body: object, labels?: Labels): KubeObject => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind,
  metadata: meta(name, ns, labels),
  ...body,
});

/** A binding of `role` to one service account. */
export const binding = (kind: 'ClusterRoleBinding' | 'RoleBinding', name: string, ns: string | undefined, role: { kind: 'ClusterRole' | 'Role'; name: string }, sa: { name: string; namespace: string }, labels?: Labels): KubeObject =>
  rbac(kind, name, ns, { roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...role }, subjects: [{ kind: 'ServiceAccount', ...sa }] }, labels);

export interface WorkloadOptions {
  replicas?: number;
  podLabels?: Labels;
  spec?: Omit<PodSpec, 'containers'>;
}

function podTemplate(selector: Labels, containers: Container[], opts: WorkloadOptions) {
  return { metadata: { labels: { ...selector, ...opts.podLabels } }, spec: { ...opts.spec, containers } };
}

export function deployment(ns: string, name: string, labels: Labels, selector: Labels, containers: Container[], opts: WorkloadOptions = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(name, ns, labels),
    spec: { replicas: opts.replicas ?? 1, selector: { matchLabels: selector }, template: podTemplate(selector, containers, opts) },
  };
}

export function daemonSet(ns: string, name: string, labels: Labels, selector: Labels, containers: Container[], opts: WorkloadOptions = {}): KubeObject {
  return { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: meta(name, ns, labels), spec: { selector: { matchLabels: selector }, template: podTemplate(selector, containers, opts) } };
}

export function replicationController(ns: string, name: string, labels: Labels, selector: Labels, containers: Container[], opts: WorkloadOptions = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'ReplicationController', metadata: meta(name, ns, labels), spec: { replicas: opts.replicas ?? 1, selector, template: podTemplate(selector, containers, opts) } };
}

export interface ServicePortInput {
  name?: string;
  port: number;
  targetPort: number | string;
  nodePort?: number;
  protocol?: 'TCP' | 'UDP';
  appProtocol?: string;
}

export function service(ns: string, name: string, labels: Labels | undefined, selector: Labels, ports: ServicePortInput[], type = 'ClusterIP'): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(name, ns, labels),
    spec: { type, selector, ports: ports.map((p) => ({ protocol: 'TCP', ...p })) },
  };
}

export function resourceFor(obj: KubeObject): ResourceInfo | undefined {
  return BUILTIN_RESOURCES.find((r) => r.kind === obj.kind && (r.group ? `${r.group}/${r.version}` : r.version) === obj.apiVersion);
}

/** `deployment.apps/metrics-server`, as kubectl names what it applied. */
export function appliedName(obj: KubeObject): string {
  const r = resourceFor(obj);
  const kind = (obj.kind ?? '').toLowerCase();
  return `${r?.group ? `${kind}.${r.group}` : kind}/${obj.metadata?.name ?? ''}`;
}

/**
 * Creates each object in order, leaving existing ones alone (re-enabling an add-on is
 * idempotent). Kinds the API server does not serve (CRDs, APIService) are skipped: add-ons
 * only list what this cluster can hold. A ReplicationController gets its pods (see workloadPods).
 */
export function applyObjects(client: ClusterClient, objects: KubeObject[]): AppliedObject[] {
  const out: AppliedObject[] = [];
  for (const obj of objects) {
    const r = resourceFor(obj);
    if (!r) continue;
    try {
      const created = client.create(r, obj, { namespace: obj.metadata?.namespace });
      out.push({ object: created, outcome: 'created' });
      createWorkloadPods(client, created);
    } catch (e) {
      if (isApiError(e, 'AlreadyExists')) out.push({ object: obj, outcome: 'unchanged' });
      else if (isApiError(e, 'Invalid') || isApiError(e, 'Forbidden')) out.push({ object: obj, outcome: 'failed', error: (e as Error).message });
      else throw e;
    }
  }
  return out;
}

/** Deletes in reverse order (workloads before their namespace); already-gone objects are fine. */
export function removeObjects(client: ClusterClient, objects: KubeObject[]): KubeObject[] {
  const removed: KubeObject[] = [];
  for (const obj of [...objects].reverse()) {
    const r = resourceFor(obj);
    if (!r) continue;
    try {
      client.delete(r, obj.metadata?.name ?? '', { namespace: obj.metadata?.namespace, propagationPolicy: 'Background' });
      removed.unshift(obj);
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
  return removed;
}
