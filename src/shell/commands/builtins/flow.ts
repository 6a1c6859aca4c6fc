import type { BuiltinFn } from '../../executor/Shell';
import { LoopControl } from '../../executor/Executor';
import { isValidName } from '../../executor/Environment';

function loopControl(kind: 'break' | 'continue'): BuiltinFn {
  return async (ctx) => {
    const arg = ctx.argv[1] ?? '1';
    if (!/^\d+$/.test(arg) || Number(arg) < 1) {
      ctx.stderr.write(`bash: ${kind}: ${arg}: loop count out of range\n`);
      return 1;
    }
    throw new LoopControl(kind, Number(arg));
  };
}

export const breakBuiltin = loopControl('break');
export const continueBuiltin = loopControl('continue');

/**
 * `read [-r] [-p PROMPT] [NAME…]`: takes the next line of stdin (shared by a loop body), splits
 * it on blanks and assigns the last name the rest. Status 1 at end of input.
 */
export const read: BuiltinFn = async (ctx, shell, stdin) => {
  const args = ctx.argv.slice(1);
  let raw = false;
  while (args[0]?.startsWith('-')) {
    const opt = args.shift()!;
    if (opt === '-r') raw = true;
    else if (opt === '-p') ctx.stderr.write(args.shift() ?? '');
  }
  const names = args.length ? args : ['REPLY'];
  const bad = names.find((n) => !isValidName(n));
  if (bad) {
    ctx.stderr.write(`bash: read: \`${bad}': not a valid identifier\n`);
    return 1;
  }
  if (stdin.pos >= stdin.text.length) {
    for (const n of names) shell.env.set(n, '');
    return 1;
  }
  const nl = stdin.text.indexOf('\n', stdin.pos);
  const end = nl < 0 ? stdin.text.length : nl;
  let line = stdin.text.slice(stdin.pos, end);
  stdin.pos = nl < 0 ? end : end + 1;
  if (!raw) line = line.replace(/\\(.)/g, '$1');
  if (names.length === 1 && names[0] === 'REPLY' && args.length === 0) {
    shell.env.set('REPLY', line);
    return 0;
  }
  let rest = line.replace(/^[ \t]+/, '');
  names.forEach((name, i) => {
    if (i === names.length - 1) {
      shell.env.set(name, rest.replace(/[ \t]+$/, ''));
      return;
    }
    const m = /^(\S*)[ \t]*/.exec(rest)!;
    shell.env.set(name, m[1]);
    rest = rest.slice(m[0].length);
  });
  return 0;
};
