/**
 * One edge of the picture. Besides React Flow's ids (uids), each edge names both ends as
 * `Kind/name` in data attributes, so tests and readers of the DOM can tell what links to what.
 */
import type { Edge } from '@xyflow/react';

/** An end of an edge: the drawn box's id and the object it stands for. */
export interface EdgeEnd {
  uid: string;
  kind: string;
  name: string;
}

/** `kind`: owner, service, claim, bound, route or scale (styled by `edge-<kind>` in graph.css). */
export function graphEdge(kind: string, from: EdgeEnd, to: EdgeEnd): Edge {
  return {
    id: `${kind}:${from.uid}:${to.uid}`,
    source: from.uid,
    target: to.uid,
    className: `edge-${kind}`,
    // Under the nodes' translucent boxes (zIndex 1), so a node's name stays readable where an
    // edge crosses its header; pods (zIndex 2) sit above both.
    zIndex: 0,
    ariaLabel: `${from.kind} ${from.name} to ${to.kind} ${to.name}`,
    domAttributes: { 'data-edge': kind, 'data-source': `${from.kind}/${from.name}`, 'data-target': `${to.kind}/${to.name}` } as Edge['domAttributes'],
  };
}
