/**
 * The syntax tree of the bash subset the playground understands. Words keep their quoting as
 * parts, because expansion (field splitting, globbing, tilde) depends on what was quoted.
 */

export type WordPart =
  | { kind: 'literal'; text: string; quoted: boolean }
  /** `subscript` is set for `${name[subscript]}`: the shell has no arrays, so a variable is array element 0. */
  | { kind: 'param'; name: string; subscript?: string; op?: ParamOp; arg?: Word; quoted: boolean }
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

/** `for NAME [in WORDS]; do …; done`; without `in` it loops over the positional parameters. */
export interface ForCommand {
  type: 'for';
  name: string;
  words: Word[] | undefined;
  body: Script;
  redirects: Redirect[];
}

/** `while …; do …; done` and `until …; do …; done`. */
export interface WhileCommand {
  type: 'while';
  until: boolean;
  condition: Script;
  body: Script;
  redirects: Redirect[];
}

export interface IfCommand {
  type: 'if';
  clauses: { condition: Script; body: Script }[];
  otherwise: Script | undefined;
  redirects: Redirect[];
}

/** `{ …; }` runs in this shell; `( … )` in a subshell whose changes are dropped. */
export interface GroupCommand {
  type: 'group';
  subshell: boolean;
  body: Script;
  redirects: Redirect[];
}

export type CompoundCommand = ForCommand | WhileCommand | IfCommand | GroupCommand;
export type Command = SimpleCommand | CompoundCommand;

export interface Pipeline {
  negated: boolean;
  commands: Command[];
}

/** `a && b || c`: the first pipeline, then each following one with the operator before it. */
export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  background: boolean;
  /** The text as typed, for `jobs` (set on background items). */
  source?: string;
}

export interface Script {
  items: AndOr[];
}
