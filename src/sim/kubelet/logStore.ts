/**
 * Container logs kept by the kubelet, per pod and container instance, answering the log
 * endpoint the API server proxies `kubectl logs` to (`--previous`, `--tail`, `--since`,
 * `--timestamps`). Busy loops can print forever, so each container keeps its newest lines only.
 */
import { microTime } from '../../common/time';
import type { LogOptions } from '../client/types';
import type { ContainerLogLine } from './syncContext';

const MAX_LINES_PER_CONTAINER = 5000;

export class LogStore {
  private readonly byPod = new Map<string, Map<string, ContainerLogLine[]>>();

  append(podUid: string, lines: ContainerLogLine[]): void {
    if (!lines.length) return;
    let containers = this.byPod.get(podUid);
    if (!containers) this.byPod.set(podUid, (containers = new Map()));
    for (const l of lines) {
      let list = containers.get(l.container);
      if (!list) containers.set(l.container, (list = []));
      list.push(l);
      if (list.length > MAX_LINES_PER_CONTAINER * 2) list.splice(0, list.length - MAX_LINES_PER_CONTAINER);
    }
  }

  forget(podUid: string): void {
    this.byPod.delete(podUid);
  }

  /** Lines of one container instance (`restartCount`), filtered and formatted as the kubelet serves them. */
  read(podUid: string, container: string, restartCount: number, opts: LogOptions, nowMs: number): string | undefined {
    const all = this.byPod.get(podUid)?.get(container) ?? [];
    let lines = all.filter((l) => l.restartCount === restartCount);
    if (!lines.length && opts.previous) return undefined;
    if (opts.sinceSeconds !== undefined) lines = lines.filter((l) => l.time >= nowMs - opts.sinceSeconds! * 1000);
    if (opts.tailLines !== undefined) lines = opts.tailLines <= 0 ? [] : lines.slice(-opts.tailLines);
    return lines.map((l) => `${opts.timestamps ? `${microTime(l.time).replace(/(\.\d{6})Z$/, '$1000Z')} ` : ''}${l.text}\n`).join('');
  }
}
