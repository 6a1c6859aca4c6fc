/**
 * The adapter between verbs and the object printers (`-o yaml|json`). Several objects print as
 * YAML documents separated by `---`, as kubectl's YAML printer does across calls.
 */
import { stringify } from 'yaml';
import type { KubeObject } from '../../sim';

export interface FormatOptions {
  showManagedFields: boolean;
}

function withoutManagedFields(obj: KubeObject, opts: FormatOptions): KubeObject {
  if (opts.showManagedFields || !obj.metadata?.managedFields) return obj;
  const { managedFields: _managedFields, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}

export function formatObjects(objects: readonly KubeObject[], format: string, opts: FormatOptions): string {
  const shown = objects.map((o) => withoutManagedFields(o, opts));
  if (format === 'json') return shown.map((o) => `${JSON.stringify(o, null, 4)}\n`).join('');
  return shown.map((o) => stringify(o, { sortMapEntries: true, lineWidth: 0 })).join('---\n');
}
