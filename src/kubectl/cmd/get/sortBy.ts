/**
 * `kubectl get --sort-by=<jsonpath>`: rows of each kind ordered by one field, compared as
 * kubectl's SortingPrinter does — numbers numerically, strings that are both quantities as
 * quantities (`500m` < `1`), other strings in natural order (`web-2` < `web-10`). Objects
 * without the field sort first.
 */
import { quantity } from '../../sim';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { evalPath } from '../../../common/jsonpath/evaluate';
import { JsonPathParseError, parsePath } from '../../../common/jsonpath/parse';
import type { Found } from '../shared/fetch';

/** RelaxedJSONPathExpression's output form: `{.metadata.name}`. */
export function relaxedTemplate(expr: string): string {
  const inner = expr.replace(/^\{(.*)\}$/, '$1');
  return `{${inner.startsWith('.') || inner.startsWith('[') ? inner : `.${inner}`}}`;
}

function naturalLess(a: string, b: string): boolean {
  const chunks = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const ca = chunks(a);
  const cb = chunks(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    if (ca[i] === cb[i]) continue;
    const na = /^\d/.test(ca[i]);
    const nb = /^\d/.test(cb[i]);
    if (na && nb && Number(ca[i]) !== Number(cb[i])) return Number(ca[i]) < Number(cb[i]);
    return ca[i] < cb[i];
  }
  return ca.length < cb.length;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = typeof a === 'string' ? a : JSON.stringify(a);
  const sb = typeof b === 'string' ? b : JSON.stringify(b);
  if (quantity.isValidQuantity(sa) && quantity.isValidQuantity(sb)) return quantity.compareQuantities(sa, sb);
  return naturalLess(sa, sb) ? -1 : naturalLess(sb, sa) ? 1 : 0;
}

/** Sorts each run of one kind by `expr`; fails like kubectl when no object has the field. */
export function sortFound(found: readonly Found[], expr: string): Found[] {
  const template = relaxedTemplate(expr);
  let path;
  try {
    path = parsePath(template.slice(1, -1));
  } catch (e) {
    if (e instanceof JsonPathParseError) throw new KubectlError(messages.jsonPathParse(template, e.message));
    throw e;
  }
  const keyed = found.map((f) => ({ f, key: evalPath(path, f.object, f.object)[0] }));
  if (found.length > 0 && keyed.every((k) => k.key === undefined)) throw new KubectlError(messages.sortByMissingField(template));
  const out: Found[] = [];
  for (let i = 0; i < keyed.length; ) {
    let j = i;
    while (j < keyed.length && keyed[j].f.info === keyed[i].f.info) j++;
    out.push(...keyed.slice(i, j).sort((x, y) => compare(x.key, y.key)).map((k) => k.f));
    i = j;
  }
  return out;
}
