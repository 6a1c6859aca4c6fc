/**
 * Checks read cluster state with kubectl's JSONPath (`.a.b`, `[0]`, `[*]`, filters …), the same
 * evaluator `kubectl get -o jsonpath` uses, so a check means what the learner's command shows.
 * Braces are optional (`{.spec}` = `.spec`).
 */
import { evalPath, JsonPathError as EvalError, printable } from '../common/jsonpath/evaluate';
import { JsonPathParseError, parsePath, type Path } from '../common/jsonpath/parse';

export class JsonPathError extends Error {}

type Json = Parameters<typeof printable>[0];

export function parseJsonPath(expr: string): Path {
  let s = expr.trim();
  if (s.startsWith('{') && s.endsWith('}')) s = s.slice(1, -1);
  try {
    return parsePath(s);
  } catch (e) {
    if (e instanceof JsonPathParseError) throw new JsonPathError(`${e.message} in ${expr}`);
    throw e;
  }
}

/** Every value the path selects in `root`, in document order; none when it runs off an array. */
export function evaluateJsonPath(root: unknown, expr: string): unknown[] {
  try {
    return evalPath(parseJsonPath(expr), root as Json, root as Json).filter((v) => v !== undefined);
  } catch (e) {
    if (e instanceof EvalError) return [];
    throw e;
  }
}

/** How `kubectl get -o jsonpath` prints a result list. */
export function printJsonPathValues(values: unknown[]): string {
  return values.map((v) => printable(v as Json)).join(' ');
}
