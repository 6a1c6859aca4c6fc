/** The lesson runner behind SimApi: catalogue, open, continuous checks, hints, resets, resume. */
import { describe, expect, it } from 'vitest';
import type { FrameTimer } from '../clusterFeed';
import { createSimApi } from '../simApi';
import type { LessonStatus } from './lessonStatus';

const YAML = `id: demo
level: beginner
minutes: 5
profile: multinode
setup:
  files:
    - { path: notes.txt, content: "hello" }
  objects:
    - apiVersion: v1
      kind: ConfigMap
      metadata: { name: settings }
      data: { mode: demo }
steps:
  - id: run
    commands:
      - { id: run-web, run: kubectl run web --image=nginx }
    check:
      pods: { selector: run=web, running: 1 }
    hints:
      - { id: later, after: 30 }
    solution: [run-web]
  - id: label
    commands:
      - { id: label-web, run: kubectl label pod web tier=front }
    check:
      value: { resource: pods, name: web, path: .metadata.labels.tier, equals: front }
    solution: [label-web]
`;
const md = (title: string, hint: string) =>
  `---\ntitle: ${title}\nsummary: s\n---\n## Run {#run}\n{{command run-web}}\n{{hint later}}\n${hint}\n## Label {#label}\n{{command label-web}}\n`;
const FILES = {
  '01-demo/lesson.yaml': YAML,
  '01-demo/en.md': md('Demo', 'Try kubectl run.'),
  '01-demo/ja.md': md('デモ', 'kubectl run を使ってみましょう。'),
  '02-broken/lesson.yaml': 'id: broken\nlevel: expert\n',
};

/** A session whose timer rounds fire only when the test says so. */
function session() {
  const rounds: (() => void)[] = [];
  const frameTimer: FrameTimer = { schedule: (fn) => rounds.push(fn) };
  const api = createSimApi({ seed: 5, frameTimer });
  const pushed: LessonStatus[] = [];
  api.subscribeLesson((s) => pushed.push(s));
  const round = () => rounds.splice(0).forEach((fn) => fn());
  const last = () => pushed[pushed.length - 1];
  const pods = async () => (await api.kubectlQuiet(['get', 'pods', '-o', 'name'])).stdout.trim();
  return { api, pushed, round, last, pods, errors: api.loadLessons(FILES) };
}

describe('LessonRunner', () => {
  it('lists the lessons per language and reports a malformed one without losing the others', () => {
    const { api, errors } = session();
    expect(errors).toEqual([expect.stringMatching(/^02-broken: /)]);
    expect(api.lessonCatalogue('en').map((l) => [l.id, l.title, l.level, l.minutes, l.steps])).toEqual([['demo', 'Demo', 'beginner', 5, 2]]);
    expect(api.lessonCatalogue('ja')[0].title).toBe('デモ');
  });

  it('opens a lesson on a fresh cluster of its profile with its setup applied', async () => {
    const { api, last } = session();
    await api.exec('kubectl create deployment leftover --image=nginx');
    const lesson = await api.openLesson('demo', 'en');
    expect(lesson.steps.map((s) => s.title)).toEqual(['Run', 'Label']);
    expect(api.profiles().current).toBe('multinode');
    expect((await api.kubectlQuiet(['get', 'deploy'])).stderr).toBe('No resources found in default namespace.\n');
    expect((await api.kubectlQuiet(['get', 'configmap', 'settings', '-o', 'jsonpath={.data.mode}'])).stdout).toBe('demo');
    expect((await api.exec('cat notes.txt')).stdout).toBe('hello');
    expect(last()).toMatchObject({ lessonId: 'demo', stepIndex: 0, steps: ['current', 'pending'], completed: false, busy: false });
  });

  it('ticks a step on the first timer round after its check holds, not before', async () => {
    const { api, round, last } = session();
    await api.openLesson('demo', 'en');
    round();
    expect(last().steps[0]).toBe('current');
    await api.exec('kubectl run web --image=nginx');
    expect(last().steps[0]).toBe('current');
    round();
    expect(last().steps).toEqual(['passed', 'pending']);
    expect(last().progress).toEqual({ lessonId: 'demo', stepIndex: 0, passed: ['run'] });
  });

  it('offers a delayed hint once its virtual seconds have passed, in the lesson language', async () => {
    const { api, round, last } = session();
    await api.openLesson('demo', 'en');
    api.step(29);
    round();
    expect(last().hints).toEqual([]);
    api.step(2);
    round();
    expect(last().hints).toEqual([{ id: 'later', text: 'Try kubectl run.' }]);
    expect(api.setLessonLanguage('ja')?.title).toBe('デモ');
    expect(last().hints).toEqual([{ id: 'later', text: 'kubectl run を使ってみましょう。' }]);
  });

  it('completes the lesson when the last step passes', async () => {
    const { api, round, last } = session();
    await api.openLesson('demo', 'en');
    await api.exec('kubectl run web --image=nginx');
    round();
    expect(api.moveLessonStep('next')).toBe(true);
    expect(api.moveLessonStep('next')).toBe(false);
    await api.exec('kubectl label pod web tier=front');
    round();
    expect(last()).toMatchObject({ stepIndex: 1, steps: ['passed', 'passed'], completed: true });
  });

  it.each([
    ['resetLessonStep', (api: ReturnType<typeof createSimApi>) => api.resetLessonStep()],
    ['reset (the top bar) with a lesson open', (api: ReturnType<typeof createSimApi>) => api.reset()],
  ])('%s restores the step start: earlier solutions replayed, later work gone', async (_name, reset) => {
    const { api, round, last, pods } = session();
    await api.openLesson('demo', 'en');
    await api.exec('kubectl run web --image=nginx');
    round();
    api.moveLessonStep('next');
    await api.exec('kubectl label pod web tier=front');
    await api.exec('kubectl run extra --image=nginx');
    await reset(api);
    expect(await pods()).toBe('pod/web');
    expect((await api.kubectlQuiet(['get', 'pod', 'web', '-o', 'jsonpath={.metadata.labels.tier}'])).stdout).toBe('');
    expect(api.profiles().current).toBe('multinode');
    expect(last()).toMatchObject({ stepIndex: 1, steps: ['passed', 'current'], busy: false });
  });

  it('resetLesson starts over from the setup with no step passed', async () => {
    const { api, round, last, pods } = session();
    await api.openLesson('demo', 'en');
    await api.exec('kubectl run web --image=nginx');
    round();
    await api.resetLesson();
    expect(await pods()).toBe('');
    expect(last()).toMatchObject({ stepIndex: 0, steps: ['current', 'pending'], completed: false });
  });

  it('resumes saved progress: earlier solutions replayed, passed steps kept', async () => {
    const { api, last, pods } = session();
    await api.openLesson('demo', 'en', { lessonId: 'demo', stepIndex: 1, passed: ['run'] });
    expect(await pods()).toBe('pod/web');
    expect(last()).toMatchObject({ stepIndex: 1, steps: ['passed', 'current'] });
  });

  it('reopens a lesson from an imported workspace on its cluster as restored, nothing reset', async () => {
    const first = session();
    await first.api.openLesson('demo', 'en');
    await first.api.exec('kubectl run web --image=nginx');
    await first.api.exec('kubectl run extra --image=nginx');
    first.round();
    const saved = first.api.exportWorkspace();
    const { api, last, pods } = session();
    expect(await api.importWorkspace(saved)).toEqual({ ok: true });
    await api.resumeLesson('demo', 'en', { lessonId: 'demo', stepIndex: 1, passed: ['run'] });
    expect(await pods()).toBe('pod/extra\npod/web');
    expect((await api.exec('cat notes.txt')).stdout).toBe('hello');
    expect(last()).toMatchObject({ lessonId: 'demo', stepIndex: 1, steps: ['passed', 'current'], busy: false });
  });

  it('reports no lesson after closing, and an unknown lesson as an error', async () => {
    const { api, last } = session();
    await api.openLesson('demo', 'en');
    api.closeLesson();
    expect(last().lessonId).toBeUndefined();
    expect(last().steps).toEqual([]);
    await expect(api.openLesson('nope', 'en')).rejects.toThrow('no lesson "nope"');
  });
});
