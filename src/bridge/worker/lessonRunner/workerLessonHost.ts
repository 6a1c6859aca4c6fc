/**
 * The page's playground session seen as a LessonHost. It always reaches the session's current
 * SimHost (a reset replaces it), and starting over goes through SimApi's own reset so the feed,
 * the clock driver and the editor follow the new cluster.
 */
import type { LessonHost } from '../../../lessons';
import type { SimHost } from '../simHost';

export class WorkerLessonHost implements LessonHost {
  constructor(
    private readonly current: () => SimHost,
    private readonly rehost: (profile: string) => void,
  ) {}

  get client() {
    return this.current().cluster.client;
  }

  now(): number {
    return this.current().cluster.now();
  }

  history(): readonly string[] {
    return this.current().shell.history;
  }

  private abs(path: string): string {
    const { shell } = this.current();
    return shell.fs.resolve(shell.env.get('HOME') ?? shell.cwd, path);
  }

  readFile(path: string): string | undefined {
    const abs = this.abs(path);
    const { fs } = this.current().shell;
    return fs.stat(abs) && !fs.isDirectory(abs) ? fs.readFile(abs) : undefined;
  }

  writeFile(path: string, content: string): void {
    const abs = this.abs(path);
    const { fs } = this.current().shell;
    const dir = abs.slice(0, abs.lastIndexOf('/'));
    if (dir) fs.mkdir(dir, true);
    fs.writeFile(abs, content);
  }

  /**
   * Only the session's own replays come here (earlier steps' solutions on a reset): they run off
   * the wall clock so restoring a step takes milliseconds, not the minutes a rollout would.
   * "Solve for me" is typed into the terminal by the page instead.
   */
  exec(command: string) {
    return this.current().execSettled(command);
  }

  settle(): void {
    this.current().cluster.settle();
  }

  advance(seconds: number): void {
    this.current().cluster.advance(seconds);
  }

  stopNode(name: string): void {
    const kubelet = this.current().cluster.kubelets.get(name);
    if (!kubelet) throw new Error(`no node "${name}" in this cluster`);
    kubelet.stop();
  }

  reset(profile: string): void {
    this.rehost(profile);
  }
}
