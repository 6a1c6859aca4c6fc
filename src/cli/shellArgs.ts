/** Options of `npm run shell` (DESIGN.md §5); unknown ones are refused with a usage line. */
export interface ShellArgs {
  json: boolean;
  settle: boolean;
  seed: number;
  profile: string;
  lesson?: string;
}

export const USAGE = 'usage: npm run shell -- [--json] [--no-settle] [--seed N] [--profile minikube|multinode] [--lesson ID]';

export function parseShellArgs(argv: string[]): ShellArgs {
  const args: ShellArgs = { json: false, settle: true, seed: 1, profile: 'minikube' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--json') args.json = true;
    else if (flag === '--no-settle') args.settle = false;
    else if (flag === '--seed') {
      args.seed = Number(value());
      if (!Number.isInteger(args.seed)) throw new Error(`--seed needs an integer\n${USAGE}`);
    } else if (flag === '--profile') args.profile = value();
    else if (flag === '--lesson') args.lesson = value();
    else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return args;
}
