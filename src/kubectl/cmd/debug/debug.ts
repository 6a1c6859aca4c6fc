/**
 * `kubectl debug (POD | TYPE/NAME) [--image=…] [-it] [-- COMMAND]`: adds an ephemeral container
 * to a running pod (pods/ephemeralcontainers), or creates a copy of the pod (`--copy-to`), or a
 * pod in a node's host namespaces (`node/NAME`), then attaches to it when asked (`-i`).
 */
import type { EnvVar, Node, Pod } from 'kubernetes-types/core/v1';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { parseResourceArgs } from '../../resource/builder';
import { resolveImage, type KubeObject, type ResourceInfo } from '../../sim';
import { PODS } from '../shared/builtins';
import { FILENAME } from '../shared/commonFlags';
import { fetchObjects } from '../shared/fetch';
import { refOf, requestNamespace } from '../shared/refs';
import { attachDebugContainer } from './debugAttach';
import { DEBUG_PROFILES, ephemeralDebugContainer, nodeDebugPod, podCopy, type CopySpec, type DebugProfile } from './debugPods';

const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never', ''];

const invalidImage = (image: string) => {
  const r = resolveImage(image);
  return !r.ok && r.reason === 'InvalidImageName';
};

/** utilrand.String(5) made deterministic: FNV-1a over a seed that changes with every call. */
function suffixes(seed: string): () => string {
  let n = 0;
  return () => {
    let h = 0x811c9dc5;
    for (const ch of `${seed}/${n++}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    let s = '';
    for (let i = 0; i < 5; i++, h = Math.floor(h / SUFFIX_ALPHABET.length)) s += SUFFIX_ALPHABET[h % SUFFIX_ALPHABET.length];
    return s;
  };
}

function debugOptions(inv: Invocation): CopySpec & { targets: string[]; attach: boolean; replace: boolean } {
  const f = inv.flags;
  const dash = inv.argsLenAtDash;
  const env: EnvVar[] = Object.entries(f.stringMap('env')).sort(([a], [b]) => a.localeCompare(b)).map(([name, value]) => ({ name, value }));
  return {
    targets: dash < 0 ? inv.args : inv.args.slice(0, dash),
    args: dash < 0 ? [] : inv.args.slice(dash),
    argsOnly: f.bool('arguments-only'),
    attach: f.changed('attach') ? f.bool('attach') : f.bool('stdin'),
    container: f.string('container'),
    copyTo: f.string('copy-to'),
    env,
    image: f.string('image'),
    pullPolicy: f.string('image-pull-policy'),
    keep: {
      labels: f.bool('keep-labels'),
      annotations: f.bool('keep-annotations'),
      liveness: f.bool('keep-liveness'),
      readiness: f.bool('keep-readiness'),
      startup: f.bool('keep-startup'),
      initContainers: f.bool('keep-init-containers'),
    },
    profile: f.string('profile') as DebugProfile,
    replace: f.bool('replace'),
    sameNode: f.bool('same-node'),
    setImages: f.stringMap('set-image'),
    shareProcesses: f.bool('share-processes'),
    stdin: f.bool('stdin'),
    target: f.string('target'),
    tty: f.bool('tty'),
    suffix: suffixes(`${inv.ctx.now()}/${inv.args.join(' ')}`),
  };
}

/** DebugOptions.Validate, in kubectl's order (the first problem wins). */
function validate(inv: Invocation, o: ReturnType<typeof debugOptions>): void {
  if (o.attach && inv.flags.changed('attach') && !o.image && !o.container) throw new KubectlError(messages.debugAttachNeedsContainer);
  if (o.copyTo) {
    if (!o.image && !Object.keys(o.setImages).length && !o.args.length) throw new KubectlError(messages.debugCopyNeedsSomething);
    if (o.args.length && !o.container && !o.image) throw new KubectlError(messages.debugArgsNeedContainer);
  } else if (o.replace) throw new KubectlError(messages.debugOnlyWithCopyTo('replace'));
  else if (o.sameNode) throw new KubectlError(messages.debugOnlyWithCopyTo('same-node'));
  else if (Object.keys(o.setImages).length) throw new KubectlError(messages.debugOnlyWithCopyTo('set-image'));
  else if (!o.image) throw new KubectlError(messages.debugNeedsImage);
  if (o.image && invalidImage(o.image)) throw new KubectlError(messages.debugInvalidImage(o.image));
  if (!o.targets.length && !inv.flags.strings('filename').length) throw new KubectlError(messages.debugNeedsName);
  if (!PULL_POLICIES.includes(o.pullPolicy)) throw new KubectlError(messages.debugInvalidPullPolicy(o.pullPolicy));
  for (const [name, image] of Object.entries(o.setImages)) if (invalidImage(image)) throw new KubectlError(messages.debugInvalidSetImage(image, name));
  if (o.target) {
    if (o.copyTo) throw new KubectlError(messages.debugTargetWithCopy);
    if (!inv.flags.bool('quiet')) inv.ctx.stdout.write(`${messages.debugTargeting(o.target)}\n`);
  }
  if (o.tty && !o.stdin) throw new KubectlError(messages.debugTtyNeedsStdin);
  if (!DEBUG_PROFILES.includes(o.profile)) throw new KubectlError(messages.debugUnknownProfile(o.profile));
}

/** The objects named on the command line (a bare name is a pod) or in `-f` files, as the server has them. */
function targets(inv: Invocation, names: string[]): { info: ResourceInfo; object: KubeObject }[] {
  if (!names.length) {
    const result = fetchObjects({ ...inv, args: [] });
    aggregate(result.errors);
    return result.found;
  }
  const parsed = parseResourceArgs(inv.ctx, names.map((n) => (n.includes('/') ? n : `pods/${n}`)));
  if (parsed.kind !== 'names') throw new KubectlError(messages.debugNeedsName);
  return parsed.items.map(({ info, name }) => ({ info, object: inv.ctx.client.get(refOf(info), name, { namespace: requestNamespace(info, inv.namespace) }) }));
}

interface DebugTarget {
  pod: string;
  namespace: string;
  container: string;
}

function debugPod(inv: Invocation, o: ReturnType<typeof debugOptions>, pod: Pod): DebugTarget {
  const namespace = pod.metadata?.namespace ?? inv.namespace;
  const say = (line: string) => !inv.flags.bool('quiet') && inv.ctx.stdout.write(`${line}\n`);
  if (o.copyTo) {
    const copy = podCopy(pod, o);
    if (copy.defaulted) say(messages.debugDefaultingName(copy.container));
    const created = inv.ctx.client.create<Pod>(PODS, copy.pod, { namespace });
    if (o.replace) inv.ctx.client.delete(PODS, pod.metadata!.name!, { namespace, gracePeriodSeconds: 0 });
    return { pod: created.metadata.name, namespace, container: copy.container };
  }
  const { container, defaulted } = ephemeralDebugContainer(pod, o);
  if (defaulted) say(messages.debugDefaultingName(container.name));
  const patch = { spec: { ephemeralContainers: [...(pod.spec?.ephemeralContainers ?? []), container] } };
  inv.ctx.client.patch(PODS, pod.metadata!.name!, 'strategic', patch, { namespace, subresource: 'ephemeralcontainers' });
  return { pod: pod.metadata!.name!, namespace, container: container.name };
}

function debugNode(inv: Invocation, o: ReturnType<typeof debugOptions>, node: Node): DebugTarget {
  const pod = nodeDebugPod(node.metadata!.name!, o);
  const container = pod.spec!.containers[0].name;
  if (!inv.flags.bool('quiet')) inv.ctx.stdout.write(`${messages.debugCreatingNodePod(pod.metadata!.name!, container, node.metadata!.name!)}\n`);
  const created = inv.ctx.client.create<Pod>(PODS, pod, { namespace: inv.namespace });
  return { pod: created.metadata.name, namespace: inv.namespace, container };
}

async function runDebug(inv: Invocation): Promise<number> {
  const o = debugOptions(inv);
  validate(inv, o);
  if (o.profile === 'legacy') inv.ctx.stderr.write(`${messages.debugLegacyProfile}\n`);
  const errors: unknown[] = [];
  let last: DebugTarget | undefined;
  for (const { info, object } of targets(inv, o.targets)) {
    try {
      if (info.group === '' && info.resource === 'nodes') last = debugNode(inv, o, object as Node);
      else if (info.group === '' && info.resource === 'pods') last = debugPod(inv, o, object as Pod);
      else throw new KubectlError(messages.debugNotSupported(`${info.group ? `${info.group}/` : ''}${info.version}, Kind=${info.kind}`));
    } catch (e) {
      errors.push(e);
    }
  }
  aggregate(errors);
  if (o.attach && last) return attachDebugContainer(inv, last.pod, last.namespace, last.container);
  return 0;
}

export const debugCommand: Command = {
  name: 'debug',
  short: 'Troubleshoot a pod or node with an extra debugging container',
  flags: [
    { name: 'arguments-only', type: 'bool' },
    { name: 'attach', type: 'bool' },
    { name: 'container', shorthand: 'c', type: 'string' },
    { name: 'copy-to', type: 'string' },
    { name: 'custom', type: 'string', unavailable: true },
    { name: 'env', type: 'stringToString' },
    { ...FILENAME },
    { name: 'image', type: 'string' },
    { name: 'image-pull-policy', type: 'string' },
    { name: 'keep-annotations', type: 'bool' },
    { name: 'keep-init-containers', type: 'bool', default: true },
    { name: 'keep-labels', type: 'bool' },
    { name: 'keep-liveness', type: 'bool' },
    { name: 'keep-readiness', type: 'bool' },
    { name: 'keep-startup', type: 'bool' },
    { name: 'profile', type: 'string', default: 'legacy' },
    { name: 'quiet', shorthand: 'q', type: 'bool' },
    { name: 'replace', type: 'bool' },
    { name: 'same-node', type: 'bool' },
    { name: 'set-image', type: 'stringToString' },
    { name: 'share-processes', type: 'bool', default: true },
    { name: 'stdin', shorthand: 'i', type: 'bool' },
    { name: 'target', type: 'string' },
    { name: 'tty', shorthand: 't', type: 'bool' },
  ],
  run: runDebug,
};
