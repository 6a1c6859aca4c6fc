/// <reference types="vite/client" />
/**
 * The generators listed in testdata/more-cases.txt against goldens recorded from the real kubectl
 * v1.32 by testdata/record.py (`role-basic` needs API discovery and was written from kubectl's
 * sources). Compared byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { FakeClient } from '../testing/fakeClient';
import { kubectl, testContext } from '../testing/testContext';
import cases from './testdata/more-cases.txt?raw';

const goldens = import.meta.glob('./testdata/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const table = cases
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => l.split('\t') as [string, string]);

describe('kubectl create … --dry-run=client -o yaml matches kubectl v1.32', () => {
  it.each(table)('%s', async (name, line) => {
    const argv = line.split(' ').map((a) => a.replaceAll('_', ' '));
    const dash = argv.indexOf('--');
    const flags = ['--dry-run=client', '-o', 'yaml'];
    const full = dash < 0 ? [...argv, ...flags] : [...argv.slice(0, dash), ...flags, ...argv.slice(dash)];
    const r = await kubectl(testContext(new FakeClient()), full);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(goldens[`./testdata/${name}.yaml`]);
  });
});
