/**
 * Turns what the user typed — `pods`, `po/web`, `pod web1 web2`, `deploy,svc`, `all`, `-f file|dir|-`
 * — into targets, as kubectl's resource.Builder does. Resource names resolve through discovery.
 */
import { BUILTIN_RESOURCES, resolveResource, type ResourceInfo } from '../sim';
import type { KubectlContext } from '../context';
import { KubectlError } from '../cmdutil/errors';
import { messages } from '../messages';
import { decodeManifests, type ManifestObject } from './manifest';

export interface TypedName {
  info: ResourceInfo;
  name: string;
}

/** What a command operates on: named objects, or every object of some types (optionally selected). */
export type ResourceArgs = { kind: 'names'; items: TypedName[] } | { kind: 'types'; infos: ResourceInfo[] };

export const discovery = (ctx: KubectlContext): readonly ResourceInfo[] => ctx.discovery?.() ?? BUILTIN_RESOURCES;

/** A category's members as discovery orders them: groups in discovery order, names sorted within. */
function inCategory(resources: readonly ResourceInfo[], category: string): ResourceInfo[] {
  const groups = [...new Set(resources.map((r) => r.group))];
  return resources
    .filter((r) => r.categories.includes(category))
    .sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group) || a.resource.localeCompare(b.resource));
}

/** Resolves one typed resource name, or `all` to the `all` category. */
export function resolveType(ctx: KubectlContext, typed: string): ResourceInfo[] {
  const resources = discovery(ctx);
  if (typed === 'all') return inCategory(resources, 'all');
  const info = resolveResource(resources, typed);
  if (!info) throw new KubectlError(messages.unknownResourceType(typed));
  return [info];
}

function resolveTypes(ctx: KubectlContext, commaList: string): ResourceInfo[] {
  const out: ResourceInfo[] = [];
  for (const typed of commaList.split(',').filter((t) => t !== '')) {
    for (const info of resolveType(ctx, typed)) if (!out.includes(info)) out.push(info);
  }
  return out;
}

/** `TYPE[,TYPE] [NAME…]` or `TYPE/NAME …`, kubectl's ResourceTypeOrNameArgs. */
export function parseResourceArgs(ctx: KubectlContext, args: readonly string[]): ResourceArgs {
  if (args.length === 0) return { kind: 'types', infos: [] };
  if (args.some((a) => a.includes('/'))) {
    if (!args[0].includes('/')) throw new KubectlError(messages.resourceNameWithSlash);
    const items = args.map((arg) => {
      const parts = arg.split('/');
      if (parts.length !== 2 || !parts[0] || !parts[1]) throw new KubectlError(messages.invalidResourceName);
      const infos = resolveTypes(ctx, parts[0]);
      if (infos.length !== 1) throw new KubectlError(messages.invalidResourceName);
      return { info: infos[0], name: parts[1] };
    });
    return { kind: 'names', items };
  }
  const infos = resolveTypes(ctx, args[0]);
  if (args.length === 1) return { kind: 'types', infos };
  return { kind: 'names', items: infos.flatMap((info) => args.slice(1).map((name) => ({ info, name }))) };
}

const MANIFEST_EXTENSIONS = ['.json', '.yaml', '.yml'];

function readPath(ctx: KubectlContext, path: string, recursive: boolean): { text: string; source: string }[] {
  if (path === '-') return [{ text: ctx.stdin, source: 'STDIN' }];
  const entries = ctx.listDir?.(path);
  if (entries) {
    return [...entries].sort().flatMap((entry) => {
      const child = `${path.replace(/\/$/, '')}/${entry}`;
      if (ctx.listDir?.(child)) return recursive ? readPath(ctx, child, recursive) : [];
      return MANIFEST_EXTENSIONS.some((ext) => entry.endsWith(ext)) ? readPath(ctx, child, recursive) : [];
    });
  }
  const text = ctx.readFile(path);
  if (text === undefined) throw new KubectlError(messages.pathDoesNotExist(path));
  return [{ text, source: path }];
}

/** Reads and decodes every `-f` argument. Mapping errors are returned, not thrown, so the rest proceeds. */
export function readManifests(ctx: KubectlContext, filenames: readonly string[], recursive: boolean): { objects: ManifestObject[]; errors: KubectlError[] } {
  const objects: ManifestObject[] = [];
  const errors: KubectlError[] = [];
  for (const filename of filenames) {
    for (const { text, source } of readPath(ctx, filename, recursive)) {
      const decoded = decodeManifests(text, source, discovery(ctx));
      objects.push(...decoded.objects);
      errors.push(...decoded.errors);
    }
  }
  return { objects, errors };
}


