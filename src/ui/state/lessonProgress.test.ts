import { describe, expect, it } from 'vitest';
import { browserLanguage, emptySaved, LANGUAGE_KEY, LEGACY_KEY, onProgressSaved, parseSaved, readSaved, recordProgress, resumeFrom, workspaceProgress } from './lessonProgress';

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

  it('reads an earlier page\'s localStorage progress once, then hands saves to the workspace', () => {
    const saved = { ...recordProgress(emptySaved('ja'), { lessonId: 'pods', stepIndex: 0, passed: [] }), view: 'lesson' as const };
    const data = new Map([[LEGACY_KEY, JSON.stringify(saved)]]);
    const store = workspaceProgress({ getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) }, 'en');
    expect(store.load()).toEqual(saved);
    const heard: unknown[] = [];
    const stop = onProgressSaved((s) => heard.push(s));
    store.save(saved);
    stop();
    store.save(saved);
    expect(heard).toEqual([saved]);
    expect(data.has(LEGACY_KEY)).toBe(false);
    // The language stays a preference of this browser, read back on the next load.
    expect(data.get(LANGUAGE_KEY)).toBe('ja');
    expect(store.load()).toEqual({ ...emptySaved('en'), language: 'ja' });
    expect(workspaceProgress(undefined, 'ja').load()).toEqual(emptySaved('ja'));
  });

  it('reads a workspace\'s lessonProgress value like saved text', () => {
    expect(readSaved({ language: 'en', current: 'pods', view: 'lesson', lessons: {} }, 'ja')).toEqual({ language: 'en', current: 'pods', view: 'lesson', lessons: {} });
    expect(readSaved('nonsense', 'ja')).toEqual(emptySaved('ja'));
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
