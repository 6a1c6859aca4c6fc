/**
 * Reads the objects a command's arguments name: each `TYPE NAME` with a GET, each bare `TYPE`
 * with a LIST (selectors, one namespace or all), each `-f` object by its name. NotFound for a
 * named object is collected rather than thrown, so the others still print, as in kubectl.
 */
import type { ResourceInfo, Stored } from '../../sim';
import type { Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { parseResourceArgs } from '../../resource/builder';
import { filenameOptions, hasFilenames, readFilenameOptions } from '../../resource/filenameOptions';
import { manifestNamespace } from './manifestNamespace';
import { refOf, requestNamespace } from './refs';

export interface Found {
  info: ResourceInfo;
  object: Stored;
}

export interface FetchOptions {
  labelSelector?: string;
  fieldSelector?: string;
  allNamespaces?: boolean;
}

export interface FetchResult {
  found: Found[];
  errors: unknown[];
  /** Whether the arguments named objects one by one (`get pod web`), which prints singly. */
  singular: boolean;
  /** The types listed, for `No resources found` and `--show-kind`. */
  infos: ResourceInfo[];
}

function listAll(inv: Invocation, infos: ResourceInfo[], o: FetchOptions, out: FetchResult): void {
  for (const info of infos) {
    const namespace = info.namespaced && !o.allNamespaces ? inv.namespace : undefined;
    const list = inv.ctx.client.list(refOf(info), { namespace, labelSelector: o.labelSelector || undefined, fieldSelector: o.fieldSelector || undefined });
    for (const object of list.items) out.found.push({ info, object });
  }
}

function getOne(inv: Invocation, info: ResourceInfo, name: string, namespace: string | undefined, out: FetchResult): void {
  try {
    out.found.push({ info, object: inv.ctx.client.get(refOf(info), name, { namespace: requestNamespace(info, namespace ?? inv.namespace) }) });
  } catch (e) {
    out.errors.push(e);
  }
}

export function fetchObjects(inv: Invocation, o: FetchOptions = {}): FetchResult {
  const out: FetchResult = { found: [], errors: [], singular: false, infos: [] };
  const files = filenameOptions(inv.flags);
  if (hasFilenames(files)) {
    if (inv.args.length) throw new KubectlError(messages.filesAndArgs);
    const { objects, errors } = readFilenameOptions(inv.ctx, files);
    out.errors.push(...errors);
    for (const m of objects) getOne(inv, m.info, m.object.metadata?.name ?? '', manifestNamespace(inv, m.info, m.object), out);
    out.infos = [...new Set(objects.map((m) => m.info))];
    out.singular = objects.length === 1;
    return out;
  }
  const parsed = parseResourceArgs(inv.ctx, inv.args);
  if (parsed.kind === 'types') {
    out.infos = parsed.infos;
    listAll(inv, parsed.infos, o, out);
    return out;
  }
  if (o.labelSelector) throw new KubectlError(messages.ambiguousSelectorAndNames);
  out.infos = [...new Set(parsed.items.map((i) => i.info))];
  out.singular = parsed.items.length === 1;
  for (const { info, name } of parsed.items) getOne(inv, info, name, undefined, out);
  return out;
}
