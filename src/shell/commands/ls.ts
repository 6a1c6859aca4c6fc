import type { CommandContext, CommandFn } from '../executor/types';
import type { FsNode } from '../vfs/VirtualFs';
import { getopt } from './getopt';
import { withUsage } from './io';
import { formatLsTime } from './timeFormat';
import { byteLength } from '../../common/utf8';

interface Entry {
  name: string;
  node: FsNode;
}

/** `ls [-l] [-a|-A] [-1] [-d] [FILE…]`: columns on a terminal, one per line otherwise. */
export const ls: CommandFn = (ctx) =>
  withUsage(ctx, 2, () => {
    const { opts, operands } = getopt('ls', ctx.argv.slice(1), { flags: 'laA1dhrtF', long: { all: 'a', 'almost-all': 'A', color: 'color' } });
    const names = operands.length ? operands : ['.'];
    const files: Entry[] = [];
    const dirs: Entry[] = [];
    let status = 0;
    for (const name of [...names].sort()) {
      const node = ctx.fs.stat(ctx.fs.resolve(ctx.cwd, name));
      if (!node) {
        ctx.stderr.write(`ls: cannot access '${name}': No such file or directory\n`);
        status = 2;
      } else (node.type === 'dir' && !opts.has('d') ? dirs : files).push({ name, node });
    }
    const blocks: string[] = [];
    if (files.length) blocks.push(render(ctx, files, opts, false));
    for (const dir of dirs) {
      const abs = ctx.fs.resolve(ctx.cwd, dir.name);
      const entries = listDir(ctx, abs, opts);
      const body = render(ctx, entries, opts, true);
      blocks.push(names.length > 1 ? `${dir.name}:\n${body}` : body);
    }
    ctx.stdout.write(blocks.join('\n'));
    return status;
  });

function listDir(ctx: CommandContext, abs: string, opts: Map<string, string>): Entry[] {
  let names = ctx.fs.readdir(abs);
  if (!opts.has('a')) names = names.filter((n) => !n.startsWith('.'));
  const entries = names.map((name) => ({ name, node: ctx.fs.stat(`${abs === '/' ? '' : abs}/${name}`)! }));
  if (opts.has('a')) {
    const parent = abs === '/' ? abs : abs.slice(0, abs.lastIndexOf('/')) || '/';
    entries.unshift({ name: '.', node: ctx.fs.stat(abs)! }, { name: '..', node: ctx.fs.stat(parent)! });
  }
  if (opts.has('t')) entries.sort((a, b) => b.node.mtime - a.node.mtime);
  if (opts.has('r')) entries.reverse();
  return entries;
}

function render(ctx: CommandContext, entries: Entry[], opts: Map<string, string>, withTotal: boolean): string {
  const label = (e: Entry): string => e.name + (opts.has('F') && e.node.type === 'dir' ? '/' : '');
  if (opts.has('l')) return long(ctx, entries, withTotal, label);
  if (entries.length === 0) return '';
  if (opts.has('1') || !ctx.isTTY) return entries.map((e) => label(e) + '\n').join('');
  return columns(entries.map(label), ctx.columns ?? 80);
}

function size(node: FsNode): number {
  if (node.type === 'dir') return 4096;
  return node.type === 'file' ? byteLength(node.content) : 0;
}

function long(ctx: CommandContext, entries: Entry[], withTotal: boolean, label: (e: Entry) => string): string {
  const rows = entries.map((e) => {
    const n = e.node;
    const mode = n.type === 'dir' ? 'drwxr-xr-x' : n.type === 'null' ? 'crw-rw-rw-' : '-rw-r--r--';
    const links = n.type === 'dir' ? 2 + Object.values(n.children).filter((c) => c.type === 'dir').length : 1;
    return [mode, String(links), 'root', 'root', n.type === 'null' ? '1, 3' : String(size(n)), formatLsTime(n.mtime, ctx.now()), label(e)];
  });
  const widths = [1, 2, 3, 4].map((col) => Math.max(...rows.map((r) => r[col].length)));
  const total = entries.reduce((sum, e) => sum + Math.ceil(size(e.node) / 4096) * 4, 0);
  const lines = rows.map((r) => `${r[0]} ${r[1].padStart(widths[0])} ${r[2].padEnd(widths[1])} ${r[3].padEnd(widths[2])} ${r[4].padStart(widths[3])} ${r[5]} ${r[6]}`);
  return (withTotal ? `total ${total}\n` : '') + lines.map((l) => l + '\n').join('');
}

/** GNU ls's vertical columns: the most columns that fit, each as wide as its longest name + 2. */
export function columns(names: string[], lineWidth: number): string {
  for (let cols = Math.min(names.length, Math.max(1, Math.floor(lineWidth / 3))); cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const usedCols = Math.ceil(names.length / rows);
    const widths: number[] = [];
    for (let c = 0; c < usedCols; c++) {
      widths.push(Math.max(...names.slice(c * rows, (c + 1) * rows).map((n) => n.length)) + 2);
    }
    const total = widths.reduce((a, b) => a + b, 0) - 2;
    if (total > lineWidth && cols > 1) continue;
    let out = '';
    for (let r = 0; r < rows; r++) {
      const cells: string[] = [];
      for (let c = 0; c < usedCols; c++) {
        const name = names[c * rows + r];
        if (name !== undefined) cells.push(name.padEnd(widths[c]));
      }
      out += cells.join('').trimEnd() + '\n';
    }
    return out;
  }
  return '';
}
