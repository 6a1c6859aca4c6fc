/**
 * StatefulSets, DaemonSets and Jobs, seen through the pods they own. Every pod names its
 * controller (ownerReferences), so the graph can draw one box per controller with what its pods
 * show: ordinals, nodes. A Job's box adds COMPLETIONS and STATUS from its view in the feed, as
 * `kubectl get jobs` prints them. A controller without pods (scaled to zero, finished Job cleaned
 * up) has no box.
 */
import type { JobView, PodView } from '../../../bridge/main/types';

export const CONTROLLER_KINDS = ['StatefulSet', 'DaemonSet', 'Job'] as const;
export type ControllerKind = (typeof CONTROLLER_KINDS)[number];

/** Primitive fields only: `stableNodes` compares data by identity, and these compare by value. */
export type ControllerNodeData = { kind: ControllerKind; uid: string; name: string; namespace: string; detail: string };

const isReady = (p: PodView) => {
  const [ready, total] = p.ready.split('/');
  return p.status === 'Running' && ready === total && Number(total) > 0;
};

/** `0–4` for a run of ordinals, else `0, 2, 5`: what the learner compares with `web-0`, `web-1`… */
export function ordinalList(ordinals: number[]): string {
  const sorted = [...ordinals].sort((a, b) => a - b);
  const contiguous = sorted.every((o, i) => i === 0 || o === sorted[i - 1] + 1);
  return contiguous && sorted.length > 2 ? `${sorted[0]}–${sorted.at(-1)}` : sorted.join(', ');
}

function detail(kind: ControllerKind, name: string, pods: PodView[], job: JobView | undefined): string {
  const ready = `${pods.filter(isReady).length}/${pods.length} ready`;
  switch (kind) {
    case 'StatefulSet': {
      const ordinals = pods.flatMap((p) => {
        const m = p.name.slice(name.length).match(/^-(\d+)$/);
        return m ? [Number(m[1])] : [];
      });
      return `${ready} · ordinals ${ordinalList(ordinals)}`;
    }
    case 'DaemonSet': {
      const nodes = new Set(pods.map((p) => p.nodeName).filter(Boolean)).size;
      return `${ready} · ${nodes} node${nodes === 1 ? '' : 's'}`;
    }
    case 'Job': {
      if (job) return `${job.completions} completions · ${job.status}`;
      // The Job's own view may trail its pods by a feed message: count what the pods show.
      const count = (phase: string) => pods.filter((p) => p.phase === phase).length;
      const parts = [`${count('Succeeded')} succeeded`];
      const active = pods.length - count('Succeeded') - count('Failed');
      if (active) parts.push(`${active} active`);
      if (count('Failed')) parts.push(`${count('Failed')} failed`);
      return parts.join(' · ');
    }
  }
}

/** The controllers owning `pods`, sorted by kind (as listed above), namespace and name; `jobs` by uid. */
export function podControllers(pods: readonly PodView[], jobs: Readonly<Record<string, JobView>> = {}): ControllerNodeData[] {
  const owned = new Map<string, { kind: ControllerKind; name: string; namespace: string; pods: PodView[] }>();
  for (const p of pods) {
    for (const o of p.owners) {
      if (!(CONTROLLER_KINDS as readonly string[]).includes(o.kind)) continue;
      const entry = owned.get(o.uid) ?? { kind: o.kind as ControllerKind, name: o.name, namespace: p.namespace, pods: [] };
      entry.pods.push(p);
      owned.set(o.uid, entry);
    }
  }
  const rank = (k: ControllerKind) => CONTROLLER_KINDS.indexOf(k);
  return [...owned.entries()]
    .map(([uid, c]) => ({ kind: c.kind, uid, name: c.name, namespace: c.namespace, detail: detail(c.kind, c.name, c.pods, jobs[uid]) }))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
}
