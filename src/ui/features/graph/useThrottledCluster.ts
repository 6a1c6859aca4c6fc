/**
 * The cluster as the graph draws it: the store's pods, nodes, workloads, Jobs, services and the storage,
 * routing and autoscaling objects around them, at most
 * once per `ms`. A churning cluster sends a diff every frame; projecting and laying out every one
 * would spend the frame budget (DESIGN.md §7) on pictures nobody has time to see. The first
 * change after a quiet spell is drawn at once.
 */
import { useEffect, useState } from 'react';
import { useCluster } from '../../state/clusterStore';
import type { ClusterState } from '../../state/clusterState';

const GRAPH_BUCKETS = ['pods', 'nodes', 'workloads', 'jobs', 'services', 'claims', 'volumes', 'ingresses', 'autoscalers'] as const;

export type GraphInput = Pick<ClusterState, (typeof GRAPH_BUCKETS)[number]>;

const pick = (s: ClusterState): GraphInput => Object.fromEntries(GRAPH_BUCKETS.map((b) => [b, s[b]])) as GraphInput;
const same = (a: GraphInput, b: GraphInput) => GRAPH_BUCKETS.every((k) => a[k] === b[k]);

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
