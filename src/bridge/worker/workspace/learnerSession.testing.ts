/**
 * Test support: a browser-like session driven by hand (irregular wall-clock ticks, a page editor,
 * a slow network), and a fingerprint of everything a workspace must restore.
 */
import { BUILTIN_RESOURCES } from '../../../sim';
import { EditorBridge, type EditorRequest } from '../editorBridge';
import { RealtimeDriver } from '../realtimeDriver';
import { SimHost, type ExecResult } from '../simHost';
import { yieldToMacrotasks } from './macrotask';

export class LiveSession {
  readonly host: SimHost;
  readonly driver: RealtimeDriver;
  readonly editor = new EditorBridge();
  readonly requests: EditorRequest[] = [];
  private tick = 0;

  constructor(opts: { seed?: number; profile?: string } = {}) {
    this.host = new SimHost({ seed: opts.seed ?? 42, profile: opts.profile ?? 'minikube', timeMode: 'realtime', settle: false });
    this.driver = new RealtimeDriver(this.host);
    this.host.editor = this.editor;
  }

  attachEditor(): void {
    this.editor.listen((r) => this.requests.push(r));
    this.host.setEditorAttached(true);
  }

  /** Types a command; it runs until it waits (or ends). */
  async type(line: string): Promise<{ result: Promise<ExecResult> }> {
    const result = this.host.exec(line);
    await yieldToMacrotasks();
    return { result };
  }

  /** Types a command that ends without waiting and returns its result. */
  async run(line: string): Promise<ExecResult> {
    return (await this.type(line)).result;
  }

  /** Lets `seconds` of virtual time pass in uneven, fractional ticks, as a 60 Hz page at 5× would. */
  async wait(seconds: number): Promise<void> {
    const end = this.host.cluster.now() + seconds * 1000;
    while (this.host.cluster.now() < end) {
      const step = 83.35 * (1 + (this.tick++ % 7)) + 0.125;
      await this.driver.advanceTo(Math.min(end, this.host.cluster.now() + step));
      await yieldToMacrotasks();
    }
  }
}

/** A download that arrives when the test says so (a slow network). */
export function slowFetch(body: string): { fetch: (url: string) => Promise<{ status: number; statusText: string; body: string }>; arrive: () => void } {
  let arrive = () => {};
  return {
    fetch: () => new Promise((resolve) => (arrive = () => resolve({ status: 200, statusText: 'OK', body }))),
    arrive: () => arrive(),
  };
}

export interface Fingerprint {
  clock: number;
  resourceVersion: number;
  objects: Record<string, unknown[]>;
  files: unknown;
  history: string[];
  cwd: string;
  prompt: string;
  podsWide: string;
  stoppedNodes: string[];
}

/** Everything a restore must reproduce, compared with deep equality (uids and resourceVersions included). */
export async function fingerprint(host: SimHost): Promise<Fingerprint> {
  const objects: Record<string, unknown[]> = {};
  for (const r of BUILTIN_RESOURCES) {
    const items = host.cluster.client.list(r).items;
    if (items.length) objects[`${r.group}/${r.version}/${r.resource}`] = items;
  }
  return {
    clock: host.cluster.now(),
    resourceVersion: host.cluster.api.store.resourceVersion(),
    objects,
    files: host.shell.fs.snapshot(),
    history: [...host.shell.history],
    cwd: host.shell.cwd,
    prompt: host.prompt(),
    podsWide: (await host.kubectlQuiet(['get', 'pods', '-A', '-o', 'wide'])).stdout,
    stoppedNodes: [...host.cluster.kubelets.entries()].filter(([, k]) => !k.isRunning()).map(([n]) => n),
  };
}
