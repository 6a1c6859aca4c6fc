/**
 * What the kubelet prepares before it can create a container: volume contents (ConfigMaps,
 * Secrets, projected service-account tokens, downward API) and the environment, failing with
 * the kubelet's wording when something referenced is missing.
 */
import type { Container, EnvVar, ObjectFieldSelector, Pod, ResourceFieldSelector, Volume } from 'kubernetes-types/core/v1';
import { cpuMilli, parseQuantity } from './quantity';

export interface ObjectLookup {
  /** ConfigMap `data` (and decoded `binaryData`) in the pod's namespace, or undefined if absent. */
  configMap(name: string): Record<string, string> | undefined;
  /** Secret data, base64-decoded, in the pod's namespace, or undefined if absent. */
  secret(name: string): Record<string, string> | undefined;
  /**
   * Files of a writable volume (emptyDir, hostPath, a claim's PersistentVolume) as its backing
   * store holds them, or why it cannot be mounted yet. Absent: such volumes start empty.
   */
  volumeData?(volume: Volume): Record<string, string> | string;
}

export interface PodNetworkInfo {
  hostIP: string;
  podIP: string;
}

export type VolumeFiles = Record<string, Record<string, string>>;

const rootCA = '-----BEGIN CERTIFICATE-----\nMIIDBjCCAe6gAwIBAgIBATANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwptaW5p\na3ViZUNBMB4XDTI0MDEwMTAwMDAwMFoXDTM0MDEwMTAwMDAwMFowFTETMBEGA1UE\n-----END CERTIFICATE-----\n';

function pick(data: Record<string, string>, items: { key: string; path: string }[] | undefined, missing: (key: string) => string): Record<string, string> | string {
  if (!items) return { ...data };
  const out: Record<string, string> = {};
  for (const { key, path } of items) {
    if (!(key in data)) return missing(key);
    out[path] = data[key];
  }
  return out;
}

function fieldValue(pod: Pod, ref: ObjectFieldSelector, net: PodNetworkInfo): string {
  const path = ref.fieldPath;
  const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (label) return (label[1] === 'labels' ? pod.metadata?.labels : pod.metadata?.annotations)?.[label[2]] ?? '';
  const map: Record<string, string | undefined> = {
    'metadata.name': pod.metadata?.name,
    'metadata.namespace': pod.metadata?.namespace,
    'metadata.uid': pod.metadata?.uid,
    'spec.nodeName': pod.spec?.nodeName,
    'spec.serviceAccountName': pod.spec?.serviceAccountName,
    'status.hostIP': net.hostIP,
    'status.hostIPs': net.hostIP,
    'status.podIP': net.podIP,
    'status.podIPs': net.podIP,
  };
  return map[path] ?? '';
}

function resourceValue(pod: Pod, containerName: string | undefined, ref: ResourceFieldSelector): string {
  const c = pod.spec?.containers.find((x) => x.name === (ref.containerName ?? containerName));
  const [kind, res] = ref.resource.split('.') as ['limits' | 'requests', string];
  const raw = c?.resources?.[kind]?.[res] as string | undefined;
  const divisor = parseQuantity(ref.divisor as string | undefined) ?? 1;
  if (res === 'cpu') return String(Math.ceil((cpuMilli(raw) ?? (kind === 'limits' ? 2000 : 0)) / 1000 / divisor));
  return String(Math.ceil((parseQuantity(raw) ?? 0) / divisor));
}

function labelsFile(m: Record<string, string> | undefined): string {
  return Object.entries(m ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}="${v}"`)
    .join('\n');
}

function volumeContent(pod: Pod, v: Volume, lookup: ObjectLookup, net: PodNetworkInfo): Record<string, string> | string {
  if (v.configMap) {
    const data = lookup.configMap(v.configMap.name ?? '');
    if (!data) return v.configMap.optional ? {} : `configmap "${v.configMap.name}" not found`;
    return pick(data, v.configMap.items, (k) => `configmap references non-existent config key: ${k}`);
  }
  if (v.secret) {
    const data = lookup.secret(v.secret.secretName ?? '');
    if (!data) return v.secret.optional ? {} : `secret "${v.secret.secretName}" not found`;
    return pick(data, v.secret.items, (k) => `references non-existent secret key: ${k}`);
  }
  if (v.downwardAPI) {
    const out: Record<string, string> = {};
    for (const item of v.downwardAPI.items ?? []) {
      if (item.fieldRef?.fieldPath === 'metadata.labels') out[item.path] = labelsFile(pod.metadata?.labels);
      else if (item.fieldRef?.fieldPath === 'metadata.annotations') out[item.path] = labelsFile(pod.metadata?.annotations);
      else if (item.fieldRef) out[item.path] = fieldValue(pod, item.fieldRef, net);
      else if (item.resourceFieldRef) out[item.path] = resourceValue(pod, undefined, item.resourceFieldRef);
    }
    return out;
  }
  if (v.projected) {
    const out: Record<string, string> = {};
    for (const s of v.projected.sources ?? []) {
      if (s.serviceAccountToken) out[s.serviceAccountToken.path] = `eyJhbGciOiJSUzI1NiIsImtpZCI6Im1pbmlrdWJlIn0.${pod.metadata?.uid ?? ''}.c2lt`;
      if (s.downwardAPI) Object.assign(out, volumeContent(pod, { name: v.name, downwardAPI: s.downwardAPI }, lookup, net));
      if (s.configMap) {
        // kube-root-ca.crt is published into every namespace; the playground may not run that controller.
        const data = lookup.configMap(s.configMap.name ?? '') ?? (s.configMap.name === 'kube-root-ca.crt' ? { 'ca.crt': rootCA } : undefined);
        if (!data) {
          if (s.configMap.optional) continue;
          return `configmap "${s.configMap.name}" not found`;
        }
        const got = pick(data, s.configMap.items, (k) => `configmap references non-existent config key: ${k}`);
        if (typeof got === 'string') return got;
        Object.assign(out, got);
      }
      if (s.secret) {
        const data = lookup.secret(s.secret.name ?? '');
        if (!data) {
          if (s.secret.optional) continue;
          return `secret "${s.secret.name}" not found`;
        }
        Object.assign(out, data);
      }
    }
    return out;
  }
  if (v.emptyDir || v.hostPath || v.persistentVolumeClaim) return lookup.volumeData?.(v) ?? {};
  return {};
}

/** Mounts every volume; the first failure is what the FailedMount event reports. */
export function mountVolumes(pod: Pod, lookup: ObjectLookup, net: PodNetworkInfo): { files: VolumeFiles } | { volume: string; error: string } {
  const files: VolumeFiles = {};
  for (const v of pod.spec?.volumes ?? []) {
    const content = volumeContent(pod, v, lookup, net);
    if (typeof content === 'string') return { volume: v.name, error: content };
    files[v.name] = content;
  }
  return { files };
}

/** The container's view of its volumes: mountPath/file → content. */
export function containerFiles(container: Container, volumes: VolumeFiles, imageFiles: Record<string, string> | undefined): Record<string, string> {
  const fs: Record<string, string> = { ...imageFiles };
  for (const m of container.volumeMounts ?? []) {
    const content = volumes[m.name] ?? {};
    const base = m.mountPath.replace(/\/$/, '');
    // A mount hides what the image had at that path (nginx's welcome page under a volume).
    for (const path of Object.keys(imageFiles ?? {})) if (path === base || path.startsWith(`${base}/`)) delete fs[path];
    for (const [rel, text] of Object.entries(content)) {
      if (m.subPath) {
        if (rel === m.subPath) fs[base] = text;
      } else fs[rel === '' ? base : `${base}/${rel}`] = text;
    }
    // An empty volume is still a directory (`test -d`, `ls`): kept as an empty-directory entry.
    if (!m.subPath && Object.keys(content).length === 0) fs[`${base}/`] = '';
  }
  return fs;
}

/** Kubernetes `$(VAR)` expansion in env values, command and args; `$$` escapes. */
export function expandKubeVars(s: string, vars: Record<string, string>): string {
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (whole, name: string | undefined) => {
    if (!name) return '$';
    return name in vars ? vars[name] : whole;
  });
}

function envVarValue(pod: Pod, container: Container, e: EnvVar, lookup: ObjectLookup, net: PodNetworkInfo, vars: Record<string, string>): string | { error: string } | undefined {
  const ns = pod.metadata?.namespace ?? 'default';
  if (e.value !== undefined) return expandKubeVars(e.value, vars);
  const from = e.valueFrom;
  if (!from) return '';
  if (from.configMapKeyRef) {
    const { name = '', key, optional } = from.configMapKeyRef;
    const data = lookup.configMap(name);
    if (!data) return optional ? undefined : { error: `configmap "${name}" not found` };
    if (!(key in data)) return optional ? undefined : { error: `couldn't find key ${key} in ConfigMap ${ns}/${name}` };
    return data[key];
  }
  if (from.secretKeyRef) {
    const { name = '', key, optional } = from.secretKeyRef;
    const data = lookup.secret(name);
    if (!data) return optional ? undefined : { error: `secret "${name}" not found` };
    if (!(key in data)) return optional ? undefined : { error: `couldn't find key ${key} in Secret ${ns}/${name}` };
    return data[key];
  }
  if (from.fieldRef) return fieldValue(pod, from.fieldRef, net);
  if (from.resourceFieldRef) return resourceValue(pod, container.name, from.resourceFieldRef);
  return '';
}

/**
 * The container environment in runtime order: image ENV, HOSTNAME, envFrom, env, the service
 * variables, HOME. Fails with the CreateContainerConfigError message.
 */
export function containerEnv(
  pod: Pod,
  container: Container,
  imageEnv: [string, string][],
  serviceEnv: [string, string][],
  lookup: ObjectLookup,
  net: PodNetworkInfo,
): { env: [string, string][] } | { error: string } {
  const own: Record<string, string> = {};
  for (const src of container.envFrom ?? []) {
    const name = src.configMapRef?.name ?? src.secretRef?.name ?? '';
    const data = src.configMapRef ? lookup.configMap(name) : lookup.secret(name);
    if (!data) {
      if (src.configMapRef?.optional || src.secretRef?.optional) continue;
      return { error: `${src.configMapRef ? 'configmap' : 'secret'} "${name}" not found` };
    }
    for (const [k, v] of Object.entries(data)) own[`${src.prefix ?? ''}${k}`] = v;
  }
  const svc = Object.fromEntries(serviceEnv);
  for (const e of container.env ?? []) {
    const v = envVarValue(pod, container, e, lookup, net, { ...svc, ...own });
    if (typeof v === 'object') return v;
    if (v !== undefined) own[e.name] = v;
  }
  const merged = new Map<string, string>(imageEnv);
  merged.set('HOSTNAME', pod.spec?.hostname ?? pod.metadata?.name ?? '');
  for (const [k, v] of Object.entries(own)) merged.set(k, v);
  for (const [k, v] of serviceEnv) if (!(k in own)) merged.set(k, v);
  if (!merged.has('HOME')) merged.set('HOME', '/root');
  return { env: [...merged] };
}
