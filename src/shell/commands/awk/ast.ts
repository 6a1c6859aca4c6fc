export type Expr =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'regex'; v: string }
  | { k: 'var'; name: string }
  | { k: 'index'; name: string; keys: Expr[] }
  | { k: 'field'; e: Expr }
  | { k: 'assign'; op: string; target: Expr; e: Expr }
  | { k: 'cond'; c: Expr; a: Expr; b: Expr }
  | { k: 'bin'; op: string; a: Expr; b: Expr }
  | { k: 'unary'; op: string; e: Expr }
  | { k: 'incr'; op: '++' | '--'; prefix: boolean; target: Expr }
  | { k: 'in'; keys: Expr[]; name: string }
  | { k: 'match'; negate: boolean; e: Expr; re: Expr }
  | { k: 'call'; name: string; args: Expr[] }
  | { k: 'group'; e: Expr };

export type Stmt =
  | { k: 'expr'; e: Expr }
  | { k: 'print'; args: Expr[]; printf: boolean; redirect?: { op: '>' | '>>'; target: Expr } }
  | { k: 'if'; c: Expr; then: Stmt; else?: Stmt }
  | { k: 'while'; c: Expr; body: Stmt; doWhile: boolean }
  | { k: 'for'; init?: Stmt; c?: Expr; step?: Stmt; body: Stmt }
  | { k: 'forIn'; v: string; name: string; body: Stmt }
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' }
  | { k: 'exit'; e?: Expr }
  | { k: 'break' }
  | { k: 'continue' }
  | { k: 'delete'; name: string; keys?: Expr[] };

export type Pattern = { k: 'begin' } | { k: 'end' } | { k: 'expr'; e: Expr } | { k: 'range'; from: Expr; to: Expr } | { k: 'always' };

export interface Rule {
  pattern: Pattern;
  /** Undefined means `{ print }`. */
  action?: Stmt[];
}
