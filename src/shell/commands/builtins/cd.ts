import type { BuiltinFn } from '../../executor/Shell';

/** `cd [dir]`, `cd -`, `cd ~`; errors as `bash: cd: x: No such file or directory`. */
export const cd: BuiltinFn = async (ctx, shell) => {
  const args = ctx.argv.slice(1).filter((a, i) => !(i === 0 && a === '--'));
  if (args.length > 1) {
    ctx.stderr.write('bash: cd: too many arguments\n');
    return 1;
  }
  let target = args[0] ?? shell.env.get('HOME');
  if (target === undefined) {
    ctx.stderr.write('bash: cd: HOME not set\n');
    return 1;
  }
  if (target === '-') {
    const old = shell.env.get('OLDPWD');
    if (old === undefined) {
      ctx.stderr.write('bash: cd: OLDPWD not set\n');
      return 1;
    }
    target = old;
    ctx.stdout.write(old + '\n');
  }
  const abs = ctx.fs.resolve(shell.cwd, target);
  const node = ctx.fs.stat(abs);
  if (!node || node.type !== 'dir') {
    const why = node ? 'Not a directory' : 'No such file or directory';
    ctx.stderr.write(`bash: cd: ${target}: ${why}\n`);
    return 1;
  }
  shell.chdir(abs);
  return 0;
};
