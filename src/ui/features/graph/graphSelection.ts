/** What the learner picked in the graph; local to the graph feature. */
import { create } from 'zustand';

/** Namespaced kinds the graph draws, besides pods (which carry no extra state). */
export type NamespacedKind = 'Deployment' | 'ReplicaSet' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'Service' | 'Ingress' | 'HorizontalPodAutoscaler' | 'PersistentVolumeClaim';

export type Selected =
  | { kind: 'Pod'; name: string; namespace: string }
  | { kind: 'Node'; name: string; unschedulable: boolean }
  | { kind: NamespacedKind; name: string; namespace: string }
  | { kind: 'PersistentVolume'; name: string };

interface GraphSelection {
  selected?: Selected;
  select(s: Selected | undefined): void;
}

export const useGraphSelection = create<GraphSelection>()((set) => ({
  select: (selected) => set({ selected }),
}));
