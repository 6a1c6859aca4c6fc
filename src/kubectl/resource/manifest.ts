/**
 * Decoding manifests the way kubectl's resource builder does: a YAML stream of documents, each
 * converted to JSON (sigs.k8s.io/yaml), `kind: List` unwrapped, every object mapped to a resource
 * through discovery. Syntax errors carry go-yaml's wording, which learners search for.
 */
import { parseAllDocuments, type YAMLError } from 'yaml';
import { findByKind, type KubeObject, type ResourceInfo } from '../sim';
import { KubectlError } from '../cmdutil/errors';
import { messages } from '../messages';

export interface ManifestObject {
  object: KubeObject;
  info: ResourceInfo;
  /** The file it came from (`web.yaml`, `STDIN`), named in kubectl's error messages. */
  source: string;
}

export interface DecodeResult {
  objects: ManifestObject[];
  /** Per-object failures; kubectl reports them after handling the objects it could map. */
  errors: KubectlError[];
}

/** go-yaml's message for the problems the `yaml` package reports under its own codes. */
export function goYamlMessage(errs: readonly YAMLError[]): string {
  const first = errs[0];
  const endLine = (e: YAMLError) => e.linePos?.[1]?.line ?? e.linePos?.[0]?.line ?? 1;
  const startLine = first.linePos?.[0]?.line ?? 1;
  switch (first.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `line ${Math.max(...errs.map(endLine))}: mapping values are not allowed in this context`;
    case 'TAB_AS_INDENT':
      return `line ${startLine}: found character that cannot start any token`;
    case 'BAD_INDENT':
      return first.message.startsWith('Flow')
        ? `line ${startLine}: did not find expected ',' or ']'`
        : `line ${startLine}: did not find expected key`;
    case 'DUPLICATE_KEY': {
      const key = /"([^"]*)"/.exec(first.message)?.[1];
      return `unmarshal errors:\n  line ${startLine}: key ${JSON.stringify(key ?? '')} already set in map`;
    }
    default:
      return `line ${startLine}: did not find expected node content`;
  }
}

function isObject(v: unknown): v is KubeObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mapObject(object: KubeObject, source: string, resources: readonly ResourceInfo[], out: DecodeResult): void {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const kind = typeof object.kind === 'string' ? object.kind : '';
  if (!apiVersion || !kind) {
    const missing = [apiVersion ? '' : 'apiVersion not set', kind ? '' : 'kind not set'].filter(Boolean);
    out.errors.push(new KubectlError(messages.validationFailed(source, missing.length > 1 ? `[${missing.join(', ')}]` : missing[0])));
    return;
  }
  if (kind === 'List' && Array.isArray(object.items)) {
    for (const item of object.items) if (isObject(item)) mapObject(item, source, resources, out);
    return;
  }
  const info = findByKind(resources, apiVersion, kind);
  if (!info) {
    const name = object.metadata?.name ?? '';
    const namespace = object.metadata?.namespace ?? '';
    out.errors.push(new KubectlError(messages.resourceMappingNotFound(name, namespace, source, kind, apiVersion)));
    return;
  }
  out.objects.push({ object, info, source });
}

/** Maps already-decoded objects (a kustomize build's output) as if they came from `source`. */
export function mapObjects(objects: readonly KubeObject[], source: string, resources: readonly ResourceInfo[]): DecodeResult {
  const out: DecodeResult = { objects: [], errors: [] };
  for (const object of objects) mapObject(object, source, resources, out);
  return out;
}

/** Decodes one file's text. A syntax error ends the stream; documents before it still count. */
export function decodeManifests(text: string, source: string, resources: readonly ResourceInfo[]): DecodeResult {
  const out: DecodeResult = { objects: [], errors: [] };
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      if (isObject(value)) mapObject(value, source, resources, out);
      return out;
    } catch {
      // Not JSON after all: YAML is a superset, let the YAML parser report the problem.
    }
  }
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      out.errors.push(new KubectlError(messages.yamlParse(source, goYamlMessage(doc.errors))));
      break;
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    if (!isObject(value)) {
      out.errors.push(new KubectlError(`error parsing ${source}: json: cannot unmarshal ${Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'number'} into Go value of type map[string]interface {}`));
      continue;
    }
    mapObject(value, source, resources, out);
  }
  return out;
}
