export type JqAst =
  | { k: 'identity' }
  | { k: 'recurse' }
  | { k: 'literal'; v: unknown }
  | { k: 'string'; parts: (string | JqAst)[] }
  | { k: 'field'; target: JqAst; name: JqAst; optional: boolean }
  | { k: 'iterate'; target: JqAst; optional: boolean }
  | { k: 'slice'; target: JqAst; from?: JqAst; to?: JqAst; optional: boolean }
  | { k: 'pipe'; a: JqAst; b: JqAst }
  | { k: 'comma'; a: JqAst; b: JqAst }
  | { k: 'binary'; op: string; a: JqAst; b: JqAst }
  | { k: 'neg'; e: JqAst }
  | { k: 'array'; e?: JqAst }
  | { k: 'object'; entries: { key: JqAst; value: JqAst }[] }
  | { k: 'call'; name: string; args: JqAst[] }
  | { k: 'var'; name: string }
  | { k: 'bind'; source: JqAst; name: string; body: JqAst }
  | { k: 'if'; cond: JqAst; then: JqAst; else?: JqAst }
  | { k: 'reduce'; source: JqAst; name: string; init: JqAst; update: JqAst }
  | { k: 'try'; body: JqAst; catch?: JqAst }
  | { k: 'optional'; e: JqAst };
