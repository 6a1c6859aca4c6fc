import type { CommandFn } from '../executor/types';
import { getopt } from './getopt';
import { readInputs, withUsage } from './io';
import { decodeBase64Bytes, encodeBase64Bytes } from '../../common/base64';
import { utf8Decode, utf8Encode } from '../../common/utf8';

/** `base64 [-d] [-w COLS] [FILE]`: wraps at 76 columns by default, `-w0` never. */
export const base64: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { opts, operands } = getopt('base64', ctx.argv.slice(1), { flags: 'di', withValue: 'w', long: { decode: 'd', wrap: 'w' }, longWithValue: ['wrap'] });
    const { inputs, failed } = readInputs(ctx, operands.slice(0, 1), (name, err) => `base64: ${name}: ${err}`);
    if (failed) return 1;
    const text = inputs[0].text;
    if (opts.has('d')) {
      const bytes = decodeBase64Bytes(opts.has('i') ? text.replace(/[^A-Za-z0-9+/=]/g, '') : text);
      if (!bytes) {
        ctx.stderr.write('base64: invalid input\n');
        return 1;
      }
      ctx.stdout.write(utf8Decode(bytes));
      return 0;
    }
    const wrap = Number(opts.get('w') ?? 76);
    const encoded = encodeBase64Bytes(utf8Encode(text));
    if (wrap === 0) ctx.stdout.write(encoded);
    else ctx.stdout.write((encoded.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? ['']).join('\n') + (encoded ? '\n' : ''));
    return 0;
  });
