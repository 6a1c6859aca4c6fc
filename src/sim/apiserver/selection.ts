/** Turns list/watch options into one predicate, answering bad selectors with BadRequest. */
import { badRequest } from '../api/errors';
import { fieldSelectorMatches, nodeNameFromFieldSelector, parseFieldSelector, validateFieldSelector } from '../api/fields';
import { matches, parseSelector } from '../api/labels';
import type { Stored } from '../api/types';

export interface Selection {
  predicate?: (o: Stored) => boolean;
  /** Set when the field selector pins spec.nodeName, so the store can use its node index. */
  nodeName?: string;
}

export function selection(key: string, labelSelector?: string, fieldSelector?: string): Selection {
  let labelSel: ReturnType<typeof parseSelector> | undefined;
  let fieldSel: ReturnType<typeof parseFieldSelector> | undefined;
  try {
    if (labelSelector) labelSel = parseSelector(labelSelector);
  } catch (e) {
    throw badRequest((e as Error).message);
  }
  try {
    if (fieldSelector) fieldSel = parseFieldSelector(fieldSelector);
  } catch (e) {
    throw badRequest((e as Error).message);
  }
  if (fieldSel) {
    // Unsupported field labels fail the request up front, as the API server does.
    try {
      validateFieldSelector(fieldSel, key);
    } catch (e) {
      throw badRequest((e as Error).message);
    }
  }
  if (!labelSel && !fieldSel) return {};
  const ls = labelSel;
  const fs = fieldSel;
  return {
    predicate: (o) => (!ls || matches(ls, o.metadata.labels)) && (!fs || fieldSelectorMatches(fs, o, key)),
    nodeName: key === 'pods' && fs ? nodeNameFromFieldSelector(fs) : undefined,
  };
}
