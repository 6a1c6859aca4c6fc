import type { CommandFn } from '../executor/types';
import { getopt } from './getopt';
import { readInputs, withUsage } from './io';
import { byteLength } from '../../common/utf8';

/**
 * `wc [-l] [-w] [-c] [-m]`. Column width follows GNU wc: 1 for a single count of a single
 * input, else the digits of the total file size, at least 7 when stdin (a pipe) is read.
 */
export const wc: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { opts, operands } = getopt('wc', ctx.argv.slice(1), { flags: 'lwcm', long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm' } });
    let which = ['l', 'w', 'm', 'c'].filter((k) => opts.has(k));
    if (which.length === 0) which = ['l', 'w', 'c'];
    const { inputs, failed } = readInputs(ctx, operands, (name, err) => `wc: ${name}: ${err}`);
    const rows = inputs.map((input) => ({ name: input.name, counts: which.map((k) => count(k, input.text)), bytes: byteLength(input.text) }));
    const totals = which.map((_, i) => rows.reduce((sum, r) => sum + r.counts[i], 0));
    let width = 1;
    if (!(inputs.length === 1 && which.length === 1 && !failed)) {
      const regular = rows.filter((r) => r.name !== '-').reduce((s, r) => s + r.bytes, 0);
      width = Math.max(String(regular).length, rows.some((r) => r.name === '-') ? 7 : 1);
    }
    const line = (counts: number[], name: string): string =>
      counts.map((c) => String(c).padStart(width)).join(' ') + (name === '-' && operands.length === 0 ? '' : ` ${name}`) + '\n';
    for (const r of rows) ctx.stdout.write(line(r.counts, r.name));
    if (rows.length > 1) ctx.stdout.write(line(totals, 'total'));
    return failed ? 1 : 0;
  });

function count(kind: string, text: string): number {
  if (kind === 'l') return (text.match(/\n/g) ?? []).length;
  if (kind === 'w') return text.split(/\s+/).filter(Boolean).length;
  if (kind === 'm') return [...text].length;
  return byteLength(text);
}
