/**
 * How kubectl turns an error into stderr text and an exit code (cmdutil.CheckErr): API errors
 * become `Error from server (Reason): …`, invalid objects list their field errors, everything
 * else is `error: …`. Commands throw; `runKubectl` prints.
 */
import { ApiError, isApiError } from '../sim';
import type { StatusCause } from '../sim';

/** A client-side failure with kubectl's wording. `raw` skips the `error: ` prefix. */
export class KubectlError extends Error {
  constructor(
    message: string,
    readonly options: { raw?: boolean; exitCode?: number } = {},
  ) {
    super(message);
    this.name = 'KubectlError';
  }
}

/**
 * A flag or command-lookup mistake that cobra itself reports (`Error: unknown flag: --foo`,
 * `Error: unknown command …`): capital `Error: `, unlike cmdutil.CheckErr's `error: `.
 */
export class UsageError extends KubectlError {}

/** Several failures reported together, as utilerrors.Aggregate (one per line, no `error: ` prefix). */
export class AggregateError extends Error {
  constructor(readonly errors: readonly unknown[]) {
    super(`${errors.length} errors`);
    this.name = 'AggregateError';
  }
}

/** Throws nothing for no errors, the error itself for one, an aggregate for several. */
export function aggregate(errors: readonly unknown[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors);
}

const causeText = (c: StatusCause) => (c.field ? `${c.field}: ${c.message ?? ''}` : (c.message ?? ''));

/** cmdutil.MultilineError: one error on the same line, several as a bulleted list. */
function multiline(prefix: string, lines: string[]): string {
  if (lines.length === 1) return `${prefix}${lines[0]}\n`;
  return `${prefix}\n${lines.map((l) => `* ${l}\n`).join('')}`;
}

/** cmdutil's messageForError: the API wording when there is one, else the bare message. */
function messageFor(e: unknown): string {
  if (isApiError(e)) return `Error from server (${e.reason}): ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

/** The API server did not answer (a stopped minikube): kubectl prints the message as is. */
export class ServerUnreachableError extends Error {
  constructor(server: string) {
    super(`The connection to the server ${server} was refused - did you specify the right host or port?`);
  }
}

export function formatError(e: unknown): { text: string; exitCode: number } {
  if (e instanceof ServerUnreachableError) return { text: `${e.message}\n`, exitCode: 1 };
  if (e instanceof AggregateError) return { text: e.errors.map((x) => `${messageFor(x)}\n`).join(''), exitCode: 1 };
  if (isApiError(e)) {
    const s = e.status;
    const causes = s.details?.causes ?? [];
    if (s.reason === 'Invalid' && causes.length > 0) {
      const what = s.details?.kind || s.details?.name ? `The ${s.details?.kind ?? ''} "${s.details?.name ?? ''}" is invalid` : 'The request is invalid';
      return { text: multiline(`${what}: `, causes.map(causeText)), exitCode: 1 };
    }
    if (s.reason === 'Unauthorized') return { text: `error: You must be logged in to the server (${s.message})\n`, exitCode: 1 };
    return { text: `Error from server (${s.reason}): ${s.message}\n`, exitCode: 1 };
  }
  if (e instanceof UsageError) return { text: `Error: ${e.message}\n`, exitCode: 1 };
  if (e instanceof KubectlError) {
    const msg = e.options.raw || e.message.startsWith('error: ') ? e.message : `error: ${e.message}`;
    return { text: msg.endsWith('\n') ? msg : `${msg}\n`, exitCode: e.options.exitCode ?? 1 };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { text: `error: ${message}\n`, exitCode: 1 };
}

/** cmdutil.AddSourceToErr: `error when creating "web.yaml": …`, keeping the Status for printing. */
export function addSourceToErr(verb: string, source: string, e: unknown): unknown {
  if (!source || !isApiError(e)) return e;
  return new ApiError({ ...e.status, message: `error when ${verb} "${source}": ${e.message}` });
}
