import { describe, expect, it } from 'vitest';
import { browserLanguage, emptySaved, parseSaved, recordProgress, resumeFrom, storageProgress } from './lessonProgress';

describe('parseSaved', () => {
  it.each([
    ['nothing saved', null, emptySaved('ja')],
    ['not JSON', '{oops', emptySaved('ja')],
    ['not an object', '42', emptySaved('ja')],
    ['an unknown language', '{"language":"fr","view":"catalogue","lessons":{}}', emptySaved('ja')],
    [
      'a lesson view without a lesson falls back to the catalogue',
      '{"language":"en","view":"lesson","lessons":{}}',
      { language: 'en', view: 'catalogue', current: undefined, lessons: {} },
    ],
    [
      'malformed records are dropped, good ones kept',
      '{"language":"en","current":"pods","view":"lesson","lessons":{"pods":{"stepIndex":2,"passed":["a","b"]},"bad":{"stepIndex":-1,"passed":[]},"worse":{"stepIndex":0,"passed":[3]}}}',
      { language: 'en', current: 'pods', view: 'lesson', lessons: { pods: { stepIndex: 2, passed: ['a', 'b'] } } },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseSaved(text, 'ja')).toEqual(expected);
  });
});

describe('progress records', () => {
  it('records the Worker progress as the current lesson and resumes from it', () => {
    const saved = recordProgress(emptySaved('en'), { lessonId: 'pods', stepIndex: 1, passed: ['create'] });
    expect(saved).toMatchObject({ current: 'pods', lessons: { pods: { stepIndex: 1, passed: ['create'] } } });
    expect(resumeFrom(saved, 'pods')).toEqual({ lessonId: 'pods', stepIndex: 1, passed: ['create'] });
    expect(resumeFrom(saved, 'other')).toBeUndefined();
  });

  it('round-trips through storage, and survives a storage that refuses writes', () => {
    const data = new Map<string, string>();
    const store = storageProgress({ getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }, 'en');
    const saved = { ...recordProgress(emptySaved('ja'), { lessonId: 'pods', stepIndex: 0, passed: [] }), view: 'lesson' as const };
    store.save(saved);
    expect(store.load()).toEqual(saved);
    const full = storageProgress({ getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } }, 'en');
    expect(() => full.save(saved)).not.toThrow();
  });
});

describe('browserLanguage', () => {
  it.each([
    [['ja-JP', 'en'], 'ja'],
    [['en-US', 'ja'], 'en'],
    [['fr-FR', 'ja'], 'ja'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('%j → %s', (languages, expected) => {
    expect(browserLanguage(languages)).toBe(expected);
  });
});
