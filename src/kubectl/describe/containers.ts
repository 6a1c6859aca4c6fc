/** The Containers / Init Containers sections of pod and pod template descriptions. */
import type { Container, ContainerPort, ContainerState, ContainerStatus, EnvVar, Pod, Probe, ResourceRequirements } from 'kubernetes-types/core/v1';
import { canonicalQuantity, parseQuantity, quantityMilliValue, quantityValue } from './quantity';
import { compare, printBool, rfc1123z, stringOrNone } from './format';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefixWriter';

/** Resolves `fieldRef` env values against the pod (EnvValueRetriever); absent for templates. */
export type EnvResolver = (env: EnvVar) => string;

export function describeContainers(
  label: string,
  containers: Container[],
  statuses: ContainerStatus[] | undefined,
  resolve: EnvResolver | undefined,
  w: PrefixWriter,
  space: string,
): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]));
  w.write(LEVEL_0, `${space}${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
  for (const container of containers) {
    const status = byName.get(container.name);
    describeBasicInfo(container, status, space, w);
    describeCommand(container, w);
    if (status) describeContainerState(status, w);
    describeResources(container.resources, w, LEVEL_2);
    describeProbes(container, w);
    if ((container.envFrom ?? []).length > 0) describeEnvFrom(container, w);
    describeEnv(container, resolve, w);
    describeMounts(container, w);
  }
}

function describeBasicInfo(c: Container, status: ContainerStatus | undefined, space: string, w: PrefixWriter): void {
  w.write(LEVEL_1, `${space ? ' ' : ''}${c.name}:\n`);
  if (status) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ''}\n`);
  w.write(LEVEL_2, `Image:\t${c.image ?? ''}\n`);
  if (status) w.write(LEVEL_2, `Image ID:\t${status.imageID ?? ''}\n`);
  const ports = portList(c.ports, (p) => p.containerPort);
  if (ports.includes(',')) w.write(LEVEL_2, `Ports:\t${ports}\n`);
  else w.write(LEVEL_2, `Port:\t${stringOrNone(ports)}\n`);
  const hostPorts = portList(c.ports, (p) => p.hostPort ?? 0);
  if (hostPorts.includes(',')) w.write(LEVEL_2, `Host Ports:\t${hostPorts}\n`);
  else w.write(LEVEL_2, `Host Port:\t${stringOrNone(hostPorts)}\n`);
}

function portList(ports: ContainerPort[] | undefined, pick: (p: ContainerPort) => number): string {
  return (ports ?? []).map((p) => `${pick(p)}/${p.protocol ?? ''}`).join(', ');
}

function describeCommand(c: Container, w: PrefixWriter): void {
  for (const [title, parts] of [
    ['Command', c.command],
    ['Args', c.args],
  ] as const) {
    if (!parts || parts.length === 0) continue;
    w.write(LEVEL_2, `${title}:\n`);
    for (const part of parts) for (const line of part.split('\n')) w.write(LEVEL_3, `${line}\n`);
  }
}

function describeContainerState(status: ContainerStatus, w: PrefixWriter): void {
  describeState('State', status.state, w);
  if (status.lastState?.terminated) describeState('Last State', status.lastState, w);
  w.write(LEVEL_2, `Ready:\t${printBool(status.ready)}\n`);
  w.write(LEVEL_2, `Restart Count:\t${status.restartCount ?? 0}\n`);
}

function describeState(name: string, state: ContainerState | undefined, w: PrefixWriter): void {
  if (state?.running) {
    w.write(LEVEL_2, `${name}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123z(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(LEVEL_2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if ((t.signal ?? 0) > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(LEVEL_3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
  }
}

/** Limits then Requests, resource names sorted. */
export function describeResources(resources: ResourceRequirements | undefined, w: PrefixWriter, level: number): void {
  for (const [title, list] of [
    ['Limits', resources?.limits],
    ['Requests', resources?.requests],
  ] as const) {
    const names = Object.keys(list ?? {}).sort(compare);
    if (names.length === 0) continue;
    w.write(level, `${title}:\n`);
    for (const name of names) w.write(level + 1, `${name}:\t${canonicalQuantity(list![name])}\n`);
  }
}

function describeProbes(c: Container, w: PrefixWriter): void {
  if (c.livenessProbe) w.write(LEVEL_2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
  if (c.readinessProbe) w.write(LEVEL_2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
  if (c.startupProbe) w.write(LEVEL_2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
}

/** DescribeProbe: `http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function describeProbe(p: Probe): string {
  const attrs =
    `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 0}s period=${p.periodSeconds ?? 0}s ` +
    `#success=${p.successThreshold ?? 0} #failure=${p.failureThreshold ?? 0}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const scheme = (p.httpGet.scheme ?? '').toLowerCase();
    const port = String(p.httpGet.port ?? '');
    const host = port ? joinHostPort(p.httpGet.host ?? '', port) : (p.httpGet.host ?? '');
    return `http-get ${scheme ? `${scheme}://` : '//'}${host}${p.httpGet.path ?? ''} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function describeEnvFrom(c: Container, w: PrefixWriter): void {
  w.write(LEVEL_2, 'Environment Variables from:\n');
  for (const e of c.envFrom ?? []) {
    const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : '';
    const ref = e.configMapRef ?? e.secretRef;
    const optional = ref?.optional === true;
    const source = e.prefix ? `${from} with prefix '${e.prefix}'` : from;
    w.write(LEVEL_3, `${ref?.name ?? ''}\t${source}\tOptional: ${optional}\n`);
  }
}

function describeEnv(c: Container, resolve: EnvResolver | undefined, w: PrefixWriter): void {
  const env = c.env ?? [];
  w.write(LEVEL_2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`);
  for (const e of env) {
    const from = e.valueFrom;
    if (!from) {
      (e.value ?? '').split('\n').forEach((line, i) => w.write(LEVEL_3, i === 0 ? `${e.name}:\t${line}\n` : `\t${line}\n`));
    } else if (from.fieldRef) {
      const value = resolve ? resolve(e) : '';
      w.write(LEVEL_3, `${e.name}:\t${value} (${from.fieldRef.apiVersion ?? ''}:${from.fieldRef.fieldPath})\n`);
    } else if (from.resourceFieldRef) {
      w.write(LEVEL_3, `${e.name}:\t${resourceFieldValue(c, from.resourceFieldRef.resource)} (${from.resourceFieldRef.resource})\n`);
    } else if (from.secretKeyRef) {
      const ref = from.secretKeyRef;
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${ref.key}' in secret '${ref.name ?? ''}'>\tOptional: ${ref.optional === true}\n`);
    } else if (from.configMapKeyRef) {
      const ref = from.configMapKeyRef;
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${ref.key}' of config map '${ref.name ?? ''}'>\tOptional: ${ref.optional === true}\n`);
    }
  }
}

/**
 * The container's own limit or request in the downward API's units (whole cores rounded up,
 * bytes); an unset cpu/memory limit reads "node allocatable".
 */
function resourceFieldValue(c: Container, resource: string): string {
  const [kind, name] = resource.split('.');
  const list = kind === 'limits' ? c.resources?.limits : c.resources?.requests;
  const quantity = parseQuantity(list?.[name]);
  const value = name === 'cpu' ? Math.ceil(quantityMilliValue(quantity) / 1000) : quantityValue(quantity);
  if (value === 0 && kind === 'limits' && (name === 'cpu' || name === 'memory')) return 'node allocatable';
  return String(value);
}

function describeMounts(c: Container, w: PrefixWriter): void {
  const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => compare(a.mountPath, b.mountPath));
  w.write(LEVEL_2, `Mounts:${mounts.length === 0 ? '\t<none>' : ''}\n`);
  for (const m of mounts) {
    const flags = [m.readOnly ? 'ro' : 'rw'];
    if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`);
    w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
  }
}

/** EnvValueRetriever for the common downward-API fields. */
export function envValueRetriever(pod: Pod): EnvResolver {
  return (e) => {
    const path = e.valueFrom?.fieldRef?.fieldPath ?? '';
    const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
    if (label) return (label[1] === 'labels' ? pod.metadata?.labels : pod.metadata?.annotations)?.[label[2]] ?? '';
    const fields: Record<string, string | undefined> = {
      'metadata.name': pod.metadata?.name,
      'metadata.namespace': pod.metadata?.namespace,
      'metadata.uid': pod.metadata?.uid,
      'spec.nodeName': pod.spec?.nodeName,
      'spec.serviceAccountName': pod.spec?.serviceAccountName,
      'status.hostIP': pod.status?.hostIP,
      'status.podIP': pod.status?.podIP,
    };
    return fields[path] ?? '';
  };
}
