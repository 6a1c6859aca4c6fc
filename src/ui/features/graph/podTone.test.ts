import { describe, expect, it } from 'vitest';
import { podTone, type Tone } from './podTone';

describe('podTone', () => {
  const cases: [string, Tone][] = [
    ['Running', 'ok'],
    ['Pending', 'progress'],
    ['ContainerCreating', 'progress'],
    ['Init:0/2', 'progress'],
    ['Terminating', 'terminating'],
    ['Completed', 'done'],
    ['Unknown', 'unknown'],
    ['CrashLoopBackOff', 'error'],
    ['ImagePullBackOff', 'error'],
    ['ErrImagePull', 'error'],
    ['Error', 'error'],
    ['Init:CrashLoopBackOff', 'error'],
  ];
  it.each(cases)('%s is %s', (status, tone) => {
    expect(podTone(status)).toBe(tone);
  });
});
