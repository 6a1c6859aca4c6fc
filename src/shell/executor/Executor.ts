import type { AndOr, Pipeline, Script, SimpleCommand, Word } from '../parser/ast';
import { ShellSyntaxError } from '../parser/errors';
import { parseScript } from '../parser/parser';
import { expandString, expandWords, type ExpansionHost } from './expand';
import { RedirectError, applyRedirects, type Streams } from './redirects';
import type { Shell } from './Shell';
import type { CommandContext, Interrupt, Writer } from './types';

/** Thrown by `exit`; unwinds to Shell.run (or to the `$( )` that ran it). */
export class ExitSignal {
  constructor(readonly code: number) {}
}

export const STATUS_INTERRUPTED = 130;

/** Runs parsed scripts against a Shell's state. Stateless itself: everything lives in Shell. */
export class Executor {
  /** The status of the last `$( )` of the command being expanded: `A=$(false)` returns it. */
  private substitutionStatus: number | undefined;

  constructor(
    private readonly shell: Shell,
    private readonly interrupt: Interrupt,
  ) {}

  async runScript(script: Script, io: Streams): Promise<number> {
    for (const item of script.items) {
      if (this.interrupt.aborted) return this.setStatus(STATUS_INTERRUPTED);
      await this.runAndOr(item, io);
    }
    return this.shell.lastStatus;
  }

  private async runAndOr(item: AndOr, io: Streams): Promise<number> {
    let status = await this.runPipeline(item.first, io);
    for (const { op, pipeline } of item.rest) {
      if (this.interrupt.aborted) break;
      if ((op === '&&') === (status === 0)) status = await this.runPipeline(pipeline, io);
    }
    return status;
  }

  private async runPipeline(pipeline: Pipeline, io: Streams): Promise<number> {
    let stdin = io.stdin;
    let status = 0;
    for (const [i, cmd] of pipeline.commands.entries()) {
      const last = i === pipeline.commands.length - 1;
      let buffer = '';
      const pipe: Writer = { write: (s) => void (buffer += s) };
      const streams: Streams = last ? { ...io, stdin } : { ...io, stdin, stdout: pipe, stdoutIsTerminal: false };
      status = await this.runSimple(cmd, streams);
      stdin = buffer;
      if (this.interrupt.aborted) {
        status = STATUS_INTERRUPTED;
        break;
      }
    }
    if (pipeline.negated) status = status === 0 ? 1 : 0;
    return this.setStatus(status);
  }

  private async runSimple(cmd: SimpleCommand, io: Streams): Promise<number> {
    const procFiles: string[] = [];
    const host = this.expansionHost(io, procFiles);
    this.substitutionStatus = undefined;
    try {
      const argv = await expandWords(this.expandAliases(cmd.words), host);
      const streams = await applyRedirects(cmd.redirects, io, {
        fs: this.shell.fs,
        cwd: this.shell.cwd,
        expandTarget: (r) => expandString(r.target!, host),
        expandHeredoc: (w) => expandString(w, host, false),
      });
      const assigned: [string, string][] = [];
      for (const a of cmd.assignments) assigned.push([a.name, await expandString(a.value, host)]);
      if (argv.length === 0) {
        for (const [k, v] of assigned) this.shell.env.set(k, v);
        return this.substitutionStatus ?? 0;
      }
      return await this.invoke(argv, assigned, streams);
    } catch (e) {
      if (e instanceof RedirectError) return this.fail(io.stderr, e.message);
      if (e instanceof ShellSyntaxError) return this.fail(io.stderr, `bash: ${e.message}`);
      throw e;
    } finally {
      for (const path of procFiles) this.shell.fs.remove(path);
    }
  }

  private async invoke(argv: string[], assigned: [string, string][], io: Streams): Promise<number> {
    const [name] = argv;
    const builtin = this.shell.builtins.get(name);
    const command = this.shell.commands.get(name);
    if (!builtin && !command) return this.fail(io.stderr, `bash: ${name}: command not found`, 127);
    let env = this.shell.env;
    if (!builtin || assigned.length) {
      env = env.clone();
      for (const [k, v] of assigned) env.set(k, v, true);
    }
    const ctx: CommandContext = {
      argv,
      stdin: io.stdin,
      stdout: io.stdout,
      stderr: io.stderr,
      env,
      fs: this.shell.fs,
      cwd: this.shell.cwd,
      sleep: (s) => this.shell.interruptibleSleep(s, this.interrupt),
      interrupt: this.interrupt,
      now: this.shell.now,
      hostname: this.shell.hostname,
      columns: this.shell.columns,
      isTTY: this.shell.isTTY && io.stdoutIsTerminal,
      shell: {
        run: (line, sub) =>
          this.shell.runNested(line, { ...io, ...sub, stdin: sub?.stdin ?? '' }, sub?.interrupt ?? this.interrupt),
        exists: (n) => this.shell.commands.has(n),
        maxWatchRounds: this.shell.maxWatchRounds,
      },
    };
    return builtin ? builtin(ctx, this.shell) : command!(ctx);
  }

  /** Replaces an alias in command position, repeatedly, never expanding one alias twice. */
  private expandAliases(words: Word[]): Word[] {
    const seen = new Set<string>();
    let result = words;
    for (;;) {
      const first = result[0]?.parts;
      if (!first || first.length !== 1 || first[0].kind !== 'literal' || first[0].quoted) return result;
      const name = first[0].text;
      const value = this.shell.aliases.get(name);
      if (value === undefined || seen.has(name)) return result;
      seen.add(name);
      const parsed = parseScript(value).items[0]?.first.commands[0];
      result = [...(parsed?.words ?? []), ...result.slice(1)];
    }
  }

  private expansionHost(io: Streams, procFiles: string[]): ExpansionHost {
    const shell = this.shell;
    return {
      fs: shell.fs,
      cwd: shell.cwd,
      lookup: (name) => shell.lookup(name),
      assign: (name, value) => shell.env.set(name, value),
      commandSubstitution: async (source) => {
        let out = '';
        await shell.runSubshell(source, { ...io, stdin: '', stdout: { write: (s) => void (out += s) } }, this.interrupt);
        this.substitutionStatus = shell.lastStatus;
        return out;
      },
      processSubstitution: async (source) => {
        let out = '';
        await shell.runSubshell(source, { ...io, stdin: '', stdout: { write: (s) => void (out += s) } }, this.interrupt);
        const path = `/dev/fd/${63 - procFiles.length}`;
        shell.fs.mkdir('/dev/fd', true);
        shell.fs.writeFile(path, out);
        procFiles.push(path);
        return path;
      },
    };
  }

  private fail(stderr: Writer, message: string, status = 1): number {
    stderr.write(message + '\n');
    return status;
  }

  private setStatus(status: number): number {
    this.shell.lastStatus = status;
    return status;
  }
}
