/** What the learner picked in the graph; local to the graph feature. */
import { create } from 'zustand';

export type Selected = { kind: 'Pod'; name: string; namespace: string } | { kind: 'Node'; name: string; unschedulable: boolean } | { kind: 'Deployment' | 'ReplicaSet' | 'Service'; name: string; namespace: string };

interface GraphSelection {
  selected?: Selected;
  select(s: Selected | undefined): void;
}

export const useGraphSelection = create<GraphSelection>()((set) => ({
  select: (selected) => set({ selected }),
}));
