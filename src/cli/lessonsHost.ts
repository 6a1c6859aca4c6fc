/**
 * A playground session (SimHost) seen as a LessonHost. The Worker will want the same adapter:
 * it only uses SimHost's public surface.
 */
import { SimHost, type SimHostOptions } from '../bridge/worker/simHost';
import type { LessonHost } from '../lessons';
import type { RunningCluster } from '../sim';

export class SimLessonHost implements LessonHost {
  sim: SimHost;

  constructor(
    private readonly options: SimHostOptions,
    sim?: SimHost,
  ) {
    this.sim = sim ?? new SimHost(options);
  }

  get client() {
    return this.sim.cluster.client;
  }

  now(): number {
    return this.sim.cluster.now();
  }

  history(): readonly string[] {
    return this.sim.shell.history;
  }

  private abs(path: string): string {
    const { shell } = this.sim;
    return shell.fs.resolve(shell.env.get('HOME') ?? shell.cwd, path);
  }

  readFile(path: string): string | undefined {
    const abs = this.abs(path);
    const fs = this.sim.shell.fs;
    return fs.stat(abs) && !fs.isDirectory(abs) ? fs.readFile(abs) : undefined;
  }

  writeFile(path: string, content: string): void {
    const abs = this.abs(path);
    const dir = abs.slice(0, abs.lastIndexOf('/'));
    if (dir) this.sim.shell.fs.mkdir(dir, true);
    this.sim.shell.fs.writeFile(abs, content);
  }

  exec(command: string) {
    return this.sim.exec(command);
  }

  settle(): void {
    this.sim.cluster.settle();
  }

  advance(seconds: number): void {
    this.sim.cluster.advance(seconds);
  }

  stopNode(name: string): void {
    const kubelet = (this.sim.cluster as RunningCluster).kubelets.get(name);
    if (!kubelet) throw new Error(`no node "${name}" in this cluster`);
    kubelet.stop();
  }

  reset(profile: string): void {
    this.sim = new SimHost({ ...this.options, profile });
  }
}
