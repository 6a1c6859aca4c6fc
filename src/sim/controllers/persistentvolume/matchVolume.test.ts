import { describe, expect, it } from 'vitest';
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import { checkVolumeSatisfyClaim, findBestMatchForClaim } from './matchVolume';

const pv = (name: string, storage: string, extra: Partial<PersistentVolume['spec']> = {}, meta: Record<string, unknown> = {}, phase = 'Available'): PersistentVolume => ({
  metadata: { name, ...meta },
  spec: { capacity: { storage }, accessModes: ['ReadWriteOnce'], storageClassName: 'manual', hostPath: { path: `/mnt/${name}` }, ...extra },
  status: { phase },
});

const claim = (extra: Partial<PersistentVolumeClaim['spec']> = {}): PersistentVolumeClaim => ({
  metadata: { name: 'c', namespace: 'default', uid: 'uid-c' },
  spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'manual', resources: { requests: { storage: '3Gi' } }, ...extra },
});

const localOn = (node: string) => ({ nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } } });

describe('findBestMatchForClaim', () => {
  it.each<[string, PersistentVolume[], PersistentVolumeClaim, string | undefined]>([
    ['the smallest volume that is large enough', [pv('big', '10Gi'), pv('fit', '5Gi'), pv('small', '1Gi')], claim(), 'fit'],
    ['equal size fits (binary and decimal units compare by value)', [pv('exact', '3Gi'), pv('decimal', '3G')], claim(), 'exact'],
    ['nothing too small', [pv('small', '1Gi')], claim(), undefined],
    ['only the claim’s class', [pv('other', '5Gi', { storageClassName: 'fast' })], claim(), undefined],
    ['no class matches only volumes without a class', [pv('none', '5Gi', { storageClassName: undefined }), pv('manual', '4Gi')], claim({ storageClassName: '' }), 'none'],
    ['Available volumes only', [pv('released', '5Gi', {}, {}, 'Released')], claim(), undefined],
    ['not one already bound to another claim', [pv('taken', '5Gi', { claimRef: { namespace: 'default', name: 'other', uid: 'x' } }, {}, 'Bound')], claim(), undefined],
    ['a volume pre-bound to this claim wins whatever its size', [pv('fit', '5Gi'), pv('mine', '100Gi', { claimRef: { namespace: 'default', name: 'c' } })], claim(), 'mine'],
    ['the fewest access modes that include the request', [pv('rwx', '5Gi', { accessModes: ['ReadWriteOnce', 'ReadWriteMany'] }), pv('rwo', '10Gi')], claim(), 'rwo'],
    ['not a volume lacking a requested mode', [pv('rwo', '10Gi')], claim({ accessModes: ['ReadWriteMany'] }), undefined],
    ['labels matching the selector', [pv('plain', '5Gi'), pv('fast', '6Gi', {}, { labels: { tier: 'fast' } })], claim({ selector: { matchLabels: { tier: 'fast' } } }), 'fast'],
    ['not a volume being deleted', [pv('going', '5Gi', {}, { deletionTimestamp: '2024-01-01T00:00:00Z' })], claim(), undefined],
    ['not a Block volume for a Filesystem claim', [pv('block', '5Gi', { volumeMode: 'Block' })], claim(), undefined],
  ])('%s', (_name, volumes, c, expected) => {
    expect(findBestMatchForClaim(c, volumes, false)?.metadata?.name).toBe(expected);
  });

  it.each<[string, string | undefined, string | undefined]>([
    ['WaitForFirstConsumer without a node leaves unbound volumes alone', undefined, undefined],
    ['with the selected node, a volume that lives there', 'node01', 'local01'],
    ['not one whose node affinity names another node', 'node02', undefined],
  ])('%s', (_name, node, expected) => {
    const volumes = [pv('local01', '5Gi', localOn('node01'))];
    const candidate = node ? { name: node, labels: { 'kubernetes.io/hostname': node } } : undefined;
    expect(findBestMatchForClaim(claim(), volumes, true, candidate)?.metadata?.name).toBe(expected);
  });
});

describe('checkVolumeSatisfyClaim', () => {
  it.each<[string, PersistentVolume, PersistentVolumeClaim, string | undefined]>([
    ['a fitting volume', pv('v', '5Gi'), claim(), undefined],
    ['too small', pv('v', '1Gi'), claim(), 'requested PV is too small'],
    ['another class', pv('v', '5Gi', { storageClassName: 'fast' }), claim(), 'storageClassName does not match'],
    ['another volume mode', pv('v', '5Gi', { volumeMode: 'Block' }), claim(), 'incompatible volumeMode'],
    ['missing access mode', pv('v', '5Gi'), claim({ accessModes: ['ReadOnlyMany'] }), 'incompatible accessMode'],
    ['being deleted', pv('v', '5Gi', {}, { deletionTimestamp: 'x' }), claim(), 'the volume is marked for deletion "v"'],
  ])('%s', (_name, volume, c, expected) => {
    expect(checkVolumeSatisfyClaim(volume, c)).toBe(expected);
  });
});
