/**
 * The cluster as the graph draws it: the store's pods, nodes, workloads and services, at most
 * once per `ms`. A churning cluster sends a diff every frame; projecting and laying out every one
 * would spend the frame budget (DESIGN.md §7) on pictures nobody has time to see. The first
 * change after a quiet spell is drawn at once.
 */
import { useEffect, useState } from 'react';
import { useCluster } from '../../state/clusterStore';
import type { ClusterState } from '../../state/clusterState';

export type GraphInput = Pick<ClusterState, 'pods' | 'nodes' | 'workloads' | 'services'>;

const pick = ({ pods, nodes, workloads, services }: ClusterState): GraphInput => ({ pods, nodes, workloads, services });
const same = (a: GraphInput, b: GraphInput) => a.pods === b.pods && a.nodes === b.nodes && a.workloads === b.workloads && a.services === b.services;

export function useThrottledCluster(ms: number): GraphInput {
  const [input, setInput] = useState(() => pick(useCluster.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let shown = pick(useCluster.getState());
    const show = () => {
      const next = pick(useCluster.getState());
      if (same(next, shown)) return false;
      shown = next;
      setInput(next);
      return true;
    };
    const cooldown = () => {
      timer = setTimeout(() => {
        timer = undefined;
        if (show()) cooldown();
      }, ms);
    };
    const unsubscribe = useCluster.subscribe(() => {
      if (timer === undefined && show()) cooldown();
    });
    show();
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [ms]);
  return input;
}
