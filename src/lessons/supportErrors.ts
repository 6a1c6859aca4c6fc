/**
 * Output that means "the playground cannot do this" rather than "Kubernetes said no": a lesson
 * must never ask for such a command. The replay test fails on these.
 */
const SUPPORT_ERRORS: RegExp[] = [
  /command not found/,
  /is not available in this playground/,
  /^error: unknown command /m,
  /^error: unknown flag: /m,
  /^error: unknown shorthand flag: /m,
  /the server doesn't have a resource type/,
];

/** The first line of `output` that is a support error, if any. */
export function findSupportError(output: string): string | undefined {
  const re = SUPPORT_ERRORS.find((r) => r.test(output));
  if (!re) return undefined;
  return output.split('\n').find((line) => re.test(line)) ?? output.trim();
}
