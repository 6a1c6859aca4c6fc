/** Keeps the page's control-plane listeners attached across resets (one monitor per cluster). */
import type { FrameTimer } from './clusterFeed';
import { ControlPlaneActivity, type ActivityListener } from './controlPlaneActivity';
import type { SimHost } from './simHost';

function monitor(host: SimHost, timer: FrameTimer): ControlPlaneActivity {
  const { loop, api } = host.cluster;
  return new ControlPlaneActivity({ setOnWork: (fn) => (loop.onWork = fn), revision: () => api.store.resourceVersion() }, timer);
}

export class ActivityHub {
  private activity?: ControlPlaneActivity;
  private readonly listeners = new Map<number, { listener: ActivityListener; stop: () => void }>();
  private nextId = 1;

  constructor(
    private host: SimHost,
    private readonly timer: FrameTimer,
  ) {}

  subscribe(listener: ActivityListener): number {
    this.activity ??= monitor(this.host, this.timer);
    const id = this.nextId++;
    this.listeners.set(id, { listener, stop: this.activity.subscribe(listener) });
    return id;
  }

  unsubscribe(id: number): void {
    this.listeners.get(id)?.stop();
    this.listeners.delete(id);
  }

  noteRequest(): void {
    this.activity?.noteRequest();
  }

  rehost(host: SimHost): void {
    this.activity?.dispose();
    this.activity = undefined;
    this.host = host;
    const all = [...this.listeners.values()].map((x) => x.listener);
    this.listeners.clear();
    for (const l of all) this.subscribe(l);
  }
}
