import type { AndOr, Command, CompoundCommand, Pipeline, Script, SimpleCommand, Word } from '../parser/ast';
import { ShellSyntaxError } from '../parser/errors';
import { parseScript } from '../parser/parser';
import { expandString, expandWords, type ExpansionHost } from './expand';
import { type InputCursor, RedirectError, applyRedirects, type Streams } from './redirects';
import type { Shell } from './Shell';
import type { CommandContext, Interrupt, Writer } from './types';

/** Thrown by `exit`; unwinds to Shell.run (or to the `$( )` that ran it). */
export class ExitSignal {
  constructor(readonly code: number) {}
}

export const STATUS_INTERRUPTED = 130;

/** Thrown by `break` and `continue`; `levels` counts the loops still to leave. */
export class LoopControl {
  constructor(
    readonly kind: 'break' | 'continue',
    readonly levels: number,
  ) {}
}

/** Runs parsed scripts against a Shell's state. Stateless itself: everything lives in Shell. */
export class Executor {
  /** The status of the last `$( )` of the command being expanded: `A=$(false)` returns it. */
  private substitutionStatus: number | undefined;
  private loopDepth = 0;

  constructor(
    private readonly shell: Shell,
    private readonly interrupt: Interrupt,
  ) {}

  async runScript(script: Script, io: Streams): Promise<number> {
    for (const item of script.items) {
      if (this.interrupt.aborted) return this.setStatus(STATUS_INTERRUPTED);
      if (item.background) {
        this.shell.startJob(item, io);
        this.setStatus(0);
      } else await this.runAndOr(item, io);
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
      const input = i === 0 ? io.input : { text: stdin, pos: 0 };
      const streams: Streams = { ...io, stdin, input, ...(last ? {} : { stdout: pipe, stdoutIsTerminal: false }) };
      status = await this.runCommand(cmd, streams);
      stdin = buffer;
      if (this.interrupt.aborted) {
        status = STATUS_INTERRUPTED;
        break;
      }
    }
    if (pipeline.negated) status = status === 0 ? 1 : 0;
    return this.setStatus(status);
  }

  private runCommand(cmd: Command, io: Streams): Promise<number> {
    return cmd.type === 'simple' ? this.runSimple(cmd, io) : this.runCompound(cmd, io);
  }

  private async runCompound(cmd: CompoundCommand, base: Streams): Promise<number> {
    let io: Streams;
    try {
      io = await applyRedirects(cmd.redirects, base, this.redirectHost(this.expansionHost(base, [])));
    } catch (e) {
      if (e instanceof RedirectError) return this.fail(base.stderr, e.message);
      throw e;
    }
    switch (cmd.type) {
      case 'group':
        if (!cmd.subshell) return this.runScript(cmd.body, io);
        return this.shell.runSubshellScript(cmd.body, io, this.interrupt);
      case 'if':
        for (const clause of cmd.clauses) {
          if ((await this.runScript(clause.condition, io)) === 0) return this.runScript(clause.body, io);
        }
        return cmd.otherwise ? this.runScript(cmd.otherwise, io) : 0;
      case 'for': {
        const values = cmd.words ? await expandWords(cmd.words, this.expansionHost(io, [])) : [...this.shell.positional];
        return this.loop(io, cmd.body, async () => {
          const v = values.shift();
          if (v !== undefined) this.shell.env.set(cmd.name, v);
          return v !== undefined;
        });
      }
      case 'while':
        return this.loop(io, cmd.body, async () => ((await this.runScript(cmd.condition, io)) === 0) !== cmd.until);
    }
  }

  /** Runs `body` while `next()` says so, honouring break/continue and Ctrl-C. Status: the last body's. */
  private async loop(io: Streams, body: Script, next: () => Promise<boolean>): Promise<number> {
    let status = 0;
    this.loopDepth++;
    try {
      while (await next()) {
        if (this.interrupt.aborted) return this.setStatus(STATUS_INTERRUPTED);
        try {
          status = await this.runScript(body, io);
        } catch (e) {
          if (!(e instanceof LoopControl)) throw e;
          status = 0;
          if (e.levels > 1) throw new LoopControl(e.kind, e.levels - 1);
          if (e.kind === 'break') break;
        }
      }
    } finally {
      this.loopDepth--;
    }
    return this.setStatus(status);
  }

  private redirectHost(host: ExpansionHost): Parameters<typeof applyRedirects>[2] {
    return {
      fs: this.shell.fs,
      cwd: this.shell.cwd,
      expandTarget: (r) => expandString(r.target!, host),
      expandHeredoc: (w) => expandString(w, host, false),
    };
  }

  private async runSimple(cmd: SimpleCommand, io: Streams): Promise<number> {
    const procFiles: string[] = [];
    const host = this.expansionHost(io, procFiles);
    this.substitutionStatus = undefined;
    try {
      const argv = await expandWords(this.expandAliases(cmd.words), host);
      const streams = await applyRedirects(cmd.redirects, io, this.redirectHost(host));
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
    const input: InputCursor = io.input ?? { text: io.stdin, pos: 0 };
    const ctx: CommandContext = {
      argv,
      stdin: input.text.slice(input.pos),
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
    if (!builtin) {
      // A job's own command runs in the process the job started as.
      if (!this.shell.job) this.shell.jobs.allocatePid();
      return command!(ctx);
    }
    try {
      return await builtin(ctx, this.shell, input);
    } catch (e) {
      if (!(e instanceof LoopControl) || this.loopDepth > 0) throw e;
      io.stderr.write(`bash: ${name}: only meaningful in a \`for', \`while', or \`until' loop\n`);
      return 0;
    }
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
      result = [...(parsed?.type === 'simple' ? parsed.words : []), ...result.slice(1)];
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
