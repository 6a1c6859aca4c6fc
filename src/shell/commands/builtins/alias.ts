import type { BuiltinFn } from '../../executor/Shell';

const shellQuote = (v: string): string => `'${v.replace(/'/g, `'\\''`)}'`;

/** `alias`, `alias k`, `alias k=kubectl`; listed as `alias k='kubectl'`, sorted. */
export const alias: BuiltinFn = async (ctx, shell) => {
  const args = ctx.argv.slice(1).filter((a) => a !== '-p');
  if (args.length === 0) {
    for (const name of [...shell.aliases.keys()].sort()) {
      ctx.stdout.write(`alias ${name}=${shellQuote(shell.aliases.get(name)!)}\n`);
    }
    return 0;
  }
  let status = 0;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq > 0) {
      shell.aliases.set(arg.slice(0, eq), arg.slice(eq + 1));
      continue;
    }
    const value = shell.aliases.get(arg);
    if (value === undefined) {
      ctx.stderr.write(`bash: alias: ${arg}: not found\n`);
      status = 1;
    } else ctx.stdout.write(`alias ${arg}=${shellQuote(value)}\n`);
  }
  return status;
};

/** `unalias NAME…`, `unalias -a`. */
export const unalias: BuiltinFn = async (ctx, shell) => {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    ctx.stderr.write('unalias: usage: unalias [-a] name [name ...]\n');
    return 2;
  }
  if (args.includes('-a')) {
    shell.aliases.clear();
    return 0;
  }
  let status = 0;
  for (const name of args) {
    if (!shell.aliases.delete(name)) {
      ctx.stderr.write(`bash: unalias: ${name}: not found\n`);
      status = 1;
    }
  }
  return status;
};
