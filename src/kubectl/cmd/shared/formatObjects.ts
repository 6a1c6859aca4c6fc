/**
 * The adapter between verbs and the object printers (`-o yaml|json`). Several objects print as
 * YAML documents separated by `---`, as kubectl's YAML printer does across calls.
 */
import type { KubeObject } from '../../sim';
import { printJson, printYaml } from '../../printers';

export interface FormatOptions {
  showManagedFields: boolean;
}

export function withoutManagedFields(obj: KubeObject, showManagedFields: boolean): KubeObject {
  if (showManagedFields || !obj.metadata?.managedFields) return obj;
  const { managedFields: _managedFields, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}

export function formatObjects(objects: readonly KubeObject[], format: string, opts: FormatOptions): string {
  const shown = objects.map((o) => withoutManagedFields(o, opts.showManagedFields));
  if (format === 'json') return shown.map((o) => printJson(o)).join('');
  return shown.map((o) => printYaml(o)).join('---\n');
}
