import type { CommandFn } from '../../executor/types';
import { FsError } from '../../vfs/FsError';
import { getopt } from '../getopt';
import { withUsage } from '../io';
import { type Address, type SedCommand, SedError, parseSed } from './parseSed';
import { expandReplacement } from './replacement';

/** `sed [-n] [-E] [-i] [-e SCRIPT]… [SCRIPT] [FILE…]`: s, d, p, q, y, =, a, i, c, n. */
export const sed: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { opts, all, operands } = getopt('sed', ctx.argv.slice(1), {
      flags: 'nErsiz',
      withValue: 'e',
      long: { quiet: 'n', silent: 'n', 'regexp-extended': 'E', 'in-place': 'i', expression: 'e' },
      longWithValue: ['expression'],
    });
    const files = [...operands];
    const scripts = all.filter(([k]) => k === 'e').map(([, v]) => v);
    if (scripts.length === 0) {
      const s = files.shift();
      if (s === undefined) {
        ctx.stderr.write("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n");
        return 1;
      }
      scripts.push(s);
    }
    let program: SedCommand[];
    try {
      program = scripts.flatMap((s) => parseSed(s, opts.has('E') || opts.has('r')));
    } catch (e) {
      if (!(e instanceof SedError)) throw e;
      ctx.stderr.write(`sed: -e expression #1, char ${e.char}: ${e.message}\n`);
      return 1;
    }
    const quiet = opts.has('n');
    if (opts.has('i')) {
      if (files.length === 0) {
        ctx.stderr.write('sed: no input files\n');
        return 1;
      }
      let status = 0;
      for (const name of files) {
        const path = ctx.fs.resolve(ctx.cwd, name);
        try {
          ctx.fs.writeFile(path, runSed(program, ctx.fs.readFile(path), quiet));
        } catch (e) {
          if (!(e instanceof FsError)) throw e;
          ctx.stderr.write(`sed: can't read ${name}: ${e.message}\n`);
          status = 2;
        }
      }
      return status;
    }
    let text = '';
    let status = 0;
    for (const name of files.length ? files : ['-']) {
      try {
        text += name === '-' ? ctx.stdin : ctx.fs.readFile(ctx.fs.resolve(ctx.cwd, name));
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        ctx.stderr.write(`sed: can't read ${name}: ${e.message}\n`);
        status = 2;
      }
    }
    ctx.stdout.write(runSed(program, text, quiet));
    return status;
  });

/** Runs a parsed sed program over `text`, returning what sed would print. */
export function runSed(program: SedCommand[], text: string, quiet: boolean): string {
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const finalNewline = text.endsWith('\n');
  const active = program.map(() => false);
  let out = '';
  const emit = (s: string, last: boolean): void => {
    out += s + (last && !finalNewline ? '' : '\n');
  };
  for (let n = 0; n < lines.length; n++) {
    let space = lines[n];
    let deleted = false;
    let quit = false;
    const appended: string[] = [];
    for (const [idx, cmd] of program.entries()) {
      const isLast = n === lines.length - 1;
      if (!selects(cmd, idx, active, n + 1, isLast, space)) continue;
      switch (cmd.name) {
        case 's': {
          const r = substitute(cmd, space);
          if (r !== undefined) {
            space = r;
            if (cmd.print) emit(space, false);
          }
          break;
        }
        case 'y':
          space = [...space].map((c) => (cmd.from!.includes(c) ? cmd.to![cmd.from!.indexOf(c)] : c)).join('');
          break;
        case 'p':
          emit(space, false);
          break;
        case '=':
          out += `${n + 1}\n`;
          break;
        case 'a':
          appended.push(cmd.text!);
          break;
        case 'i':
          out += cmd.text + '\n';
          break;
        case 'c':
          out += cmd.text + '\n';
          deleted = true;
          break;
        case 'd':
          deleted = true;
          break;
        case 'n':
          if (!quiet) emit(space, isLast);
          if (n + 1 < lines.length) space = lines[++n];
          else quit = deleted = true;
          break;
        case 'q':
          quit = true;
          break;
      }
      if (deleted || quit) break;
    }
    if (!deleted && !quiet) emit(space, n === lines.length - 1);
    for (const a of appended) out += a + '\n';
    if (quit) break;
  }
  return out;
}

function substitute(cmd: SedCommand, space: string): string | undefined {
  const re = cmd.re!;
  re.lastIndex = 0;
  let count = 0;
  let changed = false;
  const result = space.replace(re, (...args) => {
    count++;
    const match = args[0] as string;
    if (cmd.occurrence !== 0 && count !== cmd.occurrence) return match;
    changed = true;
    const groups = args.slice(1, -2).map((g) => (g as string | undefined) ?? '');
    return expandReplacement(cmd.replacement!, match, groups);
  });
  return changed ? result : undefined;
}

function selects(cmd: SedCommand, idx: number, active: boolean[], lineNo: number, isLast: boolean, space: string): boolean {
  const hit = (a: Address): boolean => {
    if (a.kind === 'line') return a.n === lineNo;
    if (a.kind === 'last') return isLast;
    a.re.lastIndex = 0;
    return a.re.test(space);
  };
  let selected: boolean;
  if (!cmd.addr1) selected = true;
  else if (!cmd.addr2) selected = hit(cmd.addr1);
  else if (active[idx]) {
    selected = true;
    const end = cmd.addr2;
    if (end.kind === 'line' ? lineNo >= end.n : hit(end)) active[idx] = false;
  } else if (hit(cmd.addr1)) {
    selected = true;
    const end = cmd.addr2;
    active[idx] = !(end.kind === 'line' && end.n <= lineNo) && !(end.kind === 'last' && isLast);
  } else selected = false;
  return selected !== cmd.negate;
}
