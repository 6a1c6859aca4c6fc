/**
 * kustomize's field specs: `spec/template/metadata/labels` for Deployments, and so on. A path
 * walks through maps; a sequence on the way is walked element by element (`[]` just says so);
 * `create` makes the missing maps along the path.
 */
import type { KubeObject } from '../sim';
import { gvkOf } from './resources';
import type { FieldSpec } from './types';

type Node = Record<string, unknown>;

const isMap = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

export function specApplies(fs: FieldSpec, obj: KubeObject): boolean {
  const gvk = gvkOf(obj);
  return (!fs.kind || fs.kind === gvk.kind) && (fs.group === undefined || fs.group === gvk.group) && (!fs.version || fs.version === gvk.version);
}

/**
 * Calls `visit(parent, key)` for every place the path ends at. `parent[key]` may be absent when
 * `create` is set; the visitor decides what to write there.
 */
export function visitPath(root: Node, path: string, create: boolean, visit: (parent: Node, key: string) => void): void {
  const raw = path.split('/');
  const segments = raw.map((s) => s.replace(/\[\]$/, ''));
  const walk = (node: Node, i: number): void => {
    const key = segments[i];
    if (i === segments.length - 1) {
      if (key in node || create) visit(node, key);
      return;
    }
    let child = node[key];
    if (child === undefined || child === null) {
      if (!create || raw[i].endsWith('[]')) return;
      child = node[key] = {};
    }
    if (Array.isArray(child)) {
      for (const item of child) if (isMap(item)) walk(item, i + 1);
    } else if (isMap(child)) {
      walk(child, i + 1);
    }
  };
  walk(root, 0);
}

/** Sets `pairs` in the map at every matching field spec (labels, annotations, selectors). */
export function setMapEntries(obj: KubeObject, specs: readonly FieldSpec[], pairs: Record<string, string>): void {
  for (const fs of specs) {
    if (!specApplies(fs, obj)) continue;
    visitPath(obj as Node, fs.path, fs.create ?? false, (parent, key) => {
      const current = parent[key];
      if (Array.isArray(current)) {
        for (const item of current) if (isMap(item)) Object.assign(item, pairs);
        return;
      }
      parent[key] = { ...(isMap(current) ? current : {}), ...pairs };
    });
  }
}
