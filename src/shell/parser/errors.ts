/** The input ends where bash would keep reading (open quote, heredoc, trailing `|` …). */
export class IncompleteInputError extends Error {
  constructor(
    message: string,
    /** Set when only a heredoc's terminator is missing; bash then runs what it has. */
    readonly heredocDelimiter?: string,
  ) {
    super(message);
    this.name = 'IncompleteInputError';
  }
}

/** A line bash would reject; the message is bash's wording without the `bash: ` prefix. */
export class ShellSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShellSyntaxError';
  }
}

export const unexpectedToken = (token: string): ShellSyntaxError =>
  new ShellSyntaxError(`syntax error near unexpected token \`${token}'`);

export const unexpectedEof = (closer: string): IncompleteInputError =>
  new IncompleteInputError(`unexpected EOF while looking for matching \`${closer}'`);
