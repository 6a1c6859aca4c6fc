/**
 * Keeps node objects from the previous projection when nothing about them changed, so React
 * Flow (which compares node objects) re-renders only the pods that actually changed.
 */
import type { FlowNode } from './toFlowElements';

function sameNode(a: FlowNode, b: FlowNode): boolean {
  if (a.type !== b.type || a.parentId !== b.parentId || a.position.x !== b.position.x || a.position.y !== b.position.y) return false;
  if (a.style?.height !== b.style?.height || a.style?.width !== b.style?.width) return false;
  const da = a.data as Record<string, unknown>;
  const db = b.data as Record<string, unknown>;
  const keys = Object.keys(da);
  return keys.length === Object.keys(db).length && keys.every((k) => da[k] === db[k]);
}

export function stableNodes(previous: readonly FlowNode[], next: FlowNode[]): FlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  return next.map((n) => {
    const old = before.get(n.id);
    return old && sameNode(old, n) ? old : n;
  });
}
