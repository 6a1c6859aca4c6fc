/**
 * A KubectlContext for tests: captured stdout/stderr, a virtual clock that `sleep` advances
 * (calling `onSleep` so a test can move the cluster along), an in-memory filesystem and Ctrl-C.
 */
import type { ClusterClient } from '../sim';
import type { KubectlContext } from '../context';
import { runKubectl } from '../kubectl';

export interface TestContext extends KubectlContext {
  out: string[];
  err: string[];
  files: Map<string, string>;
  /** Simulates Ctrl-C. */
  abort(): void;
}

export interface TestContextOptions {
  stdin?: string;
  files?: Record<string, string>;
  startMs?: number;
  /** Runs after virtual time moves during `sleep`, e.g. to advance a test cluster. */
  onSleep?: (seconds: number, ctx: TestContext) => void | Promise<void>;
}

export function testContext(client: ClusterClient, o: TestContextOptions = {}): TestContext {
  let now = o.startMs ?? Date.UTC(2024, 0, 1, 0, 10, 0);
  let aborted = false;
  const handlers = new Set<() => void>();
  const files = new Map(Object.entries(o.files ?? {}));
  const ctx: TestContext = {
    client,
    stdin: o.stdin ?? '',
    out: [],
    err: [],
    files,
    stdout: { write: (s) => void ctx.out.push(s) },
    stderr: { write: (s) => void ctx.err.push(s) },
    now: () => now,
    sleep: async (seconds) => {
      now += seconds * 1000;
      await o.onSleep?.(seconds, ctx);
    },
    interrupt: {
      get aborted() {
        return aborted;
      },
      onAbort: (fn) => {
        handlers.add(fn);
        return () => handlers.delete(fn);
      },
    },
    readFile: (path) => files.get(path),
    writeFile: (path, text) => void files.set(path, text),
    listDir: (path) => {
      const prefix = `${path.replace(/\/$/, '')}/`;
      const names = [...files.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split('/')[0]);
      return names.length ? [...new Set(names)] : undefined;
    },
    kubeconfig: { currentContext: 'playground', contexts: [{ name: 'playground', cluster: 'playground', user: 'learner' }] },
    abort: () => {
      aborted = true;
      for (const fn of handlers) fn();
    },
  };
  return ctx;
}

/** Runs one kubectl command line (split on spaces) and returns what it printed. */
export async function kubectl(ctx: TestContext, line: string | string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  ctx.out.length = 0;
  ctx.err.length = 0;
  const argv = Array.isArray(line) ? line : line.split(' ').filter((s) => s !== '');
  const code = await runKubectl(argv, ctx);
  return { code, stdout: ctx.out.join(''), stderr: ctx.err.join('') };
}
