/**
 * The page's playground session seen as a LessonHost. It always reaches the session's current
 * SimHost (a reset replaces it), and starting over goes through SimApi's own reset so the feed,
 * the clock driver and the editor follow the new cluster. Everything a lesson does to the session
 * goes through SimHost's journaled methods, so a saved workspace replays it.
 */
import type { LessonHost } from '../../../lessons';
import type { ClusterClient } from '../../../sim';
import type { SimHost } from '../simHost';
import { API_VERBS, type ApiVerb } from '../workspace/journal';

const isWrite = (name: string | symbol): name is ApiVerb => (API_VERBS as readonly (string | symbol)[]).includes(name);

/** The cluster's client with its writes (a lesson's setup objects, a cordon) made through the journal. */
function journaledClient(host: SimHost): ClusterClient {
  const client = host.cluster.client;
  return new Proxy(client, {
    get(target, name) {
      if (isWrite(name)) return (...args: unknown[]) => host.apiWrite(name, args);
      const value: unknown = Reflect.get(target, name, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export class WorkerLessonHost implements LessonHost {
  constructor(
    private readonly current: () => SimHost,
    private readonly rehost: (profile: string) => void,
  ) {}

  get client(): ClusterClient {
    return journaledClient(this.current());
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
    this.current().writeFile(this.abs(path), content, { parents: true });
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
    this.current().settle();
  }

  advance(seconds: number): void {
    this.current().advance(seconds);
  }

  stopNode(name: string): void {
    const error = this.current().stopNode(name);
    if (error) throw new Error(`lesson setup: ${error}`);
  }

  reset(profile: string): void {
    this.rehost(profile);
  }
}
