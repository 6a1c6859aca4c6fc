/**
 * Test helper: an error as kubectl prints it, rendering Go-syntax bad values verbatim (what
 * api/fieldErrors.ts is asked to do for `GoSyntax` values).
 */
import { formatFieldError, type FieldError } from '../../api/fieldErrors';
import type { GoSyntax } from './goSyntax';

const MARK = '\u0001';

export function show(e: FieldError): string {
  const go = e.badValue as Partial<GoSyntax> | undefined;
  if (go && typeof go === 'object' && typeof go.goSyntax === 'string') {
    return formatFieldError({ ...e, badValue: MARK }).replace(JSON.stringify(MARK), go.goSyntax);
  }
  return formatFieldError(e);
}
