/**
 * `kubectl` for the playground: finds the command the way cobra does, parses flags like pflag,
 * runs the verb and prints failures the way cmdutil.CheckErr does. Returns the exit code.
 */
import type { KubectlContext } from './context';
import { type Command, type Invocation, findSubcommand } from './cmdutil/command';
import { FlagError, Flags, type FlagSpec, missingRequiredFlags, parseFlags, unavailableFlag } from './cmdutil/flags';
import { GLOBAL_FLAGS } from './cmdutil/globalFlags';
import { KubectlError, UsageError, formatError } from './cmdutil/errors';
import { suggestionsFor } from './cmdutil/suggest';
import { helpText } from './cmdutil/help';
import { ROOT, KUBECTL_COMMANDS } from './cmd';
import { messages } from './messages';
import { fieldValidationFor, withFieldValidation } from './cmdutil/fieldValidation';
import { withDownloadedUrls } from './resource/urlManifests';

export type { KubectlContext } from './context';

/** Whether `arg` (a flag without `=`) consumes the next argv entry, as cobra's stripFlags decides. */
function flagTakesValue(arg: string, specs: readonly FlagSpec[]): boolean {
  if (arg.includes('=')) return false;
  const spec = arg.startsWith('--') ? specs.find((s) => s.name === arg.slice(2)) : arg.length === 2 ? specs.find((s) => s.shorthand === arg[1]) : undefined;
  return spec !== undefined && spec.type !== 'bool' && spec.noOptDefault === undefined;
}

/** Walks argv to the deepest matching command; returns it, its path and argv without the command words. */
function findCommand(argv: readonly string[]): { command: Command; path: string[]; rest: string[] } {
  let command = ROOT;
  const path = ['kubectl'];
  let rest = [...argv];
  for (;;) {
    const specs = [...GLOBAL_FLAGS, ...(command.flags ?? [])];
    let i = 0;
    while (i < rest.length && rest[i] !== '--' && rest[i].startsWith('-') && rest[i].length > 1) i += flagTakesValue(rest[i], specs) ? 2 : 1;
    if (i >= rest.length || rest[i] === '--') return { command, path, rest };
    const next = findSubcommand(command, rest[i]);
    if (!next) {
      if (command === ROOT) throw unknownCommand(rest[i]);
      return { command, path, rest };
    }
    command = next;
    path.push(next.name);
    rest = [...rest.slice(0, i), ...rest.slice(i + 1)];
  }
}

function unknownCommand(name: string): KubectlError {
  const suggestions = suggestionsFor(name, KUBECTL_COMMANDS);
  return new UsageError(messages.unknownCommand(name, 'kubectl') + (suggestions.length ? messages.didYouMean(suggestions) : ''));
}

function resolveNamespace(ctx: KubectlContext, flags: Flags): string {
  if (flags.changed('namespace') && flags.string('namespace')) return flags.string('namespace');
  const contextName = flags.string('context') || ctx.kubeconfig.currentContext;
  return ctx.kubeconfig.contexts.find((c) => c.name === contextName)?.namespace || 'default';
}

function checkContext(ctx: KubectlContext, flags: Flags): void {
  const name = flags.string('context');
  if (name && !ctx.kubeconfig.contexts.some((c) => c.name === name)) {
    throw new KubectlError(`context was not found for specified context: ${name}`);
  }
}

async function dispatch(argv: readonly string[], ctx: KubectlContext): Promise<number> {
  const { command, path, rest } = findCommand(argv);
  const commandPath = path.join(' ');
  const specs = [...GLOBAL_FLAGS, ...(command.flags ?? [])];
  let parsed;
  try {
    parsed = parseFlags(rest, specs);
  } catch (e) {
    if (e instanceof FlagError) throw new UsageError(`${e.message}\n${messages.seeHelp(commandPath)}`);
    throw e;
  }
  const flags = new Flags(parsed);
  if (flags.bool('help') || !command.run) {
    ctx.stdout.write(helpText(command, commandPath));
    return 0;
  }
  const missing = missingRequiredFlags(specs, parsed);
  if (missing) throw new KubectlError(missing);
  const unavailable = unavailableFlag(specs, parsed);
  if (unavailable) throw new KubectlError(messages.flagNotInPlayground(unavailable, commandPath));
  for (const s of specs) if (s.deprecated && parsed.changed.has(s.name)) ctx.stderr.write(`${messages.flagDeprecated(s.name, s.deprecated)}\n`);
  checkContext(ctx, flags);
  const validate = specs.some((s) => s.name === 'validate') ? flags.string('validate') : undefined;
  if (specs.some((s) => s.name === 'filename')) ctx = await withDownloadedUrls(ctx, flags.strings('filename'));
  const inv: Invocation = {
    ctx: { ...ctx, client: withFieldValidation(ctx.client, fieldValidationFor(validate) ?? 'Warn') },
    changeCause: [...path, ...parsed.args].join(' ') + parsed.order.map(([name, value]) => ` --${name}=${value}`).join(''),
    args: parsed.args,
    flags,
    argsLenAtDash: parsed.argsLenAtDash,
    commandPath,
    namespace: resolveNamespace(ctx, flags),
    explicitNamespace: flags.changed('namespace'),
  };
  return await command.run(inv);
}

export async function runKubectl(argv: string[], ctx: KubectlContext): Promise<number> {
  try {
    return await dispatch(argv, ctx);
  } catch (e) {
    const { text, exitCode } = formatError(e);
    ctx.stderr.write(text);
    return exitCode;
  }
}
