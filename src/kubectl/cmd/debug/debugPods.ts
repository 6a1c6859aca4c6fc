/**
 * What `kubectl debug` asks the API server for, as pure functions of the target and the options:
 * an ephemeral container for a running pod, a copy of a pod with a debug container (or changed
 * images), or a pod pinned to a node in the node's namespaces. Profiles then adjust privileges.
 */
import type { Container, EnvVar, EphemeralContainer, Pod, PodSpec } from 'kubernetes-types/core/v1';
import { clone } from '../../../common/objects';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';

export type DebugProfile = 'legacy' | 'general' | 'baseline' | 'restricted' | 'netadmin' | 'sysadmin';
export const DEBUG_PROFILES: readonly DebugProfile[] = ['legacy', 'general', 'baseline', 'restricted', 'netadmin', 'sysadmin'];

export interface DebugSpec {
  image: string;
  /** `-c`: the debug container's name, or the container of a copy to change. */
  container: string;
  args: string[];
  argsOnly: boolean;
  env: EnvVar[];
  pullPolicy: string;
  stdin: boolean;
  tty: boolean;
  target: string;
  profile: DebugProfile;
  /** A fresh 5-character suffix each time it is called (kubectl's utilrand.String). */
  suffix: () => string;
}

export interface CopySpec extends DebugSpec {
  copyTo: string;
  setImages: Record<string, string>;
  sameNode: boolean;
  shareProcesses: boolean;
  keep: { labels: boolean; annotations: boolean; liveness: boolean; readiness: boolean; startup: boolean; initContainers: boolean };
}

type Style = 'ephemeral' | 'podCopy' | 'node';

/** The fields every generated debug container shares. */
function debugContainerCommon(o: DebugSpec, name: string): Container {
  return {
    name,
    ...(o.env.length ? { env: o.env } : {}),
    image: o.image,
    ...(o.pullPolicy ? { imagePullPolicy: o.pullPolicy } : {}),
    ...(o.args.length ? (o.argsOnly ? { args: o.args } : { command: o.args }) : {}),
    ...(o.stdin ? { stdin: true } : {}),
    terminationMessagePolicy: 'File',
    ...(o.tty ? { tty: true } : {}),
  };
}

/** computeDebugContainerName: `debugger-xxxxx`, avoiding every name already in the pod. */
export function debugContainerName(pod: Pod, suffix: () => string): string {
  const spec = pod.spec;
  const taken = new Set([...(spec?.initContainers ?? []), ...(spec?.containers ?? []), ...(spec?.ephemeralContainers ?? [])].map((c) => c.name));
  let name = '';
  while (!name || taken.has(name)) name = `debugger-${suffix()}`;
  return name;
}

const addCapabilities = (c: Container, caps: string[]) => {
  c.securityContext = { ...c.securityContext, capabilities: { ...c.securityContext?.capabilities, add: caps } };
};

/** profiles.go: how each profile changes the pod and its debug container for each style of debugging. */
function applyProfile(profile: DebugProfile, style: Style, spec: PodSpec, c: Container): void {
  const node = style === 'node';
  if (node && profile !== 'restricted' && profile !== 'baseline') {
    spec.hostNetwork = true;
    spec.hostPID = true;
    spec.hostIPC = true;
  }
  if (node && profile !== 'netadmin' && profile !== 'restricted' && profile !== 'baseline') {
    spec.volumes = [...(spec.volumes ?? []), { name: 'host-root', hostPath: { path: '/' } }];
    c.volumeMounts = [...(c.volumeMounts ?? []), { mountPath: '/host', name: 'host-root' }];
  }
  if (style === 'podCopy' && profile !== 'legacy') spec.shareProcessNamespace = true;
  if (profile === 'general' && style !== 'node') addCapabilities(c, ['SYS_PTRACE']);
  if (profile === 'netadmin') addCapabilities(c, ['NET_ADMIN', 'NET_RAW']);
  if (profile === 'sysadmin') c.securityContext = { ...c.securityContext, privileged: true };
  if (profile === 'restricted') {
    c.securityContext = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } };
  }
}

/** generateDebugContainer: the ephemeral container to add to `pod`. */
export function ephemeralDebugContainer(pod: Pod, o: DebugSpec): { container: EphemeralContainer; defaulted: boolean } {
  const name = o.container || debugContainerName(pod, o.suffix);
  const container = debugContainerCommon(o, name);
  applyProfile(o.profile, 'ephemeral', { containers: [] }, container);
  return { container: { ...container, ...(o.target ? { targetContainerName: o.target } : {}) }, defaulted: !o.container };
}

function setImages(spec: PodSpec, images: Record<string, string>): void {
  for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
    const image = images[c.name] ?? images['*'];
    if (image) c.image = image;
  }
}

function dropProbes(spec: PodSpec, keep: CopySpec['keep']): void {
  for (const c of spec.containers) {
    if (!keep.liveness) delete c.livenessProbe;
    if (!keep.readiness) delete c.readinessProbe;
    if (!keep.startup) delete c.startupProbe;
  }
}

/**
 * generatePodCopyWithDebugContainer: the copy to create, and the container to attach to (empty
 * when only images changed). `-c NAME` naming an existing container changes that container.
 */
export function podCopy(pod: Pod, o: CopySpec): { pod: Pod; container: string; defaulted: boolean } {
  const spec = clone(pod.spec ?? { containers: [] });
  delete spec.ephemeralContainers;
  if (!o.sameNode) delete spec.nodeName;
  if (!o.keep.initContainers) delete spec.initContainers;
  dropProbes(spec, o.keep);
  if (o.shareProcesses) spec.shareProcessNamespace = true;
  setImages(spec, o.setImages);
  const meta = pod.metadata ?? {};
  const copy: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: o.copyTo, ...(o.keep.annotations && meta.annotations ? { annotations: meta.annotations } : {}), ...(o.keep.labels && meta.labels ? { labels: meta.labels } : {}), namespace: meta.namespace },
    spec,
  };
  let c = spec.containers.find((x) => x.name === o.container);
  let defaulted = false;
  if (!c) {
    if (!o.image) {
      if (Object.keys(o.setImages).length) return { pod: copy, container: '', defaulted };
      throw new KubectlError(messages.debugNeedsNewImage);
    }
    defaulted = !o.container;
    c = { name: o.container || debugContainerName(copy, o.suffix), terminationMessagePolicy: 'File' };
    spec.containers.push(c);
  }
  if (o.args.length) {
    if (o.argsOnly) c.args = o.args;
    else {
      c.command = o.args;
      delete c.args;
    }
  }
  if (o.env.length) c.env = o.env;
  if (o.image) c.image = o.image;
  if (o.pullPolicy) c.imagePullPolicy = o.pullPolicy;
  // The copy's container is interactive exactly when the debug session is.
  delete c.stdin;
  delete c.tty;
  if (o.stdin) c.stdin = true;
  if (o.tty) c.tty = true;
  applyProfile(o.profile, 'podCopy', spec, c);
  return { pod: copy, container: c.name, defaulted };
}

/** generateNodeDebugPod: `node-debugger-<node>-xxxxx`, pinned to the node, tolerating everything. */
export function nodeDebugPod(nodeName: string, o: DebugSpec): Pod {
  const container = debugContainerCommon(o, o.container || 'debugger');
  const spec: PodSpec = {
    containers: [container],
    nodeName,
    restartPolicy: 'Never',
    tolerations: [{ operator: 'Exists' }],
  };
  applyProfile(o.profile, 'node', spec, container);
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: `node-debugger-${nodeName}-${o.suffix()}` }, spec };
}
