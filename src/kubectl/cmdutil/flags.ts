/**
 * Flag parsing with spf13/pflag's rules, which kubectl's users rely on without knowing it:
 * `--name=value`, `--name value`, `-n value`, `-nvalue`, `-n=value`, chained boolean shorthands
 * (`-wA`), flags anywhere among the arguments, `--` ending flag parsing, repeated flags, and
 * pflag's own error wording.
 */
import { parseDuration } from './duration';

export type FlagType = 'bool' | 'string' | 'int' | 'stringArray' | 'stringSlice' | 'stringToString' | 'duration';

export interface FlagSpec {
  name: string;
  shorthand?: string;
  type: FlagType;
  /** Printed in help; the parsed value when the flag is absent. */
  default?: FlagValue;
  /** A value used when the flag is given without `=value` (pflag's NoOptDefVal), e.g. `--dry-run`. */
  noOptDefault?: string;
  usage?: string;
  required?: boolean;
  /** Accepted by kubectl but not by the playground: using it is an error, not silently ignored. */
  unavailable?: boolean;
  /** cobra's MarkDeprecated: using it prints `Flag --x has been deprecated, <message>`. */
  deprecated?: string;
}

export type FlagValue = boolean | string | number | string[];

export interface ParsedFlags {
  values: Map<string, FlagValue>;
  /** Names of flags the user actually gave, as cobra's `Changed`. */
  changed: Set<string>;
  args: string[];
  /** Index in `args` where `--` was seen, or -1 (cobra's ArgsLenAtDash). */
  argsLenAtDash: number;
  /** Every flag occurrence as given, in order: what `--record` writes into change-cause. */
  order: [name: string, value: string][];
}

export class FlagError extends Error {}

const flagLabel = (spec: FlagSpec) => (spec.shorthand ? `-${spec.shorthand}, --${spec.name}` : `--${spec.name}`);

function invalidArgument(spec: FlagSpec, raw: string, why: string): FlagError {
  return new FlagError(`invalid argument "${raw}" for "${flagLabel(spec)}" flag: ${why}`);
}

/** Go's strconv.ParseBool. */
function parseBool(spec: FlagSpec, raw: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(raw)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(raw)) return false;
  throw invalidArgument(spec, raw, `strconv.ParseBool: parsing "${raw}": invalid syntax`);
}

function parseInt64(spec: FlagSpec, raw: string): number {
  if (!/^[+-]?\d+$/.test(raw)) throw invalidArgument(spec, raw, `strconv.ParseInt: parsing "${raw}": invalid syntax`);
  return Number(raw);
}

/** pflag's stringSlice reads its value as one CSV record. */
function splitCsv(raw: string): string[] {
  if (raw === '') return [];
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"' && (cur === '' || quoted)) {
      if (quoted && raw[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function assign(parsed: ParsedFlags, spec: FlagSpec, raw: string): void {
  const first = !parsed.changed.has(spec.name);
  parsed.changed.add(spec.name);
  parsed.order.push([spec.name, raw]);
  switch (spec.type) {
    case 'bool':
      parsed.values.set(spec.name, parseBool(spec, raw));
      return;
    case 'int':
      parsed.values.set(spec.name, parseInt64(spec, raw));
      return;
    case 'duration': {
      const seconds = parseDuration(raw);
      if (seconds === undefined) throw invalidArgument(spec, raw, `time: invalid duration "${raw}"`);
      parsed.values.set(spec.name, seconds);
      return;
    }
    case 'string':
      parsed.values.set(spec.name, raw);
      return;
    case 'stringToString': {
      const pairs = splitCsv(raw);
      if (pairs.some((p) => !p.includes('='))) throw invalidArgument(spec, raw, 'malformed pair, expect string=string');
      const prior = first ? [] : (parsed.values.get(spec.name) as string[]);
      parsed.values.set(spec.name, [...prior, ...pairs]);
      return;
    }
    case 'stringArray':
    case 'stringSlice': {
      const items = spec.type === 'stringSlice' ? splitCsv(raw) : [raw];
      const prior = first ? [] : (parsed.values.get(spec.name) as string[]);
      parsed.values.set(spec.name, [...prior, ...items]);
      return;
    }
  }
}

function defaults(specs: readonly FlagSpec[]): Map<string, FlagValue> {
  const values = new Map<string, FlagValue>();
  for (const s of specs) {
    const fallback = s.type === 'bool' ? false : s.type === 'int' || s.type === 'duration' ? 0 : s.type === 'string' ? '' : [];
    values.set(s.name, s.default ?? fallback);
  }
  return values;
}

const takesNoValue = (spec: FlagSpec) => spec.type === 'bool' || spec.noOptDefault !== undefined;

/** Parses `--name[=value]`; returns how many extra argv entries it consumed. */
function parseLong(argv: readonly string[], i: number, byName: Map<string, FlagSpec>, parsed: ParsedFlags): number {
  const body = argv[i].slice(2);
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const spec = byName.get(name);
  if (!spec) throw new FlagError(`unknown flag: --${name}`);
  if (eq >= 0) {
    assign(parsed, spec, body.slice(eq + 1));
    return 0;
  }
  if (takesNoValue(spec)) {
    assign(parsed, spec, spec.noOptDefault ?? 'true');
    return 0;
  }
  if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: --${name}`);
  assign(parsed, spec, argv[i + 1]);
  return 1;
}

/** Parses `-abc`, `-nvalue`, `-n value`, `-n=value`. */
function parseShort(argv: readonly string[], i: number, byShort: Map<string, FlagSpec>, parsed: ParsedFlags): number {
  const arg = argv[i];
  let rest = arg.slice(1);
  while (rest.length > 0) {
    const c = rest[0];
    const spec = byShort.get(c);
    if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in ${arg}`);
    if (rest.length > 2 && rest[1] === '=') {
      assign(parsed, spec, rest.slice(2));
      return 0;
    }
    if (takesNoValue(spec)) {
      assign(parsed, spec, spec.noOptDefault ?? 'true');
      rest = rest.slice(1);
      continue;
    }
    if (rest.length > 1) {
      assign(parsed, spec, rest.slice(1));
      return 0;
    }
    if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
    assign(parsed, spec, argv[i + 1]);
    return 1;
  }
  return 0;
}

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParsedFlags {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.shorthand).map((s) => [s.shorthand as string, s]));
  const parsed: ParsedFlags = { values: defaults(specs), changed: new Set(), args: [], argsLenAtDash: -1, order: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.argsLenAtDash = parsed.args.length;
      parsed.args.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) i += parseLong(argv, i, byName, parsed);
    else if (arg.startsWith('-') && arg.length > 1) i += parseShort(argv, i, byShort, parsed);
    else parsed.args.push(arg);
  }
  return parsed;
}

/** The first flag the user gave that the playground does not implement. */
export function unavailableFlag(specs: readonly FlagSpec[], parsed: ParsedFlags): string | undefined {
  return specs.find((s) => s.unavailable && parsed.changed.has(s.name))?.name;
}

/** cobra's ValidateRequiredFlags, which runs after parsing (its error has no usage hint). */
export function missingRequiredFlags(specs: readonly FlagSpec[], parsed: ParsedFlags): string | undefined {
  const missing = specs.filter((s) => s.required && !parsed.changed.has(s.name)).map((s) => `"${s.name}"`);
  return missing.length ? `required flag(s) ${missing.join(', ')} not set` : undefined;
}

/** Typed accessors so commands read flags without casts scattered about. */
export class Flags {
  constructor(private readonly parsed: ParsedFlags) {}

  bool(name: string): boolean {
    return this.parsed.values.get(name) === true;
  }

  string(name: string): string {
    const v = this.parsed.values.get(name);
    return typeof v === 'string' ? v : '';
  }

  int(name: string): number {
    const v = this.parsed.values.get(name);
    return typeof v === 'number' ? v : 0;
  }

  /** A `stringToString` flag as a map; later pairs win, as in pflag. */
  stringMap(name: string): Record<string, string> {
    return Object.fromEntries(this.strings(name).map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
  }

  strings(name: string): string[] {
    const v = this.parsed.values.get(name);
    return Array.isArray(v) ? v : [];
  }

  changed(name: string): boolean {
    return this.parsed.changed.has(name);
  }
}
