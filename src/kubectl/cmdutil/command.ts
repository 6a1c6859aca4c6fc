/**
 * The command tree, shaped like cobra's: a command has flags, subcommands and a run function.
 * Each verb's folder exports one `Command`; `runKubectl` finds it, parses its flags together with
 * the global ones and calls `run` with an `Invocation`.
 */
import type { KubectlContext } from '../context';
import type { FlagSpec, Flags } from './flags';

export interface Invocation {
  ctx: KubectlContext;
  /** The command line as kubectl's `--record` writes it: command words and args, then each flag as `--name=value`. */
  changeCause: string;
  args: string[];
  flags: Flags;
  /** cobra's ArgsLenAtDash: where `--` split the arguments, or -1. */
  argsLenAtDash: number;
  /** `kubectl create deployment`, for usage messages. */
  commandPath: string;
  /** `-n`, else the kubeconfig context's namespace, else `default`. */
  namespace: string;
  /** True when `-n/--namespace` was given, which makes a mismatching manifest an error. */
  explicitNamespace: boolean;
}

export interface Command {
  name: string;
  aliases?: string[];
  /** One line for `kubectl --help` and `kubectl <verb> --help`. */
  short: string;
  flags?: readonly FlagSpec[];
  subcommands?: readonly Command[];
  /** Returns the exit code; failures are thrown (KubectlError, ApiError) and printed by runKubectl. */
  run?: (inv: Invocation) => Promise<number> | number;
}

export function findSubcommand(parent: Command, name: string): Command | undefined {
  return parent.subcommands?.find((c) => c.name === name || c.aliases?.includes(name));
}
