/**
 * Lets shell commands open the page's YAML editor: `vi`, `vim` and `nano` open a virtual file
 * (and return at once, the file is saved from the editor); `kubectl edit` waits for the edited
 * text. Headless hosts have no editor listening, so the commands say how to edit instead.
 */
import type { CommandContext, Shell } from '../../shell';

export interface EditorRequest {
  id: number;
  /** Absolute path in the virtual filesystem. */
  path: string;
  text: string;
  /** `file`: save writes the file. `edit`: kubectl waits for the text (undefined = cancelled). */
  mode: 'file' | 'edit';
}

export type EditorListener = (request: EditorRequest) => void;

/** What commands need from an editor (the page's, or a journal replay's stand-in). */
export interface EditorPort {
  readonly available: boolean;
  openFile(path: string, text: string): void;
  edit(path: string, text: string): Promise<string | undefined>;
}

export class EditorBridge implements EditorPort {
  private readonly listeners = new Map<number, EditorListener>();
  private readonly waiting = new Map<number, (text: string | undefined) => void>();
  private nextId = 1;

  listen(listener: EditorListener): number {
    const id = this.nextId++;
    this.listeners.set(id, listener);
    return id;
  }

  unlisten(id: number): void {
    this.listeners.delete(id);
  }

  get available(): boolean {
    return this.listeners.size > 0;
  }

  openFile(path: string, text: string): void {
    this.send({ id: this.nextId++, path, text, mode: 'file' });
  }

  /** Resolves with the saved text, or undefined when the learner closes without saving. */
  edit(path: string, text: string): Promise<string | undefined> {
    const id = this.nextId++;
    const done = new Promise<string | undefined>((resolve) => this.waiting.set(id, resolve));
    this.send({ id, path, text, mode: 'edit' });
    return done;
  }

  /** The page's answer to an `edit` request. */
  finish(id: number, text: string | undefined): void {
    this.waiting.get(id)?.(text);
    this.waiting.delete(id);
  }

  /** Nobody will answer anymore (reset): pending edits end as cancelled. */
  cancelAll(): void {
    for (const resolve of this.waiting.values()) resolve(undefined);
    this.waiting.clear();
  }

  private send(request: EditorRequest): void {
    for (const l of this.listeners.values()) l(request);
  }
}

export const EDITOR_COMMANDS = ['vi', 'vim', 'nano'] as const;

async function openInEditor(ctx: CommandContext, bridge: EditorPort | undefined): Promise<number> {
  const name = ctx.argv[0];
  const file = ctx.argv.slice(1).find((a) => !a.startsWith('-'));
  if (!bridge?.available) {
    ctx.stderr.write(`${name}: no full-screen editor in this shell; write files with a heredoc instead:\n  cat <<'EOF' > deploy.yaml\n  ...\n  EOF\n`);
    return 1;
  }
  if (!file) {
    ctx.stderr.write(`${name}: name the file to edit, e.g. ${name} deploy.yaml\n`);
    return 1;
  }
  const abs = ctx.fs.resolve(ctx.cwd, file);
  if (ctx.fs.isDirectory(abs)) {
    ctx.stderr.write(`${name}: ${file}: Is a directory\n`);
    return 1;
  }
  const text = ctx.fs.stat(abs) ? ctx.fs.readFile(abs) : '';
  bridge.openFile(abs, text);
  ctx.stdout.write(`Opened ${file} in the editor. Save writes the file; Apply runs kubectl apply -f ${file}.\n`);
  return 0;
}

/** Registers `vi`, `vim` and `nano`; `bridge()` is read at run time (the page may attach later). */
export function registerEditorCommands(shell: Shell, bridge: () => EditorPort | undefined): void {
  for (const name of EDITOR_COMMANDS) shell.register(name, (ctx) => openInEditor(ctx, bridge()));
}
