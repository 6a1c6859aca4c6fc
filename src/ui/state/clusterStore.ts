/** The cluster as the page knows it, fed by the Worker's feed (see simStore). */
import { create } from 'zustand';
import type { FeedMessage } from '../../bridge/main/types';
import { applyFeedMessage, EMPTY_CLUSTER, type ClusterState } from './clusterState';

interface ClusterStore extends ClusterState {
  /** Bumps on every applied message; lets tests and effects notice change cheaply. */
  version: number;
  onFeedMessage(message: FeedMessage): void;
}

export const useCluster = create<ClusterStore>()((set) => ({
  ...EMPTY_CLUSTER,
  version: 0,
  onFeedMessage: (message) =>
    set((s) => {
      const next = applyFeedMessage(s, message);
      return next === s ? s : { ...next, version: s.version + 1 };
    }),
}));
