/**
 * The terminal's conversation with the shell in the Worker: prompt, line editing, history,
 * continuation lines for incomplete input (quotes, heredocs, trailing `\`), running a command
 * with its output streamed in, Ctrl-C, Tab completion. Independent of xterm so it can be tested
 * with a fake screen.
 */
import type { History } from './history';
import { parseKeys, type Key } from './keys';
import { editLine, EMPTY_LINE, insertText, type LineState } from './lineEditor';
import { redraw } from './lineRenderer';
import type { Completion } from '../../../bridge/main/types';

export interface Screen {
  write(data: string): void;
  readonly cols: number;
}

export interface ShellBackend {
  exec(command: string, onOutput: (text: string) => void): Promise<unknown>;
  isIncomplete(text: string): Promise<boolean>;
  interrupt(): Promise<void>;
  prompt(): Promise<string>;
  complete(line: string, cursor: number): Promise<Completion>;
}

const CONTINUATION = '> ';
const CLEAR = '\x1b[H\x1b[2J';

export function toTerminalNewlines(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

export class TerminalSession {
  private line: LineState = EMPTY_LINE;
  /** Lines already entered of a command that is not complete yet. */
  private earlier: string[] = [];
  private prompt = '$ ';
  private cursorRow = 0;
  private running = false;
  private readonly keys: Key[] = [];
  private pumping?: Promise<void>;
  /** Whether the last thing written left the cursor at the start of a line. */
  private atLineStart = true;

  constructor(
    private readonly screen: Screen,
    private readonly backend: ShellBackend,
    private readonly history: History,
  ) {}

  async start(): Promise<void> {
    await this.showPrompt();
  }

  /** What xterm reports as typed or pasted. */
  onData(data: string): void {
    if (this.running && data.includes('\x03')) {
      this.keys.length = 0;
      this.screen.write('^C');
      this.atLineStart = false;
      void this.backend.interrupt();
      return;
    }
    this.keys.push(...parseKeys(data));
    this.pump();
  }

  /** Types `command` at the prompt and runs it, as if the learner had. */
  run(command: string): Promise<void> {
    this.keys.push({ type: 'key', name: 'killLineBefore' }, { type: 'key', name: 'killLineAfter' }, { type: 'text', text: command }, { type: 'key', name: 'enter' });
    return this.pump();
  }

  /**
   * Like `run`, but types the command one character at a time, waiting `pause()` between
   * characters, so an audience can read along (autorun, a host page's commands).
   */
  async typeAndRun(command: string, pause: () => Promise<void>): Promise<void> {
    await this.idle();
    this.keys.push({ type: 'key', name: 'killLineBefore' }, { type: 'key', name: 'killLineAfter' });
    for (const ch of command) {
      this.keys.push({ type: 'text', text: ch });
      await this.pump();
      await pause();
    }
    this.keys.push({ type: 'key', name: 'enter' });
    return this.pump();
  }

  /** Resolves when every key typed so far has been handled (commands included). */
  idle(): Promise<void> {
    return this.pumping ?? Promise.resolve();
  }

  private pump(): Promise<void> {
    // With nothing to do the loop below would finish synchronously, before `??=` stores it,
    // leaving a settled promise in `pumping` that no later key would ever get past.
    if (!this.pumping && this.keys.length === 0) return Promise.resolve();
    this.pumping ??= (async () => {
      while (this.keys.length > 0) await this.handle(this.keys.shift()!);
      this.pumping = undefined;
    })();
    return this.pumping;
  }

  private currentPrompt(): string {
    return this.earlier.length > 0 ? CONTINUATION : this.prompt;
  }

  private draw(next: LineState): void {
    const { bytes, drawn } = redraw(this.cursorRow, this.colouredPrompt(), next.text, next.cursor, this.screen.cols, CONTINUATION);
    this.line = next;
    this.cursorRow = drawn.cursorRow;
    this.screen.write(bytes);
  }

  private colouredPrompt(): string {
    return this.earlier.length > 0 ? CONTINUATION : `\x1b[1;32m${this.prompt}\x1b[0m`;
  }

  private async handle(key: Key): Promise<void> {
    if (key.type === 'text') return this.draw(insertText(this.line, key.text));
    const edited = editLine(this.line, key.name);
    if (edited) return this.draw(edited);
    switch (key.name) {
      case 'enter':
        return this.enter();
      case 'up':
      case 'down': {
        const entry = key.name === 'up' ? this.history.previous(this.line.text) : this.history.next();
        if (entry !== undefined) this.draw({ text: entry, cursor: entry.length });
        return;
      }
      case 'interrupt':
        this.screen.write('^C\r\n');
        this.earlier = [];
        return this.showPrompt();
      case 'clearScreen':
        this.screen.write(CLEAR);
        this.cursorRow = 0;
        return this.draw(this.line);
      case 'tab':
        return this.complete();
      default:
        return;
    }
  }

  private async enter(): Promise<void> {
    const text = [...this.earlier, this.line.text].join('\n');
    this.draw({ text: this.line.text, cursor: this.line.text.length });
    this.screen.write('\r\n');
    if (text.trim() && (await this.backend.isIncomplete(text))) {
      this.earlier.push(this.line.text);
      this.resetLine();
      return this.draw(EMPTY_LINE);
    }
    this.earlier = [];
    this.history.push(text);
    if (text.trim()) await this.execute(text);
    await this.showPrompt();
  }

  private async execute(command: string): Promise<void> {
    this.running = true;
    this.atLineStart = true;
    try {
      await this.backend.exec(command, (out) => {
        if (!out) return;
        this.screen.write(toTerminalNewlines(out));
        this.atLineStart = out.endsWith('\n');
      });
    } catch (e) {
      this.screen.write(toTerminalNewlines(`${e instanceof Error ? e.message : String(e)}\n`));
      this.atLineStart = true;
    } finally {
      this.running = false;
    }
    // Like zsh, keep the prompt off the end of output that did not end its line.
    if (!this.atLineStart) this.screen.write('\r\n');
  }

  private async complete(): Promise<void> {
    const { from, candidates } = await this.backend.complete(this.line.text, this.line.cursor);
    if (candidates.length === 0) return;
    const typed = this.line.text.slice(from, this.line.cursor);
    const common = commonPrefix(candidates);
    if (candidates.length === 1) {
      return this.draw(insertText(this.line, candidates[0].slice(typed.length) + ' '));
    }
    if (common.length > typed.length) return this.draw(insertText(this.line, common.slice(typed.length)));
    this.draw({ text: this.line.text, cursor: this.line.text.length });
    this.screen.write('\r\n' + candidates.join('  ') + '\r\n');
    this.cursorRow = 0;
    this.draw(this.line);
  }

  private resetLine(): void {
    this.line = EMPTY_LINE;
    this.cursorRow = 0;
  }

  private async showPrompt(): Promise<void> {
    this.prompt = await this.backend.prompt();
    this.resetLine();
    this.draw(EMPTY_LINE);
  }

  /** For tests: the current prompt text and line. */
  state(): { prompt: string; line: LineState } {
    return { prompt: this.currentPrompt(), line: this.line };
  }
}

export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0];
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
