/**
 * pflag-style parsing for the tools: `--name=value`, `--name value`, `-n value`, boolean
 * `--flag` / `--flag=false`, and `--` ending the flags.
 */
export interface FlagSpec {
  name: string;
  short?: string;
  kind: 'bool' | 'string';
}

export interface ParsedFlags {
  values: Record<string, string | boolean>;
  args: string[];
  /** Everything after `--`, kept apart (`minikube kubectl -- get pods`). */
  rest: string[];
  error?: string;
}

export function parseFlags(argv: string[], specs: FlagSpec[]): ParsedFlags {
  const out: ParsedFlags = { values: {}, args: [], rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.rest = argv.slice(i + 1);
      break;
    }
    const long = /^--([^=]+)(?:=(.*))?$/.exec(a);
    const short = !long && /^-([a-zA-Z])(.*)$/.exec(a);
    if (!long && !short) {
      out.args.push(a);
      continue;
    }
    const spec = long ? specs.find((s) => s.name === long[1]) : specs.find((s) => s.short === (short as RegExpExecArray)[1]);
    if (!spec) return { ...out, error: long ? `unknown flag: --${long[1]}` : `unknown shorthand flag: '${(short as RegExpExecArray)[1]}' in ${a}` };
    const inline = long ? long[2] : (short as RegExpExecArray)[2] || undefined;
    if (spec.kind === 'bool') {
      out.values[spec.name] = inline === undefined ? true : inline !== 'false';
      continue;
    }
    if (inline !== undefined) out.values[spec.name] = inline;
    else if (i + 1 < argv.length) out.values[spec.name] = argv[++i];
    else return { ...out, error: `flag needs an argument: --${spec.name}` };
  }
  return out;
}
