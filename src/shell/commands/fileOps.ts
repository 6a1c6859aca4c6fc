import type { CommandContext, CommandFn } from '../executor/types';
import { FsError } from '../vfs/FsError';
import { basename } from '../vfs/paths';
import { getopt } from './getopt';
import { withUsage } from './io';

function missingOperand(ctx: CommandContext, tool: string): number {
  ctx.stderr.write(`${tool}: missing operand\nTry '${tool} --help' for more information.\n`);
  return 1;
}

/** Runs `fn` for each operand, printing `describe(name, strerror)` for filesystem errors. */
function eachOperand(ctx: CommandContext, names: string[], describe: (name: string, err: string) => string, fn: (abs: string, name: string) => void): number {
  let status = 0;
  for (const name of names) {
    try {
      fn(ctx.fs.resolve(ctx.cwd, name), name);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      ctx.stderr.write(describe(name, e.message) + '\n');
      status = 1;
    }
  }
  return status;
}

export const mkdir: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { opts, operands } = getopt('mkdir', ctx.argv.slice(1), { flags: 'pv', withValue: 'm', long: { parents: 'p' } });
    if (!operands.length) return missingOperand(ctx, 'mkdir');
    return eachOperand(ctx, operands, (n, err) => `mkdir: cannot create directory ‘${n}’: ${err}`, (abs) => {
      if (opts.has('p') && ctx.fs.isDirectory(abs)) return;
      ctx.fs.mkdir(abs, opts.has('p'));
    });
  });

export const rmdir: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { operands } = getopt('rmdir', ctx.argv.slice(1), { flags: 'p' });
    if (!operands.length) return missingOperand(ctx, 'rmdir');
    return eachOperand(ctx, operands, (n, err) => `rmdir: failed to remove '${n}': ${err}`, (abs) => {
      if (ctx.fs.stat(abs) && !ctx.fs.isDirectory(abs)) throw new FsError('ENOTDIR');
      ctx.fs.remove(abs, { dirOk: true });
    });
  });

export const rm: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { opts, operands } = getopt('rm', ctx.argv.slice(1), { flags: 'rRfvdi', long: { recursive: 'r', force: 'f' } });
    const force = opts.has('f');
    if (!operands.length) return force ? 0 : missingOperand(ctx, 'rm');
    const recursive = opts.has('r') || opts.has('R');
    return eachOperand(ctx, operands, (n, err) => `rm: cannot remove '${n}': ${err}`, (abs) => {
      if (force && !ctx.fs.stat(abs)) return;
      ctx.fs.remove(abs, { recursive, dirOk: opts.has('d') });
    });
  });

export const touch: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { operands } = getopt('touch', ctx.argv.slice(1), { flags: 'acm' });
    if (!operands.length) {
      ctx.stderr.write(`touch: missing file operand\nTry 'touch --help' for more information.\n`);
      return 1;
    }
    return eachOperand(ctx, operands, (n, err) => `touch: cannot touch '${n}': ${err}`, (abs) => ctx.fs.touch(abs));
  });

/** `cp [-r] SRC… DEST` and `mv SRC… DEST`: into DEST when it is a directory. */
function copyOrMove(tool: 'cp' | 'mv'): CommandFn {
  return (ctx) =>
    withUsage(ctx, 1, () => {
      const { opts, operands } = getopt(tool, ctx.argv.slice(1), { flags: 'rRfvai', long: { recursive: 'r', force: 'f' } });
      if (operands.length === 0) {
        ctx.stderr.write(`${tool}: missing file operand\nTry '${tool} --help' for more information.\n`);
        return 1;
      }
      if (operands.length === 1) {
        ctx.stderr.write(`${tool}: missing destination file operand after '${operands[0]}'\nTry '${tool} --help' for more information.\n`);
        return 1;
      }
      const dest = operands[operands.length - 1];
      const destAbs = ctx.fs.resolve(ctx.cwd, dest);
      const intoDir = ctx.fs.isDirectory(destAbs);
      const sources = operands.slice(0, -1);
      if (sources.length > 1 && !intoDir) {
        ctx.stderr.write(`${tool}: target '${dest}': Not a directory\n`);
        return 1;
      }
      const recursive = tool === 'mv' || opts.has('r') || opts.has('R') || opts.has('a');
      let status = 0;
      for (const src of sources) {
        const srcAbs = ctx.fs.resolve(ctx.cwd, src);
        const node = ctx.fs.stat(srcAbs);
        if (!node) {
          ctx.stderr.write(`${tool}: cannot stat '${src}': No such file or directory\n`);
          status = 1;
          continue;
        }
        if (node.type === 'dir' && !recursive) {
          ctx.stderr.write(`cp: -r not specified; omitting directory '${src}'\n`);
          status = 1;
          continue;
        }
        const target = intoDir ? `${destAbs === '/' ? '' : destAbs}/${basename(srcAbs)}` : destAbs;
        status |= eachOperand(ctx, [src], (n, err) => `${tool}: cannot ${tool === 'cp' ? 'create regular file' : 'move'} '${tool === 'cp' ? dest : n}': ${err}`, () => {
          if (tool === 'cp') ctx.fs.copy(srcAbs, target);
          else ctx.fs.rename(srcAbs, target);
        });
      }
      return status;
    });
}

export const cp = copyOrMove('cp');
export const mv = copyOrMove('mv');
