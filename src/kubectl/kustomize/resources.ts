/**
 * Objects as a kustomize build holds them: decoded from resource files, identified by
 * group/version/kind, name and namespace, and renamed with their history kept so references
 * can follow them.
 */
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../sim';
import { goYamlMessage } from '../resource/manifest';
import { KustomizeError } from './errors';
import type { Resource } from './types';

export interface Gvk {
  group: string;
  version: string;
  kind: string;
}

export function gvkOf(obj: KubeObject): Gvk {
  const apiVersion = String(obj.apiVersion ?? '');
  const slash = apiVersion.indexOf('/');
  return {
    group: slash < 0 ? '' : apiVersion.slice(0, slash),
    version: slash < 0 ? apiVersion : apiVersion.slice(slash + 1),
    kind: String(obj.kind ?? ''),
  };
}

export const nameOf = (r: Resource): string => r.object.metadata?.name ?? '';
export const namespaceOf = (r: Resource): string => r.object.metadata?.namespace ?? '';

export function newResource(object: KubeObject, needsHashSuffix = false): Resource {
  const name = object.metadata?.name ?? '';
  return { object, originalName: name, originalNamespace: object.metadata?.namespace ?? '', previousNames: [name], needsHashSuffix };
}

export function setName(r: Resource, name: string): void {
  r.object.metadata = { ...r.object.metadata, name };
  if (!r.previousNames.includes(name)) r.previousNames.push(name);
}

/** resid.ResId.String(): `Deployment.v1.apps/web.[noNs]`. */
export function resIdString(obj: KubeObject): string {
  const { group, version, kind } = gvkOf(obj);
  return `${kind}.${version}.${group || '[noGrp]'}/${obj.metadata?.name ?? ''}.${obj.metadata?.namespace || '[noNs]'}`;
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** kustomize flattens lists (`kind: List`, `kind: ConfigMapList` …) into their items. */
function flatten(value: Record<string, unknown>, out: KubeObject[]): void {
  const kind = String(value.kind ?? '');
  if (kind.endsWith('List') && Array.isArray(value.items)) {
    for (const item of value.items) if (isMap(item)) flatten(item, out);
    return;
  }
  out.push(value as KubeObject);
}

/** Every object in a YAML (or JSON) stream; documents that are empty or only comments are skipped. */
export function decodeObjects(text: string, source: string): KubeObject[] {
  const out: KubeObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) throw new KustomizeError(`MalformedYAMLError: yaml: ${goYamlMessage(doc.errors)} in File: ${source}`);
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    if (!isMap(value)) throw new KustomizeError(`missing Resource metadata`);
    flatten(value, out);
  }
  return out;
}
