import type { BuiltinFn } from '../../executor/Shell';
import { isValidName } from '../../executor/Environment';

const quote = (v: string): string => `"${v.replace(/(["\\$`])/g, '\\$1')}"`;

/** `export A=b`, `export A`, `export` / `export -p` (lists as `declare -x A="b"`). */
export const exportBuiltin: BuiltinFn = async (ctx, shell) => {
  const args = ctx.argv.slice(1).filter((a) => a !== '-p');
  if (args.length === 0) {
    const names = Object.keys(shell.env.exported()).sort();
    for (const n of names) ctx.stdout.write(`declare -x ${n}=${quote(shell.env.get(n) ?? '')}\n`);
    return 0;
  }
  let status = 0;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!isValidName(name)) {
      ctx.stderr.write(`bash: export: \`${arg}': not a valid identifier\n`);
      status = 1;
      continue;
    }
    if (eq < 0) shell.env.export(name);
    else shell.env.set(name, arg.slice(eq + 1), true);
  }
  return status;
};

/** `unset NAME…` (and `unset -v`); unknown names are silently fine, like bash. */
export const unset: BuiltinFn = async (ctx, shell) => {
  let status = 0;
  for (const name of ctx.argv.slice(1)) {
    if (name === '-v' || name === '-f') continue;
    if (!isValidName(name)) {
      ctx.stderr.write(`bash: unset: \`${name}': not a valid identifier\n`);
      status = 1;
    } else shell.env.unset(name);
  }
  return status;
};
