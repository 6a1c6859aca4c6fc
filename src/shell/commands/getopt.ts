export interface OptionSpec {
  /** Single-letter flags without a value, e.g. `'nrvi'`. */
  flags?: string;
  /** Single-letter options taking a value, e.g. `'nkdf'`. */
  withValue?: string;
  /** Long options: name → the short letter it means, or itself when it has no short form. */
  long?: Record<string, string>;
  /** Long options taking a value (`--lines=5`, `--lines 5`). */
  longWithValue?: string[];
  /** Treat `-5` as `-n 5` (head, tail). */
  numericShorthand?: string;
}

export interface ParsedOptions {
  /** Flags and options by short letter (or long name); repeated options keep the last value. */
  opts: Map<string, string>;
  /** All values of options that can repeat, in order (`grep -e a -e b`). */
  all: [string, string][];
  operands: string[];
}

/** A usage error, worded like GNU getopt; the caller prints it and exits with its own status. */
export class UsageError extends Error {}

/** GNU-style option parsing: clustered flags, attached values, `--`, options after operands. */
export function getopt(tool: string, argv: string[], spec: OptionSpec): ParsedOptions {
  const flags = spec.flags ?? '';
  const withValue = spec.withValue ?? '';
  const result: ParsedOptions = { opts: new Map(), all: [], operands: [] };
  const set = (k: string, v: string): void => {
    result.opts.set(k, v);
    result.all.push([k, v]);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      result.operands.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = splitLong(arg.slice(2));
      const key = spec.long?.[name];
      if (key === undefined) throw new UsageError(`${tool}: unrecognized option '${arg}'`);
      if (spec.longWithValue?.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`${tool}: option '--${name}' requires an argument`);
        set(key, value);
      } else set(key, inline ?? '');
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      result.operands.push(arg);
      continue;
    }
    if (spec.numericShorthand && /^-\d+$/.test(arg)) {
      set(spec.numericShorthand, arg.slice(1));
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j];
      if (withValue.includes(c)) {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`${tool}: option requires an argument -- '${c}'`);
        set(c, value);
        break;
      }
      if (!flags.includes(c)) throw new UsageError(`${tool}: invalid option -- '${c}'`);
      set(c, '');
    }
  }
  return result;
}

function splitLong(s: string): [string, string | undefined] {
  const eq = s.indexOf('=');
  return eq < 0 ? [s, undefined] : [s.slice(0, eq), s.slice(eq + 1)];
}
