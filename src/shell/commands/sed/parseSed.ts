import { RegexError, compilePosix } from '../regex/posixRegex';

export type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: RegExp };

export interface SedCommand {
  addr1?: Address;
  addr2?: Address;
  negate: boolean;
  name: string;
  /** `s`: the regex, the replacement template, and its flags. */
  re?: RegExp;
  replacement?: string;
  occurrence?: number;
  print?: boolean;
  /** `y`: source and target characters; `a`/`i`/`c`: the text. */
  from?: string[];
  to?: string[];
  text?: string;
}

/** A script sed rejects; `char` is the 1-based position GNU sed reports. */
export class SedError extends Error {
  constructor(
    readonly char: number,
    message: string,
  ) {
    super(message);
  }
}

/** Parses a sed script (commands separated by `;` or newlines). */
export function parseSed(script: string, extended: boolean): SedCommand[] {
  const p = new SedParser(script, extended);
  return p.parse();
}

class SedParser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly extended: boolean,
  ) {}

  parse(): SedCommand[] {
    const cmds: SedCommand[] = [];
    for (;;) {
      this.skip(/[\s;]/);
      if (this.i >= this.s.length) return cmds;
      cmds.push(this.command());
    }
  }

  private command(): SedCommand {
    const cmd: SedCommand = { negate: false, name: '' };
    cmd.addr1 = this.address();
    if (cmd.addr1 && this.s[this.i] === ',') {
      this.i++;
      cmd.addr2 = this.address();
      if (!cmd.addr2) throw new SedError(this.i, 'unexpected `,\'');
    }
    this.skip(/\s/);
    if (this.s[this.i] === '!') {
      cmd.negate = true;
      this.i++;
      this.skip(/\s/);
    }
    const name = this.s[this.i++];
    cmd.name = name ?? '';
    switch (name) {
      case 's':
        this.substitute(cmd);
        break;
      case 'y': {
        const delim = this.s[this.i++];
        cmd.from = [...this.until(delim)];
        cmd.to = [...this.until(delim)];
        if (cmd.from.length !== cmd.to.length) throw new SedError(this.i, 'strings for `y\' command are different lengths');
        break;
      }
      case 'a':
      case 'i':
      case 'c':
        this.skip(/[ \t]/);
        if (this.s[this.i] === '\\') this.i++;
        this.skip(/\n/);
        cmd.text = this.rest();
        break;
      case 'd':
      case 'p':
      case 'q':
      case '=':
      case 'n':
        break;
      case undefined:
        throw new SedError(this.i - 1, 'missing command');
      default:
        throw new SedError(this.i, `unknown command: \`${name}'`);
    }
    this.skip(/[ \t]/);
    const next = this.s[this.i];
    if (next !== undefined && next !== ';' && next !== '\n' && next !== '}') {
      throw new SedError(this.i + 1, `extra characters after command`);
    }
    return cmd;
  }

  private substitute(cmd: SedCommand): void {
    const delim = this.s[this.i++];
    if (delim === undefined || delim === '\n' || delim === '\\') throw new SedError(this.i, "unterminated `s' command");
    const pattern = this.until(delim);
    cmd.replacement = this.until(delim);
    let flags = '';
    while (this.i < this.s.length && /[gpiI0-9]/.test(this.s[this.i])) flags += this.s[this.i++];
    const next = this.s[this.i];
    if (next !== undefined && !/[\s;}]/.test(next)) throw new SedError(this.i + 1, "unknown option to `s'");
    cmd.print = flags.includes('p');
    const n = /\d+/.exec(flags);
    cmd.occurrence = flags.includes('g') ? 0 : n ? Number(n[0]) : 1;
    cmd.re = this.regex(pattern, /[iI]/.test(flags));
  }

  private address(): Address | undefined {
    const c = this.s[this.i];
    if (c === '$') {
      this.i++;
      return { kind: 'last' };
    }
    const num = /^\d+/.exec(this.s.slice(this.i));
    if (num) {
      this.i += num[0].length;
      return { kind: 'line', n: Number(num[0]) };
    }
    if (c === '/' || c === '\\') {
      this.i++;
      const delim = c === '/' ? '/' : this.s[this.i++];
      const source = this.until(delim, 'unterminated address regex');
      const flags = this.s[this.i] === 'I' ? (this.i++, true) : false;
      return { kind: 're', re: this.regex(source, flags) };
    }
    return undefined;
  }

  /** Reads up to an unescaped `delim`; `\delim` becomes the delimiter itself. */
  private until(delim: string, unterminated = "unterminated `s' command"): string {
    let out = '';
    for (; this.i < this.s.length; this.i++) {
      const c = this.s[this.i];
      if (c === '\\' && this.s[this.i + 1] === delim) {
        out += delim === '&' ? '\\&' : delim;
        this.i++;
      } else if (c === '\\') {
        out += c + (this.s[++this.i] ?? '');
      } else if (c === delim) {
        this.i++;
        return out;
      } else out += c;
    }
    throw new SedError(this.i, unterminated);
  }

  private regex(source: string, ignoreCase: boolean): RegExp {
    try {
      return compilePosix(source, { extended: this.extended, ignoreCase, global: true });
    } catch (e) {
      if (e instanceof RegexError) throw new SedError(this.i, e.message);
      throw e;
    }
  }

  private rest(): string {
    const nl = this.s.indexOf('\n', this.i);
    const end = nl < 0 ? this.s.length : nl;
    const text = this.s.slice(this.i, end);
    this.i = end;
    return text;
  }

  private skip(re: RegExp): void {
    while (this.i < this.s.length && re.test(this.s[this.i])) this.i++;
  }
}
