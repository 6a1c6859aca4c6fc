/**
 * How busy the control plane was lately, for the page's control-plane strip: which components
 * did work (the tick loop's drains, grouped by the process they belong to in a real cluster) and
 * how many writes etcd took (the store's resourceVersion moves once per write). Sent at most
 * every `intervalMs`, and only when something happened.
 */
import type { FrameTimer } from './clusterFeed';

export const CONTROL_PLANE_COMPONENTS = ['etcd', 'kube-apiserver', 'kube-scheduler', 'kube-controller-manager'] as const;
export type ControlPlaneComponent = (typeof CONTROL_PLANE_COMPONENTS)[number];

/** Work counts since the previous report; components that did nothing are absent. */
export type ActivityReport = Partial<Record<ControlPlaneComponent, number>>;
export type ActivityListener = (report: ActivityReport) => void;

export const ACTIVITY_INTERVAL_MS = 250;

/** The process a tick-loop runnable lives in; kubelets and node-side agents are not control plane. */
export function componentOf(runnable: string): ControlPlaneComponent | undefined {
  if (runnable === 'scheduler') return 'kube-scheduler';
  if (runnable.endsWith('-controller') || runnable === 'garbage-collector' || runnable === 'storage-provisioner') return 'kube-controller-manager';
  return undefined;
}

export interface ActivitySource {
  /** The one work hook of the tick loop. */
  setOnWork(fn: ((runnable: string, keys: number) => void) | undefined): void;
  /** The store's current resourceVersion (one per write). */
  revision(): number;
}

export class ControlPlaneActivity {
  private counts: ActivityReport = {};
  private lastRevision: number;
  private scheduled = false;
  private readonly listeners = new Set<ActivityListener>();

  constructor(
    private readonly source: ActivitySource,
    private readonly timer: FrameTimer,
    private readonly intervalMs = ACTIVITY_INTERVAL_MS,
  ) {
    this.lastRevision = source.revision();
    source.setOnWork((runnable, keys) => {
      const component = componentOf(runnable);
      if (component) this.counts[component] = (this.counts[component] ?? 0) + keys;
      this.schedule();
    });
  }

  subscribe(listener: ActivityListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reports what accumulated; writes count for both etcd and the API server in front of it. */
  flush(): void {
    const revision = this.source.revision();
    const writes = revision - this.lastRevision;
    this.lastRevision = revision;
    if (writes > 0) {
      this.counts.etcd = writes;
      this.counts['kube-apiserver'] = (this.counts['kube-apiserver'] ?? 0) + writes;
    }
    const report = this.counts;
    this.counts = {};
    if (Object.keys(report).length === 0) return;
    for (const l of this.listeners) l(report);
  }

  /** A command's reads and writes reach the API server even when no controller acts. */
  noteRequest(): void {
    this.counts['kube-apiserver'] = (this.counts['kube-apiserver'] ?? 0) + 1;
    this.schedule();
  }

  dispose(): void {
    this.source.setOnWork(undefined);
    this.listeners.clear();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.timer.schedule(() => {
      this.scheduled = false;
      this.flush();
    }, this.intervalMs);
  }
}
