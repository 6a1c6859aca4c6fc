/**
 * The syntax tree of the bash subset the playground understands. Words keep their quoting as
 * parts, because expansion (field splitting, globbing, tilde) depends on what was quoted.
 */

export type WordPart =
  | { kind: 'literal'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; op?: ParamOp; arg?: Word; quoted: boolean }
  | { kind: 'command'; source: string; quoted: boolean }
  | { kind: 'arith'; source: string; quoted: boolean }
  | { kind: 'process'; source: string }
  /** `${a b}`: bash accepts the line and fails when it expands it (status 1). */
  | { kind: 'badSubstitution'; text: string };

/** `${VAR:-x}`, `${VAR-x}`, `${VAR:=x}`, `${#VAR}`. */
export type ParamOp = ':-' | '-' | ':=' | '#';

export interface Word {
  parts: WordPart[];
}

export type RedirectOp = '>' | '>>' | '<' | '>&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redirect {
  fd: number;
  op: RedirectOp;
  /** The file, the fd to duplicate (`2>&1`), or the here-string. */
  target?: Word;
  /** Heredoc body; `expand` is false when the delimiter was quoted (`<<'EOF'`). */
  heredoc?: { body: string; expand: boolean };
}

export interface Assignment {
  name: string;
  value: Word;
}

export interface SimpleCommand {
  type: 'simple';
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

export interface Pipeline {
  negated: boolean;
  commands: SimpleCommand[];
}

/** `a && b || c`: the first pipeline, then each following one with the operator before it. */
export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  background: boolean;
}

export interface Script {
  items: AndOr[];
}
