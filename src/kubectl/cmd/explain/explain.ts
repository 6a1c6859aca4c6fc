/**
 * `kubectl explain TYPE[.FIELD…] [--recursive] [--api-version=GROUP/VERSION] [-o plaintext]`:
 * the API's field documentation, read from the schema the API server publishes (OpenAPI v3 in
 * v1.32) and printed with explain's plaintext layout.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { discovery } from '../../resource/builder';
import { loadApiEnums, loadApiSchema, otherVersionsOf, resolveResource, resourceKey, type ResourceInfo } from '../../sim';
import { FieldNotFound, SchemaExplainer } from './explainSchema';

interface GroupVersionResource {
  group: string;
  version: string;
  resource: string;
}

const gvrString = (g: GroupVersionResource) => `${g.group}/${g.version}, Resource=${g.resource}`;

/** SplitAndParseResourceRequest(WithMatchingPrefix): the resource is the first segment, or `resource.group` when spelled out. */
function parseRequest(inv: Invocation, arg: string): { info: ResourceInfo; fields: string[] } {
  const segments = arg.replace(/\.$/, '').split('.');
  const info = resolveResource(discovery(inv.ctx), segments[0]);
  if (!info) throw new KubectlError(messages.unknownResourceType(segments[0]));
  const qualified = resourceKey(info);
  const matchesPrefix = !inv.flags.string('api-version') && info.group && arg.startsWith(qualified);
  const rest = matchesPrefix ? arg.slice(qualified.length).split('.').slice(1) : segments.slice(1);
  return { info, fields: rest.filter((s) => s !== '') };
}

function requestedGvr(inv: Invocation, info: ResourceInfo): GroupVersionResource {
  const apiVersion = inv.flags.string('api-version');
  if (!apiVersion) return info;
  const parts = apiVersion.split('/');
  if (parts.length > 2) throw new KubectlError(messages.unexpectedGroupVersion(apiVersion));
  const [group, version] = parts.length === 2 ? parts : ['', parts[0]];
  return { group, version, resource: info.resource };
}

async function runExplain(inv: Invocation): Promise<number> {
  if (inv.args.length === 0) throw new KubectlError(messages.explainNeedsType);
  if (inv.args.length > 1) throw new KubectlError(messages.explainOneType);
  const { info, fields } = parseRequest(inv, inv.args[0]);
  const format = inv.flags.string('output');
  if (format === 'plaintext-openapiv2') throw new KubectlError(messages.explainOpenAPIV2NotInPlayground);
  const gvr = requestedGvr(inv, info);
  const resources = discovery(inv.ctx);
  const served = [...resources, ...otherVersionsOf(resources)].filter((r) => r.group === gvr.group && r.version === gvr.version);
  if (served.length === 0) throw new KubectlError(messages.explainNoGroupVersion(gvrString(gvr)));
  if (format !== 'plaintext') throw new KubectlError(messages.explainUnrecognizedFormat(format));
  const resource = served.find((r) => r.resource === gvr.resource);
  if (!resource) throw new KubectlError(messages.explainGvrNotFound(gvrString(gvr)));
  const schema = await loadApiSchema();
  const definition = schema.kinds[`${resource.group ? `${resource.group}/` : ''}${resource.version}/${resource.kind}`];
  if (!definition) throw new KubectlError(messages.explainGvkNotFound(resource.group, resource.version, resource.kind));
  let body: string;
  try {
    body = new SchemaExplainer(schema, await loadApiEnums()).explain(definition, fields, inv.flags.bool('recursive'));
  } catch (e) {
    if (e instanceof FieldNotFound) throw new KubectlError(messages.explainFieldNotFound(e.message));
    throw e;
  }
  const header = `${resource.group ? `GROUP:      ${resource.group}\n` : ''}KIND:       ${resource.kind}\nVERSION:    ${resource.version}\n\n`;
  inv.ctx.stdout.write(`${header}${body}\n`);
  return 0;
}

export const explainCommand: Command = {
  name: 'explain',
  short: 'Describe the fields of a resource type',
  flags: [
    { name: 'api-version', type: 'string', usage: 'Group and version of the type to explain, such as apps/v1; by default the preferred version.' },
    { name: 'output', shorthand: 'o', type: 'string', default: 'plaintext', usage: 'How to print the explanation: plaintext or plaintext-openapiv2.' },
    { name: 'recursive', type: 'bool', usage: 'List the names of all nested fields instead of documenting one level.' },
  ],
  run: runExplain,
};
