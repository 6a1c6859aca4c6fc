/** Control-plane pulses: each report from the simulation bumps the components that acted. */
import { create } from 'zustand';
import type { ActivityReport, ControlPlaneComponent } from '../../bridge/main/types';

export const CONTROL_PLANE: readonly { id: ControlPlaneComponent; role: string }[] = [
  { id: 'etcd', role: 'stores every object' },
  { id: 'kube-apiserver', role: 'the front door: kubectl and every controller talk to it' },
  { id: 'kube-scheduler', role: 'picks a node for each new pod' },
  { id: 'kube-controller-manager', role: 'controllers that make reality match the spec' },
];

interface ActivityStore {
  /** How many reports named each component; a change restarts its pulse. */
  pulses: Partial<Record<ControlPlaneComponent, number>>;
  /** The latest report's work counts, for the tooltip. */
  last: ActivityReport;
  onActivity(report: ActivityReport): void;
}

export const useActivity = create<ActivityStore>()((set) => ({
  pulses: {},
  last: {},
  onActivity: (report) =>
    set((s) => {
      const pulses = { ...s.pulses };
      for (const c of Object.keys(report) as ControlPlaneComponent[]) pulses[c] = (pulses[c] ?? 0) + 1;
      return { pulses, last: report };
    }),
}));
