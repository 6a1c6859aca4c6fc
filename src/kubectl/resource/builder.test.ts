import { describe, expect, it } from 'vitest';
import { FakeClient } from '../testing/fakeClient';
import { testContext } from '../testing/testContext';
import { parseResourceArgs } from './builder';
import { decodeManifests } from './manifest';
import { BUILTIN_RESOURCES } from '../sim';

const ctx = testContext(new FakeClient());
const show = (args: string[]) => {
  const r = parseResourceArgs(ctx, args);
  return r.kind === 'types' ? r.infos.map((i) => i.resource) : r.items.map((i) => `${i.info.resource}/${i.name}`);
};

describe('parseResourceArgs', () => {
  it.each([
    ['plural', ['pods'], ['pods']],
    ['short name', ['po'], ['pods']],
    ['type/name', ['po/web'], ['pods/web']],
    ['type and names', ['pod', 'web1', 'web2'], ['pods/web1', 'pods/web2']],
    ['comma list', ['deploy,svc'], ['deployments', 'services']],
    ['group-qualified', ['deployments.apps/web'], ['deployments/web']],
    [
      'the all category, in discovery order',
      ['all'],
      ['pods', 'replicationcontrollers', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets', 'horizontalpodautoscalers', 'cronjobs', 'jobs'],
    ],
    ['several type/names', ['pod/a', 'svc/b'], ['pods/a', 'services/b']],
  ])('%s', (_name, args, want) => {
    expect(show(args)).toEqual(want);
  });

  it.each([
    ['unknown type', ['foos'], 'the server doesn\'t have a resource type "foos"'],
    ['type then type/name', ['pods', 'svc/web'], 'there is no need to specify a resource type as a separate argument'],
    ['empty name', ['pod/'], 'arguments in resource/name form must have a single resource and name'],
  ])('%s', (_name, args, message) => {
    expect(() => parseResourceArgs(ctx, args)).toThrow(message);
  });
});

describe('decodeManifests', () => {
  it.each([
    ['mapping value inside a value', 'a: b: c\n', 'yaml: line 1: mapping values are not allowed in this context'],
    ['a deeper mapping after a value', 'metadata:\n  name: x\n  labels: 3\n    app: web\n', 'yaml: line 4: mapping values are not allowed in this context'],
    ['tab indentation', 'a:\n\t- b\n', 'yaml: line 2: found character that cannot start any token'],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n', 'yaml: line 3: did not find expected key'],
  ])('%s', (_name, text, message) => {
    const r = decodeManifests(text, 'f.yaml', BUILTIN_RESOURCES);
    expect(r.errors.map((e) => e.message)).toEqual([`error parsing f.yaml: error converting YAML to JSON: ${message}`]);
  });

  it('keeps the documents before a syntax error and skips empty ones', () => {
    const r = decodeManifests('---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n---\nfoo: [\n', 'f.yaml', BUILTIN_RESOURCES);
    expect(r.objects.map((o) => o.object.metadata?.name)).toEqual(['a']);
    expect(r.errors).toHaveLength(1);
  });

  it('reads JSON', () => {
    const r = decodeManifests('{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"prod"}}', 'ns.json', BUILTIN_RESOURCES);
    expect(r.objects[0].info.resource).toBe('namespaces');
  });
});
