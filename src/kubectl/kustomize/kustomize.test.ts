/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { kustomizeBuild } from './build';
import { contentHash, encodeHash } from './contentHash';
import { KustomizeError } from './errors';
import { memoryFs } from './fileSystem';
import { printObjects } from './print';
import { sha256Hex } from './sha256';

// Fixtures and the real `kubectl kustomize` output for them (testdata/record.sh, kubectl v1.32).
const raw = import.meta.glob('./testdata/**/*', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const files = new Map(Object.entries(raw).map(([path, text]) => [path.replace(/^\.\/testdata/, '/td'), text]));
const cases = raw['./testdata/cases.txt']
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string]);

describe('kustomize build reproduces kubectl kustomize byte for byte', () => {
  it('has at least eight recorded cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)('%s', (name, dir) => {
    const { objects } = kustomizeBuild(memoryFs(files), `/td/${dir}`);
    expect(printObjects(objects)).toBe(raw[`./testdata/golden/${name}.yaml`]);
  });
});

describe('content hash', () => {
  it.each([
    ['empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['two blocks', 'a'.repeat(64), 'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb'],
    ['utf-8', 'héllo', sha256Hex('h\u00e9llo')],
  ])('sha256 of %s', (_name, input, want) => {
    expect(sha256Hex(input)).toBe(want);
  });

  it.each([
    ['digits and vowels swapped', '0123456789abcdef', 'gh2k456789'], ['letters', 'abcdeabcde', 'mbcdtmbcdt'],
    ['only ten characters', 'ffffffffffffffff', 'ffffffffff'],
  ])('encode: %s', (_name, hex, want) => {
    expect(encodeHash(hex)).toBe(want);
  });

  it.each([
    // Recorded with kubectl kustomize: the name never enters the hash, missing data is "".
    ['ConfigMap with data', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { FOO: 'bar' } }, '59m54fbgh2'],
    ['renamed ConfigMap keeps its hash', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'dev-other' }, data: { FOO: 'bar' } }, '59m54fbgh2'],
    ['ConfigMap without data', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'empty' } }, '6ct58987ht'],
    ['Secret', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'sec' }, type: 'Opaque', data: { password: 'czNjcjN0' } }, '25k92892fb'],
  ])('%s', (_name, obj, want) => {
    expect(contentHash(obj)).toBe(want);
  });
});

const fs = (entries: Record<string, string>) => memoryFs(new Map(Object.entries(entries)), '/root');
const buildError = (entries: Record<string, string>, dir = 'x'): string => {
  try {
    kustomizeBuild(fs(entries), dir);
  } catch (e) {
    if (e instanceof KustomizeError) return e.message;
    throw e;
  }
  return 'no error';
};

describe('kustomize errors (worded as kubectl kustomize v1.32 prints them)', () => {
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n';
  it.each([
    ['no kustomization file', { '/root/x/a.yaml': cm }, "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/root/x'"],
    ['not a directory', {}, "must build at directory: not a valid directory: evalsymlink failure on 'x' : lstat /root/x: no such file or directory"],
    ['unknown field', { '/root/x/kustomization.yaml': 'resourcez: []\n' }, 'invalid Kustomization: json: unknown field "resourcez"'],
    [
      'missing resource',
      { '/root/x/kustomization.yaml': 'resources:\n- missing.yaml\n' },
      "accumulating resources: accumulation err='accumulating resources from 'missing.yaml': evalsymlink failure on '/root/x/missing.yaml' : lstat /root/x/missing.yaml: no such file or directory': must build at directory: not a valid directory: evalsymlink failure on '/root/x/missing.yaml' : lstat /root/x/missing.yaml: no such file or directory",
    ],
    [
      'invalid base',
      { '/root/x/kustomization.yaml': 'resources:\n- base\n', '/root/x/base/kustomization.yaml': 'resourcez: []\n' },
      "accumulating resources: accumulation err='accumulating resources from 'base': '/root/x/base' must resolve to a file': couldn't make target for path '/root/x/base': invalid Kustomization: json: unknown field \"resourcez\"",
    ],
    [
      'duplicate object',
      { '/root/x/kustomization.yaml': 'resources:\n- a.yaml\n- a.yaml\n', '/root/x/a.yaml': cm },
      "accumulating resources: accumulation err='merging resources from 'a.yaml': may not add resource with an already registered id: ConfigMap.v1.[noGrp]/a.[noNs]': must build at directory: '/root/x/a.yaml': file is not directory",
    ],
    [
      'missing patch file',
      { '/root/x/kustomization.yaml': 'patches:\n- path: p.yaml\n' },
      "trouble configuring builtin PatchTransformer with config: `\npath: p.yaml\n`: failed to get the patch file from path(p.yaml): evalsymlink failure on '/root/x/p.yaml' : lstat /root/x/p.yaml: no such file or directory",
    ],
    ['merge into nothing', { '/root/x/kustomization.yaml': 'configMapGenerator:\n- name: c\n  behavior: merge\n' }, 'id ConfigMap/c does not exist; cannot merge or replace'],
  ])('%s', (_name, entries, want) => {
    expect(buildError(entries)).toBe(want);
  });

  it('warns about deprecated fields, as kustomize logs them', () => {
    const { warnings } = kustomizeBuild(fs({ '/root/x/kustomization.yaml': 'commonLabels:\n  a: b\npatchesStrategicMerge: []\n' }), 'x');
    expect(warnings).toEqual([
      "# Warning: 'commonLabels' is deprecated. Please use 'labels' instead. Run 'kustomize edit fix' to update your Kustomization automatically.",
      "# Warning: 'patchesStrategicMerge' is deprecated. Please use 'patches' instead. Run 'kustomize edit fix' to update your Kustomization automatically.",
    ]);
  });
});
