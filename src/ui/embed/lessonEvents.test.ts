import { describe, expect, it } from 'vitest';
import type { LessonStatus } from '../../bridge/main/types';
import { lessonEvents } from './lessonEvents';

const STEPS = ['run', 'inspect', 'logs'];

function status(over: Partial<LessonStatus> & { passed?: string[] } = {}): LessonStatus {
  const { passed = [], ...rest } = over;
  const stepIndex = rest.stepIndex ?? 0;
  return {
    lessonId: 'pods',
    language: 'en',
    stepIndex,
    steps: STEPS.map((id, i) => (passed.includes(id) ? 'passed' : i === stepIndex ? 'current' : 'pending')),
    hints: [],
    completed: passed.length === STEPS.length,
    progress: { lessonId: rest.lessonId ?? 'pods', stepIndex, passed },
    busy: false,
    ...rest,
  };
}

describe('lessonEvents', () => {
  const cases: { name: string; prev?: LessonStatus; next: LessonStatus; want: unknown[] }[] = [
    { name: 'a first status says nothing', next: status({ passed: ['run'] }), want: [] },
    {
      name: 'a step whose check passed, numbered from 1',
      prev: status({ stepIndex: 1, passed: ['run'] }),
      next: status({ stepIndex: 1, passed: ['run', 'inspect'] }),
      want: [{ type: 'step-completed', lesson: 'pods', step: 2, stepId: 'inspect' }],
    },
    {
      name: 'the last step: the step, then the lesson',
      prev: status({ stepIndex: 2, passed: ['run', 'inspect'] }),
      next: status({ stepIndex: 2, passed: ['run', 'inspect', 'logs'] }),
      want: [
        { type: 'step-completed', lesson: 'pods', step: 3, stepId: 'logs' },
        { type: 'lesson-completed', lesson: 'pods' },
      ],
    },
    { name: 'ticks restored after a reset (busy before)', prev: status({ busy: true }), next: status({ stepIndex: 1, passed: ['run'] }), want: [] },
    { name: 'ticks while the cluster is rebuilt (busy after)', prev: status(), next: status({ busy: true, passed: ['run'] }), want: [] },
    { name: 'another lesson opened', prev: status({ lessonId: 'services' }), next: status({ passed: ['run'] }), want: [] },
    { name: 'moving to the next step', prev: status({ passed: ['run'] }), next: status({ stepIndex: 1, passed: ['run'] }), want: [] },
  ];
  for (const c of cases) it(c.name, () => expect(lessonEvents(c.prev, c.next, STEPS)).toEqual(c.want));

  it('numbers a step the page does not know yet by the current step', () => {
    expect(lessonEvents(status({ stepIndex: 1, passed: ['run'] }), status({ stepIndex: 1, passed: ['run', 'inspect'] }), [])).toEqual([
      { type: 'step-completed', lesson: 'pods', step: 2, stepId: 'inspect' },
    ]);
  });
});
