/** cmdutil.UsageErrorf: the message plus `See 'kubectl … -h' for help and examples`. */
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';

export function usageError(commandPath: string, message: string): KubectlError {
  return new KubectlError(`${message}\n${messages.seeHelpExamples(commandPath)}`);
}

/** The single NAME argument generator commands take. */
export function exactlyOneName(commandPath: string, args: readonly string[]): string {
  if (args.length !== 1) throw usageError(commandPath, messages.exactlyOneName(args.length));
  return args[0];
}
