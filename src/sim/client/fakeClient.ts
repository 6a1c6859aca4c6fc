/**
 * A client for controller unit tests: a real in-memory API server underneath (so reads see
 * writes), and a log of every request so a test can assert what a reconcile did.
 */
import type { KubeObject } from '../api/types';
import type { ClusterClient, ResourceRef } from './types';

export interface RecordedAction {
  verb: 'get' | 'list' | 'create' | 'update' | 'patch' | 'delete' | 'watch' | 'create-subresource' | 'logs';
  resource: string;
  namespace?: string;
  name?: string;
  subresource?: string;
  object?: unknown;
}

export interface RecordingClient extends ClusterClient {
  actions: RecordedAction[];
  /** Writes only (create, update, patch, delete, subresource posts): what a reconcile changed. */
  writes(): RecordedAction[];
  reset(): void;
}

const res = (r: ResourceRef) => (r.group ? `${r.resource}.${r.group}` : r.resource);
const nameOf = (o: unknown) => (o as KubeObject | undefined)?.metadata?.name;

export function recordingClient(inner: ClusterClient): RecordingClient {
  const actions: RecordedAction[] = [];
  const rec = (a: RecordedAction) => actions.push(a);
  return {
    actions,
    writes: () => actions.filter((a) => !['get', 'list', 'watch', 'logs'].includes(a.verb)),
    reset: () => {
      actions.length = 0;
    },
    get(r, name, opts) {
      rec({ verb: 'get', resource: res(r), namespace: opts?.namespace, name, subresource: opts?.subresource });
      return inner.get(r, name, opts);
    },
    list(r, opts) {
      rec({ verb: 'list', resource: res(r), namespace: opts?.namespace });
      return inner.list(r, opts);
    },
    create(r, obj, opts) {
      rec({ verb: 'create', resource: res(r), namespace: opts?.namespace, name: nameOf(obj), object: obj });
      return inner.create(r, obj, opts);
    },
    update(r, obj, opts) {
      rec({ verb: 'update', resource: res(r), namespace: opts?.namespace, name: nameOf(obj), subresource: opts?.subresource, object: obj });
      return inner.update(r, obj, opts);
    },
    patch(r, name, type, patch, opts) {
      rec({ verb: 'patch', resource: res(r), namespace: opts?.namespace, name, subresource: opts?.subresource, object: patch });
      return inner.patch(r, name, type, patch, opts);
    },
    delete(r, name, opts) {
      rec({ verb: 'delete', resource: res(r), namespace: opts?.namespace, name, object: opts });
      return inner.delete(r, name, opts);
    },
    watch(r, opts, onEvent) {
      rec({ verb: 'watch', resource: res(r), namespace: opts.namespace });
      return inner.watch(r, opts, onEvent);
    },
    createSubresource(r, name, subresource, body, opts) {
      rec({ verb: 'create-subresource', resource: res(r), namespace: opts?.namespace, name, subresource, object: body });
      return inner.createSubresource(r, name, subresource, body, opts);
    },
    logs(namespace, pod, opts) {
      rec({ verb: 'logs', resource: 'pods', namespace, name: pod, subresource: 'log' });
      return inner.logs(namespace, pod, opts);
    },
    exec(namespace, pod, opts) {
      rec({ verb: 'create-subresource', resource: 'pods', namespace, name: pod, subresource: 'exec', object: opts });
      return inner.exec(namespace, pod, opts);
    },
    serveNode(nodeName, server) {
      inner.serveNode(nodeName, server);
    },
  };
}
