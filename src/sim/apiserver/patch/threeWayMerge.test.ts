import { describe, expect, it } from 'vitest';
import { applyPatch } from './index';
import { createThreeWayMergePatch, createTwoWayMergePatch, isEmptyPatch, patchTypeForKind } from './threeWayMerge';

const deployment = (labels: Record<string, string>, containers: object[], extra: object = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels },
  spec: { replicas: 3, template: { spec: { containers } }, ...extra },
});

/** What `kubectl apply` does: compute the patch, then the API server applies it to the live object. */
function apply(original: object | undefined, modified: object, current: object, kind: string) {
  const patch = createThreeWayMergePatch(original, modified, current, kind);
  return { patch, result: applyPatch(patchTypeForKind(kind), current, patch, kind) };
}

describe('createThreeWayMergePatch (kubectl apply)', () => {
  it('removes a label dropped from the manifest and keeps labels others added', () => {
    const original = deployment({ app: 'web', tier: 'fe' }, [{ name: 'web', image: 'nginx' }]);
    const modified = deployment({ app: 'web' }, [{ name: 'web', image: 'nginx' }]);
    const current = deployment({ app: 'web', tier: 'fe', team: 'blue' }, [{ name: 'web', image: 'nginx' }]);
    const { patch, result } = apply(original, modified, current, 'Deployment');
    expect(patch).toEqual({ metadata: { labels: { tier: null } } });
    expect((result.metadata as { labels: object }).labels).toEqual({ app: 'web', team: 'blue' });
  });

  it('resets fields others changed back to the manifest', () => {
    const m = deployment({ app: 'web' }, [{ name: 'web', image: 'nginx' }]);
    const current = { ...m, spec: { ...m.spec, replicas: 5 } };
    expect(apply(m, m, current, 'Deployment').patch).toEqual({ spec: { replicas: 3 } });
  });

  it('has nothing to send when the manifest did not change', () => {
    const m = deployment({ app: 'web' }, [{ name: 'web', image: 'nginx' }]);
    const current = { ...m, metadata: { ...m.metadata, uid: 'u', resourceVersion: '7' }, status: { replicas: 3 } };
    expect(isEmptyPatch(createThreeWayMergePatch(m, m, current, 'Deployment'))).toBe(true);
  });

  it('deletes a container removed from the manifest, keeping the order of the rest', () => {
    const original = deployment({}, [{ name: 'a', image: 'a' }, { name: 'b', image: 'b' }]);
    const modified = deployment({}, [{ name: 'a', image: 'a' }]);
    const { patch, result } = apply(original, modified, original, 'Deployment');
    expect(patch).toEqual({
      spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'a' }], containers: [{ name: 'b', $patch: 'delete' }] } } },
    });
    expect(result.spec).toEqual(modified.spec);
  });

  it('changes an image while keeping env vars another writer added', () => {
    const original = deployment({}, [{ name: 'web', image: 'nginx:1' }]);
    const modified = deployment({}, [{ name: 'web', image: 'nginx:2' }]);
    const current = deployment({}, [{ name: 'web', image: 'nginx:1', env: [{ name: 'INJECTED', value: '1' }] }]);
    const { result } = apply(original, modified, current, 'Deployment');
    expect(result.spec).toEqual(deployment({}, [{ name: 'web', image: 'nginx:2', env: [{ name: 'INJECTED', value: '1' }] }]).spec);
  });

  it('switching to Recreate clears the defaulted rollingUpdate through $retainKeys', () => {
    const original = deployment({}, [{ name: 'web', image: 'nginx' }]);
    const modified = deployment({}, [{ name: 'web', image: 'nginx' }], { strategy: { type: 'Recreate' } });
    const current = deployment({}, [{ name: 'web', image: 'nginx' }], { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } } });
    const { patch, result } = apply(original, modified, current, 'Deployment');
    expect(patch).toEqual({ spec: { strategy: { type: 'Recreate', $retainKeys: ['type'] } } });
    expect((result.spec as { strategy: object }).strategy).toEqual({ type: 'Recreate' });
  });

  it('switching a volume source drops the old one through $retainKeys', () => {
    const withVolume = (volume: object) => ({ kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c' }], volumes: [{ name: 'data', ...volume }] } });
    const original = withVolume({ emptyDir: {} });
    const modified = withVolume({ configMap: { name: 'cm' } });
    const { result } = apply(original, modified, original, 'Pod');
    expect((result.spec as { volumes: unknown }).volumes).toEqual([{ name: 'data', configMap: { name: 'cm' } }]);
  });

  it('keeps a container another writer injected while removing one the manifest dropped', () => {
    const original = deployment({}, [{ name: 'a', image: 'a' }, { name: 'b', image: 'b' }]);
    const modified = deployment({}, [{ name: 'a', image: 'a' }]);
    const current = deployment({}, [{ name: 'a', image: 'a' }, { name: 'b', image: 'b' }, { name: 'mesh-proxy', image: 'envoy' }]);
    const { result } = apply(original, modified, current, 'Deployment');
    expect(result.spec).toEqual(deployment({}, [{ name: 'a', image: 'a' }, { name: 'mesh-proxy', image: 'envoy' }]).spec);
  });

  it('removes a finalizer with $deleteFromPrimitiveList', () => {
    const withF = (f: string[]) => ({ kind: 'ConfigMap', metadata: { name: 'c', finalizers: f } });
    const { patch, result } = apply(withF(['a', 'b']), withF(['a']), withF(['a', 'b', 'x']), 'ConfigMap');
    expect(patch).toEqual({ metadata: { '$deleteFromPrimitiveList/finalizers': ['b'], '$setElementOrder/finalizers': ['a'] } });
    expect((result.metadata as { finalizers: string[] }).finalizers).toEqual(['a', 'x']);
  });

  it('first apply without last-applied never deletes', () => {
    const modified = deployment({ app: 'web' }, [{ name: 'web', image: 'nginx' }]);
    const current = deployment({ app: 'web', extra: 'x' }, [{ name: 'web', image: 'nginx' }]);
    expect(isEmptyPatch(createThreeWayMergePatch(undefined, modified, current, 'Deployment'))).toBe(true);
  });

  it('uses JSON merge semantics for kinds without patch metadata', () => {
    const original = { kind: 'Widget', spec: { items: [1, 2], a: 1, b: 2 } };
    const modified = { kind: 'Widget', spec: { items: [1], a: 1 } };
    const current = { kind: 'Widget', spec: { items: [1, 2], a: 1, b: 2, c: 3 } };
    const { patch, result } = apply(original, modified, current, 'Widget');
    expect(patchTypeForKind('Widget')).toBe('merge');
    expect(patch).toEqual({ spec: { items: [1], b: null } });
    expect(result).toEqual({ kind: 'Widget', spec: { items: [1], a: 1, c: 3 } });
  });
});

describe('createTwoWayMergePatch (kubectl edit)', () => {
  const cases: [string, string, object, object, object][] = [
    ['label removed', 'Pod', { metadata: { labels: { a: '1', b: '2' } } }, { metadata: { labels: { a: '1' } } }, { metadata: { labels: { b: null } } }],
    [
      'container image changed',
      'Pod',
      { spec: { containers: [{ name: 'a', image: '1' }] } },
      { spec: { containers: [{ name: 'a', image: '2' }] } },
      { spec: { '$setElementOrder/containers': [{ name: 'a' }], containers: [{ name: 'a', image: '2' }] } },
    ],
    ['list of a custom kind', 'Widget', { l: [1] }, { l: [2] }, { l: [2] }],
  ];
  it.each(cases)('%s', (_name, kind, original, modified, want) => {
    const patch = createTwoWayMergePatch(original, modified, kind);
    expect(patch).toEqual(want);
    expect(applyPatch(patchTypeForKind(kind), original, patch, kind)).toEqual(modified);
  });
});

describe('applyPatch', () => {
  it.each(['merge', 'json', 'strategic'] as const)('%s returns a copy sharing nothing with the input', (type) => {
    const current = Object.freeze({ kind: 'Pod', metadata: Object.freeze({ name: 'p', labels: Object.freeze({ a: '1' }) }), spec: Object.freeze({ x: 1 }) });
    const patch = type === 'json' ? [{ op: 'add', path: '/spec/y', value: 2 }] : { spec: { y: 2 } };
    const out = applyPatch(type, current, patch, 'Pod') as { metadata: { labels: Record<string, string> }; spec: object };
    expect(out.spec).toEqual({ x: 1, y: 2 });
    out.metadata.labels.b = '2';
    expect(current.metadata.labels).toEqual({ a: '1' });
  });

  it('refuses a merge patch that is not an object', () => {
    expect(() => applyPatch('merge', {}, [1], 'Pod')).toThrow('Invalid JSON Patch');
  });
});
