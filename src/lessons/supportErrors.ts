/**
 * Output that means "the playground cannot do this" rather than "Kubernetes said no": a lesson
 * must never ask for such a command. The replay test fails on these.
 */
const SUPPORT_ERRORS: RegExp[] = [
  /command not found/,
  /is not available in this playground/,
  /^error: unknown command /im,
  /^error: unknown flag: /im,
  /^error: unknown shorthand flag: /im,
  /the server doesn't have a resource type/,
];

/** A group's help printed for a command that asked for no help: the subcommand is missing. */
const HELP_INSTEAD = /^Available Commands:$/m;

/** The first line of `output` that is a support error, if any. */
export function findSupportError(output: string, command = ''): string | undefined {
  const re = SUPPORT_ERRORS.find((r) => r.test(output));
  if (re) return output.split('\n').find((line) => re.test(line)) ?? output.trim();
  if (HELP_INSTEAD.test(output) && !/(^|\s)(--help|-h|help)(\s|$)/.test(command)) return `help printed instead of running: ${output.split('\n')[0]}`;
  return undefined;
}
