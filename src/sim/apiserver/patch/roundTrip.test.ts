/** Properties: a computed patch, applied to what it was computed from, yields the target. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch } from './index';
import { createMergePatch } from './jsonMergePatch';
import { createThreeWayMergePatch, createTwoWayMergePatch } from './threeWayMerge';

const name = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const env = fc.uniqueArray(fc.record({ name, value: fc.constantFrom('1', '2') }), { selector: (e) => e.name, maxLength: 3 });
const container = fc.record({ name, image: fc.constantFrom('nginx', 'redis'), env });
const containers = fc.uniqueArray(container, { selector: (c) => c.name, minLength: 1, maxLength: 4 });
const labels = fc.dictionary(name, fc.constantFrom('x', 'y'), { maxKeys: 3 });
const finalizers = fc.uniqueArray(name, { maxLength: 3 });
const pod = fc.record({
  metadata: fc.record({ name: fc.constant('p'), labels, finalizers }),
  spec: fc.record({ containers, tolerations: fc.array(fc.record({ key: name }), { maxLength: 2 }) }),
});

describe('patch round trips', () => {
  it('strategic two-way patch turns original into modified', () => {
    fc.assert(
      fc.property(pod, pod, (original, modified) => {
        const patch = createTwoWayMergePatch(original, modified, 'Pod');
        expect(applyPatch('strategic', original, patch, 'Pod')).toEqual(modified);
      }),
    );
  });

  it('three-way patch applied to the last-applied state yields the manifest', () => {
    fc.assert(
      fc.property(pod, pod, (original, modified) => {
        const patch = createThreeWayMergePatch(original, modified, original, 'Pod');
        expect(applyPatch('strategic', original, patch, 'Pod')).toEqual(modified);
      }),
    );
  });

  it('three-way patch keeps what other writers added to the live object', () => {
    const byName = (l: { name: string }[]) => [...l].sort((x, y) => x.name.localeCompare(y.name));
    fc.assert(
      fc.property(pod, pod, (original, modified) => {
        const sidecar = { name: 'zz', image: 'envoy', env: [] };
        const current = {
          metadata: { ...original.metadata, labels: { ...original.metadata.labels, zz: 'foreign' } },
          spec: { ...original.spec, containers: [...original.spec.containers, sidecar] },
        };
        const patch = createThreeWayMergePatch(original, modified, current, 'Pod');
        const out = applyPatch('strategic', current, patch, 'Pod') as typeof modified;
        expect(out.metadata.labels).toEqual({ ...modified.metadata.labels, zz: 'foreign' });
        expect(byName(out.spec.containers)).toEqual(byName([...modified.spec.containers, sidecar]));
        expect(out.spec.tolerations).toEqual(modified.spec.tolerations);
      }),
    );
  });

  it('JSON merge patch turns original into modified', () => {
    fc.assert(
      fc.property(pod, pod, (original, modified) => {
        expect(applyPatch('merge', original, createMergePatch(original, modified), 'Pod')).toEqual(modified);
      }),
    );
  });
});
