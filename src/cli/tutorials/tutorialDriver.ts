/**
 * Follows a kubernetes.io page in the headless shell: one SimHost in script mode (commands run at
 * once, the cluster settles after each, `sleep N` advances virtual time), the documentation's
 * `https://k8s.io/examples/…` links answered from the copies in ./examples, and small readers for
 * the tables kubectl prints so tests assert columns and key lines rather than whole outputs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SimHost, type ExecResult } from '../../bridge/worker/simHost';

const EXAMPLES_DIR = join(__dirname, 'examples');
const DOCS_EXAMPLES = 'https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/';

/** What `kubectl apply -f https://k8s.io/examples/<path>` downloads: the page's own manifests. */
export function examplesFetch(url: string | URL | Request): Promise<Response> {
  const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url;
  if (!href.startsWith(DOCS_EXAMPLES)) return Promise.resolve(new Response('Not Found', { status: 404, statusText: 'Not Found' }));
  try {
    return Promise.resolve(new Response(readFileSync(join(EXAMPLES_DIR, href.slice(DOCS_EXAMPLES.length)), 'utf8'), { status: 200 }));
  } catch {
    return Promise.resolve(new Response('404: Not Found', { status: 404, statusText: 'Not Found' }));
  }
}

export interface TutorialOptions {
  seed?: number;
  profile?: string;
}

export class Tutorial {
  readonly host: SimHost;
  /** Everything run so far as `$ command` + output, for failure messages. */
  transcript = '';

  constructor(opts: TutorialOptions = {}) {
    this.host = new SimHost({ seed: opts.seed ?? 1, profile: opts.profile, timeMode: 'instant', settle: true, startTimeMs: Date.UTC(2025, 0, 15, 10, 0, 0) });
  }

  /** Runs one command line as a learner types it. */
  async run(command: string): Promise<ExecResult> {
    const r = await this.host.exec(command);
    this.transcript += `$ ${command}\n${r.stdout}${r.stderr}`;
    return r;
  }

  /** Runs a command that must succeed and returns its stdout. */
  async ok(command: string): Promise<string> {
    const r = await this.run(command);
    if (r.exitCode !== 0) throw new Error(`\`${command}\` exited ${r.exitCode}: ${r.stderr}\n--- transcript ---\n${this.transcript}`);
    return r.stdout;
  }

  /** Both streams, as the terminal shows them (exit status not checked). */
  async output(command: string): Promise<string> {
    const r = await this.run(command);
    return r.stdout + r.stderr;
  }

  /** Saves a file in the shell's home directory, as a learner would with an editor. */
  write(path: string, text: string): void {
    const fs = this.host.shell.fs;
    const abs = fs.resolve(this.host.shell.cwd, path);
    fs.mkdir(abs.slice(0, abs.lastIndexOf('/')) || '/', true);
    fs.writeFile(abs, text);
  }

  /** A manifest from the documentation's examples folder, as the page shows it. */
  example(path: string): string {
    return readFileSync(join(EXAMPLES_DIR, path), 'utf8');
  }

  seconds(): number {
    return this.host.elapsedSeconds();
  }
}

/** A kubectl table as rows of cells keyed by header (cells split on runs of 2+ spaces or column starts). */
export function table(text: string): Record<string, string>[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (!lines.length) return [];
  const header = lines[0];
  const starts: number[] = [];
  const names: string[] = [];
  for (const m of header.matchAll(/\S+(?: \S+)*/g)) {
    starts.push(m.index ?? 0);
    names.push(m[0]);
  }
  return lines.slice(1).map((line) => {
    const row: Record<string, string> = {};
    names.forEach((name, i) => {
      row[name] = line.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : undefined).trim();
    });
    return row;
  });
}

/** The header line's column names. */
export function columns(text: string): string[] {
  return (text.split('\n')[0].match(/\S+(?: \S+)*/g) ?? []);
}

/** One column of a kubectl table. */
export const column = (text: string, name: string): string[] => table(text).map((r) => r[name]);
