import type { Shell } from '../executor/Shell';
import type { CommandFn } from '../executor/types';
import { awk } from './awk/awk';
import { base64 } from './base64';
import { clear, env, falseCommand, hostname, pwd, seq, trueCommand, whoami } from './basics';
import { alias, unalias } from './builtins/alias';
import { cd } from './builtins/cd';
import { complete, exit, history, type, which } from './builtins/misc';
import { source } from './builtins/source';
import { exportBuiltin, unset } from './builtins/variables';
import { breakBuiltin, continueBuiltin, read } from './builtins/flow';
import { bg, fg, jobs, kill, wait } from './builtins/jobControl';
import { colon, test } from './test';
import { cat, tee } from './cat';
import { cut } from './cut';
import { date } from './date';
import { echo } from './echo';
import { cp, mkdir, mv, rm, rmdir, touch } from './fileOps';
import { grep } from './grep';
import { head, tail } from './headTail';
import { jq } from './jq/jq';
import { ls } from './ls';
import { openssl } from './openssl/openssl';
import { printf } from './printf';
import { sed } from './sed/sed';
import { sleep } from './sleep';
import { sort, uniq } from './sortUniq';
import { tr } from './tr';
import { watch } from './watch';
import { wc } from './wc';
import { xargs } from './xargs';

const COMMANDS: Record<string, CommandFn> = {
  awk, base64, cat, clear, cp, cut, date, echo, env, false: falseCommand, grep, head, hostname, jq, ls, mkdir, mv, openssl,
  printenv: env, printf, pwd, rm, rmdir, sed, seq, sleep, sort, tail, tee, touch, tr, true: trueCommand, uniq,
  watch, wc, whoami, xargs, test, '[': test, ':': colon,
};

/** Registers the builtins and Unix tools every playground shell has. */
export function installStandardCommands(shell: Shell): void {
  for (const [name, fn] of Object.entries(COMMANDS)) shell.register(name, fn);
  shell.registerBuiltin('cd', cd);
  shell.registerBuiltin('export', exportBuiltin);
  shell.registerBuiltin('unset', unset);
  shell.registerBuiltin('alias', alias);
  shell.registerBuiltin('unalias', unalias);
  shell.registerBuiltin('source', source);
  shell.registerBuiltin('.', source);
  shell.registerBuiltin('exit', exit);
  shell.registerBuiltin('history', history);
  shell.registerBuiltin('jobs', jobs);
  shell.registerBuiltin('kill', kill);
  shell.registerBuiltin('wait', wait);
  shell.registerBuiltin('fg', fg);
  shell.registerBuiltin('bg', bg);
  shell.registerBuiltin('type', type);
  shell.registerBuiltin('which', which);
  shell.registerBuiltin('complete', complete);
  shell.registerBuiltin('break', breakBuiltin);
  shell.registerBuiltin('continue', continueBuiltin);
  shell.registerBuiltin('read', read);
}
