/**
 * The suffix kustomize appends to generated ConfigMap and Secret names (`cfg-59m54fbgh2`): the
 * SHA-256 of a small JSON document, its first ten hex digits with vowels and look-alike digits
 * swapped out so the suffix never spells words.
 *
 * kustomize v5 looks the name up with the single path element "metadata/name", which never
 * matches, so the name in the document is always "" and missing data is "" rather than absent.
 * Renaming a generator therefore keeps its hash; the content alone decides it.
 */
import type { KubeObject } from '../sim';
import { goJson } from '../../common/goJson';
import { sha256Hex } from './sha256';

const SWAPS: Record<string, string> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };

/** kustomize's encode: ten characters that are valid in a DNS label and never form words. */
export function encodeHash(hex: string): string {
  return [...hex.slice(0, 10)].map((c) => SWAPS[c] ?? c).join('');
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field as kustomize's getNodeValues reads it: maps and scalars as they are, missing as "". */
function nodeValue(obj: KubeObject, field: string): unknown {
  const v = (obj as Record<string, unknown>)[field];
  return v === undefined || v === null ? '' : v;
}

function encodedForHash(obj: KubeObject): string {
  if (obj.kind === 'ConfigMap') {
    const doc: Record<string, unknown> = { kind: 'ConfigMap', name: '', data: nodeValue(obj, 'data') };
    if (isMap(obj.binaryData)) doc.binaryData = obj.binaryData;
    return goJson(doc);
  }
  if (obj.kind === 'Secret') {
    const doc: Record<string, unknown> = { kind: 'Secret', type: nodeValue(obj, 'type'), name: '', data: nodeValue(obj, 'data') };
    if (isMap(obj.stringData)) doc.stringData = obj.stringData;
    return goJson(doc);
  }
  return goJson(obj);
}

export function contentHash(obj: KubeObject): string {
  return encodeHash(sha256Hex(encodedForHash(obj)));
}
