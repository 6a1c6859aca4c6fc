/** `-o name`: `pod/web-7d4b9c8f5b-x2x9k`, `deployment.apps/web`. */
import { groupKindOf, type TypeMeta } from './groupKind';

export function printName(obj: TypeMeta & { metadata?: { name?: string } }): string {
  return `${groupKindOf(obj).toLowerCase()}/${obj.metadata?.name ?? ''}`;
}
