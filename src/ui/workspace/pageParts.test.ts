import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../bridge/main/types';
import { exportFileName, historyFromJournal, shareUrl, withoutState } from './pageParts';

describe('historyFromJournal', () => {
  it('keeps the terminal lines, without blanks or repeats in a row, ignoring other inputs', () => {
    const journal = [
      { kind: 'exec', line: 'kubectl get pods', at: 1 },
      { kind: 'exec', line: 'kubectl get pods', at: 2 },
      { kind: 'exec', line: '  ', at: 3 },
      { kind: 'writeFile', path: '/root/a.yaml', text: 'x', at: 4 },
      { kind: 'execSettled', line: 'kubectl run web --image=nginx', at: 5 },
      { kind: 'exec', line: 'kubectl apply -f a.yaml', at: 6 },
      { kind: 'exec', line: 'kubectl get pods', at: 7 },
    ] as Workspace['journal'];
    expect(historyFromJournal({ journal })).toEqual(['kubectl get pods', 'kubectl apply -f a.yaml', 'kubectl get pods']);
  });
});

describe('shareUrl', () => {
  it.each([
    { name: 'state only', href: 'https://p.example/app/?theme=dark', want: 'https://p.example/app/?theme=dark#state=abc' },
    { name: 'replaces an older state', href: 'https://p.example/#state=old', want: 'https://p.example/#state=abc' },
    { name: 'drops a lesson link, which would reset the shared cluster', href: 'https://p.example/?lesson=pods&step=2&lang=ja', want: 'https://p.example/?lang=ja#state=abc' },
  ])('$name', ({ href, want }) => expect(shareUrl(href, 'abc')).toBe(want));

  it('withoutState drops only a #state= fragment', () => {
    expect(withoutState('https://p.example/?lesson=a#state=abc')).toBe('https://p.example/?lesson=a');
    expect(withoutState('https://p.example/#other')).toBe('https://p.example/#other');
  });
});

describe('exportFileName', () => {
  it('is dated and ends in .json', () => expect(exportFileName(Date.UTC(2025, 0, 2, 3, 4, 5))).toBe('kube-playground-2025-01-02-03-04-05.json'));
});
