/**
 * The printers `kubectl get` and friends choose with `-o`: tables (default and wide), YAML,
 * JSON and names. Lists of several objects print, as in kubectl, as a `v1/List`.
 */
import { toYaml } from './yaml/emitter';
import { toJson, type JsonOptions } from './json';
import { groupKindOf } from './groupKind';
import { renderTable, type TableObject, type TableOptions } from './table';

/**
 * Tables for `objects` in order, one per run of the same kind, separated by a blank line as
 * `kubectl get pods,svc` does. Returns '' when there is nothing to print, so the caller can
 * write kubectl's "No resources found" message. With `namespaceColumn`, objects without a
 * namespace (cluster-scoped kinds) print no NAMESPACE column, as kubectl does for them.
 */
export function printTable(objects: TableObject[], options: TableOptions): string {
  const groups: TableObject[][] = [];
  for (const obj of objects) {
    const last = groups[groups.length - 1];
    if (last && groupKindOf(last[0]) === groupKindOf(obj)) last.push(obj);
    else groups.push([obj]);
  }
  let out = '';
  for (const group of groups) {
    const namespaced = group.some((o) => !!o.metadata?.namespace);
    const table = renderTable(group, { ...options, namespaceColumn: !!options.namespaceColumn && namespaced });
    if (out !== '' && table !== '' && !options.noHeaders) out += '\n';
    out += table;
  }
  return out;
}

/** The object, or a `kind: List` wrapping several, as kubectl's get wraps multiple results. */
export function asList(objects: object[]): object {
  return { apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } };
}

/** `-o yaml` of one object or a List. */
export function printYaml(obj: object): string {
  return toYaml(obj);
}

/** `-o json` of one object or a List. */
export function printJson(obj: object, options?: JsonOptions): string {
  return toJson(obj, options);
}
