import { describe, expect, it } from 'vitest';
import { loadK8sSchema } from '../../../bridge/main/k8sSchema';
import { documentKind, kindSchema, pickKindSchema, type CompactSchema, type JsonSchema } from './k8sJsonSchema';

const compact = (await loadK8sSchema()) as CompactSchema;

/** Follows `#/definitions/…` references like a validator would. */
function at(schema: JsonSchema, path: string[]): JsonSchema {
  let s = schema;
  const deref = (x: JsonSchema) => (x.$ref ? schema.definitions![x.$ref.replace('#/definitions/', '')] : x);
  s = deref(s);
  for (const p of path) s = deref(p === '[]' ? s.items! : s.properties![p]);
  return s;
}

describe('kindSchema', () => {
  const deployment = kindSchema(compact, 'apps/v1', 'Deployment')!;

  it.each([
    ['unknown fields are not allowed', ['spec'], (s: JsonSchema) => s.additionalProperties === false],
    ['spec.selector and spec.template are required', ['spec'], (s: JsonSchema) => ['selector', 'template'].every((r) => s.required?.includes(r))],
    ['replicas is an integer', ['spec', 'replicas'], (s: JsonSchema) => s.type === 'integer'],
    ['containers is an array of Container with a required name', ['spec', 'template', 'spec', 'containers', '[]'], (s: JsonSchema) => !!s.required?.includes('name')],
    ['labels are a map of strings', ['metadata', 'labels'], (s: JsonSchema) => (s.additionalProperties as JsonSchema).type === 'string'],
    ['a port may be named or numbered', ['spec', 'template', 'spec', 'containers', '[]', 'ports', '[]', 'containerPort'], (s: JsonSchema) => s.type === 'integer'],
    ['resource quantities accept numbers and strings', ['spec', 'template', 'spec', 'containers', '[]', 'resources', 'limits'], (s: JsonSchema) => JSON.stringify((s.additionalProperties as JsonSchema).type) === '["string","number"]'],
    ['kind is pinned to the document kind', ['kind'], (s: JsonSchema) => JSON.stringify(s.enum) === '["Deployment"]'],
    ['fields carry their description', ['spec', 'replicas'], (s: JsonSchema) => /desired pods/.test(s.description ?? '')],
  ])('%s', (_name, path, check) => expect(check(at(deployment, path))).toBe(true));

  it('includes only the definitions the kind reaches', () => {
    const names = Object.keys(deployment.definitions!);
    expect(names).toContain('io.k8s.api.core.v1.PodSpec');
    expect(names).not.toContain('io.k8s.api.batch.v1.JobSpec');
  });

  it('knows core kinds by v1', () => expect(kindSchema(compact, 'v1', 'Service')).toBeDefined());
  it('answers undefined for an unknown kind', () => expect(kindSchema(compact, 'apps/v1', 'Deploymnet')).toBeUndefined());
  it('offers every apiVersion and kind when the kind is not known yet', () => {
    const s = pickKindSchema(compact);
    expect(s.properties!.kind.enum).toContain('Deployment');
    expect(s.properties!.apiVersion.enum).toContain('apps/v1');
  });
});

describe('documentKind', () => {
  it.each([
    ['plain', 'apiVersion: apps/v1\nkind: Deployment\n', { apiVersion: 'apps/v1', kind: 'Deployment' }],
    ['quoted, with comments', "kind: 'Service' # svc\napiVersion: \"v1\"\n", { apiVersion: 'v1', kind: 'Service' }],
    ['the first of several documents', '---\napiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Service\n', { apiVersion: 'v1', kind: 'Pod' }],
    ['nested kind fields do not count', 'apiVersion: v1\nspec:\n  kind: Pod\n', undefined],
    ['empty', '', undefined],
  ])('%s', (_name, text, expected) => expect(documentKind(text)).toEqual(expected));
});
