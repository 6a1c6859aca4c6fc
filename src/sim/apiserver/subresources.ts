/**
 * Subresources that are not plain status writes: pods/binding (the scheduler's decision),
 * pods/eviction (drain), scale, and pods/log (proxied to the kubelet that runs the pod).
 */
import { rfc3339 } from '../../common/time';
import * as errors from '../api/errors';
import type { KubeObject, Stored } from '../api/types';
import type { ExecOptions, ExecResult, LogOptions, NodeServer, WriteOptions } from '../client/types';
import type { ApiServer, Target } from './apiServer';
import { evict } from './eviction';
import { strategyFor } from './registry';


const success = (code: number): KubeObject => ({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code });

export function getScale(api: ApiServer, t: Target, name: string): KubeObject {
  const obj = api.get(t, name);
  const mapping = strategyFor(t.key).scale;
  if (!mapping) throw errors.notFound(t.info, name);
  const r = mapping.replicas(obj);
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name, namespace: obj.metadata.namespace, uid: obj.metadata.uid, resourceVersion: obj.metadata.resourceVersion, creationTimestamp: obj.metadata.creationTimestamp },
    spec: { replicas: r.spec },
    status: { replicas: r.status, selector: r.selector },
  };
}

export function createSubresource(api: ApiServer, t: Target, name: string, sub: string, body: KubeObject, opts: WriteOptions): KubeObject {
  if (t.key === 'pods' && sub === 'binding') return bind(api, t, name, body, opts);
  if (t.key === 'pods' && sub === 'eviction') return evict(api, t, name, body);
  throw errors.methodNotAllowed();
}

function bind(api: ApiServer, t: Target, name: string, binding: KubeObject, opts: WriteOptions): KubeObject {
  const pod = api.get(t, name);
  const nodeName = (binding.target as { name?: string } | undefined)?.name ?? '';
  const spec = pod.spec as { nodeName?: string };
  const conflict = (why: string) => errors.conflict({ group: '', resource: 'pods/binding' }, name, why);
  if (pod.metadata.deletionTimestamp) throw conflict(`pod ${name} is being deleted, cannot be assigned to a host`);
  if (spec.nodeName) throw conflict(`pod ${name} is already assigned to node "${spec.nodeName}"`);
  if (opts.dryRun) return success(201);
  // Only spec.nodeName and one condition change: share the rest of the frozen pod.
  const status = (pod.status ?? {}) as { conditions?: { type: string }[] };
  const conditions = [
    ...(status.conditions ?? []).filter((c) => c.type !== 'PodScheduled'),
    { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: rfc3339(api.clock.now()) },
  ];
  const next = { ...pod, metadata: { ...pod.metadata }, spec: { ...(pod.spec as object), nodeName }, status: { ...status, conditions } } as KubeObject;
  api.store.update(t.key, next);
  return success(201);
}


export function readLogs(api: ApiServer, nodeServers: Map<string, NodeServer>, t: Target, name: string, opts: LogOptions): string {
  const pod = api.get(t, name) as Stored & { spec?: { nodeName?: string; containers?: { name: string }[]; initContainers?: { name: string }[]; ephemeralContainers?: { name: string }[] } };
  const containers = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? []), ...(pod.spec?.ephemeralContainers ?? [])].map((c) => c.name);
  if (opts.container && !containers.includes(opts.container)) {
    throw errors.badRequest(`container ${opts.container} is not valid for pod ${name}`);
  }
  const server = pod.spec?.nodeName ? nodeServers.get(pod.spec.nodeName) : undefined;
  if (!server) {
    const container = opts.container ?? pod.spec?.containers?.[0]?.name ?? '';
    throw errors.badRequest(`container "${container}" in pod "${name}" is waiting to start: ContainerCreating`);
  }
  return server.logs(t.namespace, name, opts);
}

/** pods/exec: only a running container can run a command; the kubelet does the rest. */
export function execInPod(api: ApiServer, nodeServers: Map<string, NodeServer>, t: Target, name: string, opts: ExecOptions): ExecResult {
  const pod = api.get(t, name) as Stored & { spec?: { nodeName?: string }; status?: { phase?: string } };
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') {
    throw errors.badRequest(`cannot exec into a container in a completed pod; current phase is ${phase}`);
  }
  const server = pod.spec?.nodeName ? nodeServers.get(pod.spec.nodeName) : undefined;
  if (!server?.exec) throw errors.badRequest(`pod ${name} does not have a host assigned`);
  return server.exec(t.namespace, name, opts);
}
