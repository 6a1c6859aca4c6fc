import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../common/clock';
import { ControllerExpectations } from './expectations';

describe('ControllerExpectations', () => {
  it.each([
    { name: 'nothing expected', act: () => {}, satisfied: true },
    { name: 'creations pending', act: (e: ControllerExpectations) => e.expectCreations('ns/rs', 2), satisfied: false },
    {
      name: 'every creation observed',
      act: (e: ControllerExpectations) => {
        e.expectCreations('ns/rs', 2);
        e.creationObserved('ns/rs');
        e.creationObserved('ns/rs');
      },
      satisfied: true,
    },
    {
      name: 'a deletion observed twice counts once',
      act: (e: ControllerExpectations) => {
        e.expectDeletions('ns/rs', ['ns/a', 'ns/b']);
        e.deletionObserved('ns/rs', 'ns/a');
        e.deletionObserved('ns/rs', 'ns/a');
      },
      satisfied: false,
    },
  ])('$name', ({ act, satisfied }) => {
    const e = new ControllerExpectations(new ManualClock(0));
    act(e);
    expect(e.satisfiedExpectations('ns/rs')).toBe(satisfied);
  });

  it('expires after five minutes', () => {
    const clock = new ManualClock(0);
    const e = new ControllerExpectations(clock);
    e.expectCreations('ns/rs', 1);
    clock.setTime(5 * 60 * 1000);
    expect(e.satisfiedExpectations('ns/rs')).toBe(false);
    clock.setTime(5 * 60 * 1000 + 1);
    expect(e.satisfiedExpectations('ns/rs')).toBe(true);
  });
});
