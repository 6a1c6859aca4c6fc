/**
 * kustomize's simple built-in transformers, applied to every object of a kustomization:
 * namespace, namePrefix/nameSuffix, labels, annotations, replicas and images.
 */
import type { KubeObject } from '../sim';
import { COMMON_ANNOTATIONS, COMMON_LABELS, METADATA_LABELS, REPLICAS_KINDS, TEMPLATE_LABELS } from './defaultConfig';
import { setMapEntries } from './fieldPath';
import { gvkOf, nameOf, setName, type Gvk } from './resources';
import type { FieldSpec, Image, Kustomization, Resource } from './types';

export type IsNamespaced = (gvk: Gvk) => boolean;

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Namespaced objects move to `namespace`; a Namespace object is renamed to it; ServiceAccount
 * subjects of (Cluster)RoleBindings in the default namespace (or none) follow.
 */
export function setNamespace(resources: Resource[], namespace: string, isNamespaced: IsNamespaced): void {
  for (const r of resources) {
    const gvk = gvkOf(r.object);
    if (gvk.kind === 'Namespace' && gvk.group === '') {
      setName(r, namespace);
      continue;
    }
    if (isNamespaced(gvk)) r.object.metadata = { ...r.object.metadata, namespace };
    if ((gvk.kind === 'RoleBinding' || gvk.kind === 'ClusterRoleBinding') && Array.isArray(r.object.subjects)) {
      for (const s of r.object.subjects) {
        if (isMap(s) && s.kind === 'ServiceAccount' && (s.namespace === undefined || s.namespace === '' || s.namespace === 'default')) s.namespace = namespace;
      }
    }
  }
}

/** Prefix and suffix on every name but Namespaces' and CustomResourceDefinitions'. */
export function addNameAffixes(resources: Resource[], prefix: string, suffix: string): void {
  for (const r of resources) {
    const kind = gvkOf(r.object).kind;
    if (kind === 'Namespace' || kind === 'CustomResourceDefinition') continue;
    setName(r, `${prefix}${nameOf(r)}${suffix}`);
  }
}

export function addLabels(resources: Resource[], k: Kustomization): void {
  for (const label of k.labels ?? []) {
    let specs: FieldSpec[] = [...(label.fields ?? [])];
    if (label.includeSelectors) specs = [...specs, ...COMMON_LABELS];
    else specs = [...specs, ...METADATA_LABELS, ...(label.includeTemplates ? TEMPLATE_LABELS : [])];
    for (const r of resources) setMapEntries(r.object, specs, label.pairs ?? {});
  }
  if (k.commonLabels) for (const r of resources) setMapEntries(r.object, COMMON_LABELS, k.commonLabels);
}

export function addAnnotations(resources: Resource[], annotations: Record<string, string>): void {
  for (const r of resources) setMapEntries(r.object, COMMON_ANNOTATIONS, annotations);
}

export function setReplicas(resources: Resource[], replicas: readonly { name: string; count: number }[]): void {
  for (const { name, count } of replicas) {
    for (const r of resources) {
      if (!REPLICAS_KINDS.includes(gvkOf(r.object).kind) || !r.previousNames.includes(name)) continue;
      r.object.spec = { ...(isMap(r.object.spec) ? r.object.spec : {}), replicas: count };
    }
  }
}

/** image.Split: name, then `:tag`, then `@digest`. */
function splitImage(image: string): { name: string; tag: string; digest: string } {
  const at = image.indexOf('@');
  const digest = at < 0 ? '' : image.slice(at + 1);
  const rest = at < 0 ? image : image.slice(0, at);
  const colon = rest.lastIndexOf(':');
  const tagged = colon > rest.lastIndexOf('/');
  return { name: tagged ? rest.slice(0, colon) : rest, tag: tagged ? rest.slice(colon + 1) : '', digest };
}

function newImage(current: string, image: Image): string | undefined {
  const parts = splitImage(current);
  if (parts.name !== image.name) return undefined;
  let { name, tag, digest } = parts;
  if (image.newName) name = image.newName;
  if (image.newTag && image.digest) [tag, digest] = [image.newTag, image.digest];
  else if (image.newTag) [tag, digest] = [image.newTag, ''];
  else if (image.digest) [tag, digest] = ['', image.digest];
  if (image.tagSuffix) tag += image.tagSuffix;
  return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

/** Every `containers` and `initContainers` list anywhere in the object, as kustomize's image filter walks. */
function forEachContainer(node: unknown, fn: (container: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) forEachContainer(item, fn);
    return;
  }
  if (!isMap(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      for (const c of value) if (isMap(c)) fn(c);
    }
    forEachContainer(value, fn);
  }
}

export function setImages(resources: Resource[], images: readonly Image[]): void {
  // One pass per entry, as kustomize runs one image transformer per entry.
  for (const image of images) {
    for (const r of resources) {
      forEachContainer(r.object as KubeObject, (container) => {
        const updated = typeof container.image === 'string' ? newImage(container.image, image) : undefined;
        if (updated !== undefined) container.image = updated;
      });
    }
  }
}
