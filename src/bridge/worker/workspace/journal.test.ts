import { describe, expect, it } from 'vitest';
import { Journal, type JournalState } from './journal';

describe('Journal', () => {
  it('stamps each input with the virtual instant and tells listeners', () => {
    let now = 1000;
    const journal = new Journal(() => now);
    const heard: JournalState[] = [];
    journal.onChange((s) => heard.push(s));
    journal.record({ kind: 'exec', line: 'kubectl get pods' });
    now = 2500.25;
    journal.record({ kind: 'interrupt' });
    expect(journal.entries()).toEqual([
      { kind: 'exec', line: 'kubectl get pods', at: 1000 },
      { kind: 'interrupt', at: 2500.25 },
    ]);
    expect(heard.map((s) => s.length)).toEqual([1, 2]);
    expect(journal.state().bytes).toBe(2 + JSON.stringify(journal.entries()[0]).length + 1 + JSON.stringify(journal.entries()[1]).length + 1);
  });

  it('stops at its cap, keeping what it has, and says it is full', () => {
    let now = 0;
    const journal = new Journal(() => now, 200);
    const heard: JournalState[] = [];
    journal.onChange((s) => heard.push(s));
    for (let i = 0; i < 10; i++) {
      now = i * 1000;
      journal.record({ kind: 'exec', line: `echo ${'x'.repeat(30)} ${i}` });
    }
    const kept = journal.entries().length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(10);
    expect(journal.state()).toEqual({ length: kept, bytes: expect.any(Number), full: true });
    expect(journal.state().bytes).toBeLessThanOrEqual(200);
    expect(journal.truncatedAt).toBe(kept * 1000);
    expect(heard.at(-1)?.full).toBe(true);
    expect(heard).toHaveLength(kept + 1);
  });
});
