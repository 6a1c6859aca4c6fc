/**
 * Follows the cluster for the page: list + watch of the kinds the page shows, projected to slim
 * views, squashed, and sent at most once per frame (DESIGN.md §4). A subscriber first gets a
 * snapshot of everything, then diffs.
 */
import { resources, type ClusterClient, type KubeObject, type ResourceInfo } from '../../sim';
import type { FeedMessage, ObjectView } from './clusterViews';
import { DiffBuffer } from './diffBuffer';
import { deepEqual } from '../../common/objects';
import { projectObject } from './projectObject';

export const FEED_RESOURCES: readonly ResourceInfo[] = [
  resources.NAMESPACES,
  resources.NODES,
  resources.DEPLOYMENTS,
  resources.REPLICASETS,
  resources.JOBS,
  resources.PODS,
  resources.SERVICES,
  resources.PERSISTENTVOLUMECLAIMS,
  resources.PERSISTENTVOLUMES,
  resources.INGRESSES,
  resources.HORIZONTALPODAUTOSCALERS,
  resources.EVENTS,
];

/** One-shot timers: the Worker's setTimeout, or a manual one in tests. */
export interface FrameTimer {
  schedule(fn: () => void, ms: number): void;
}

export type FeedListener = (message: FeedMessage) => void;

/** One animation frame. */
export const FRAME_MS = 16;
/** Changes per message: about 10 KiB of views (DESIGN.md §4). */
export const MAX_CHANGES_PER_MESSAGE = 25;

export class ClusterFeed {
  private readonly current = new Map<string, ObjectView>();
  private readonly buffer = new DiffBuffer();
  private readonly listeners = new Set<FeedListener>();
  private readonly stops: (() => void)[] = [];
  private scheduled = false;

  constructor(
    client: ClusterClient,
    private readonly now: () => number,
    private readonly timer: FrameTimer,
  ) {
    for (const r of FEED_RESOURCES) {
      const list = client.list(r);
      for (const obj of list.items) this.observe(r.kind, 'ADDED', obj, false);
      this.stops.push(
        client.watch(r, { resourceVersion: list.metadata.resourceVersion }, (e) => {
          if (e.type === 'ADDED' || e.type === 'MODIFIED' || e.type === 'DELETED') this.observe(r.kind, e.type, e.object, true);
        }),
      );
    }
  }

  /** Sends the snapshot now; diffs follow. Returns the way out. */
  subscribe(listener: FeedListener): () => void {
    // Changes already pending are part of the snapshot; the others must hear them first.
    this.flush();
    this.listeners.add(listener);
    listener({ type: 'snapshot', objects: [...this.current.values()] });
    return () => this.listeners.delete(listener);
  }

  /** Sends what is pending (up to one message's worth) without waiting for the frame. */
  flush(): void {
    if (this.buffer.isEmpty()) return;
    const diff = this.buffer.take(MAX_CHANGES_PER_MESSAGE);
    for (const l of this.listeners) l({ type: 'diff', ...diff });
    if (!this.buffer.isEmpty()) this.scheduleFlush();
  }

  dispose(): void {
    for (const stop of this.stops) stop();
    this.listeners.clear();
  }

  private observe(kind: string, type: 'ADDED' | 'MODIFIED' | 'DELETED', obj: KubeObject, notify: boolean): void {
    const uid = obj.metadata?.uid;
    if (!uid) return;
    const view = projectObject(kind, obj as Parameters<typeof projectObject>[1], this.now());
    if (!view) return;
    if (type === 'DELETED') this.current.delete(uid);
    else if (deepEqual(this.current.get(uid), view)) return;
    else this.current.set(uid, view);
    if (!notify) return;
    this.buffer.record(type, view);
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.timer.schedule(() => {
      this.scheduled = false;
      this.flush();
    }, FRAME_MS);
  }
}
