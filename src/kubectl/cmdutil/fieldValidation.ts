/**
 * `--validate`: commands that send objects (create, apply, replace, edit …) ask the API server
 * for strict field validation by default, so a typo'd field is an error rather than silently
 * dropped. Other writes (scale, label …) send none, like kubectl.
 */
import type { ClusterClient, WriteOptions } from '../sim';

type FieldValidation = NonNullable<WriteOptions['fieldValidation']>;

export function fieldValidationFor(flag: string | undefined): FieldValidation | undefined {
  if (flag === undefined) return undefined;
  if (flag === 'false' || flag === 'ignore') return 'Ignore';
  if (flag === 'warn') return 'Warn';
  return 'Strict';
}

export function withFieldValidation(client: ClusterClient, fieldValidation: FieldValidation | undefined): ClusterClient {
  if (!fieldValidation) return client;
  const opts = <T extends WriteOptions | undefined>(o: T) => ({ fieldValidation, ...o });
  // Delegate every method explicitly: clients may be class instances, whose methods a spread drops.
  return {
    get: (r, name, o) => client.get(r, name, o),
    list: (r, o) => client.list(r, o),
    delete: (r, name, o) => client.delete(r, name, o),
    watch: (r, o, onEvent) => client.watch(r, o, onEvent),
    createSubresource: (r, name, sub, body, o) => client.createSubresource(r, name, sub, body, o),
    logs: (ns, pod, o) => client.logs(ns, pod, o),
    exec: (ns, pod, o) => client.exec(ns, pod, o),
    serveNode: (node, server) => client.serveNode(node, server),
    create: (r, obj, o) => client.create(r, obj, opts(o)),
    update: (r, obj, o) => client.update(r, obj, opts(o)),
    patch: (r, name, type, patch, o) => client.patch(r, name, type, patch, opts(o)),
  };
}
