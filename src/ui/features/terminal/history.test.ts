import { describe, expect, it } from 'vitest';
import { History, MAX_HISTORY, type HistoryStorage } from './history';

function memory(initial: string[] = []): HistoryStorage & { saved: string[] } {
  const s = { saved: initial, load: () => s.saved, save: (e: string[]) => void (s.saved = e) };
  return s;
}

describe('History', () => {
  it('walks up and down, returning to the draft being typed', () => {
    const h = new History(memory(['one', 'two']));
    expect(h.previous('draft')).toBe('two');
    expect(h.previous('two')).toBe('one');
    expect(h.previous('one')).toBeUndefined();
    expect(h.next()).toBe('two');
    expect(h.next()).toBe('draft');
    expect(h.next()).toBeUndefined();
  });

  it('stores a repeated command once and skips blank ones, and persists', () => {
    const storage = memory();
    const h = new History(storage);
    for (const c of ['get pods', 'get pods', '  ', 'get nodes']) h.push(c);
    expect(storage.saved).toEqual(['get pods', 'get nodes']);
    expect(new History(storage).previous('')).toBe('get nodes');
  });

  it('keeps the newest entries only', () => {
    const storage = memory();
    const h = new History(storage);
    for (let i = 0; i < MAX_HISTORY + 3; i++) h.push(`c${i}`);
    expect(h.all()).toHaveLength(MAX_HISTORY);
    expect(h.all()[0]).toBe('c3');
  });
});
