import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCommands } from '../state/commandStore';
import { demoFromCommands } from './demoScript';
import { DEMO_AUTO_PAUSE_MS, DEMO_TYPING_CPS, demoPending, useDemo } from './demoStore';

const requested = () => useCommands.getState().queue.map((r) => r.command);
const finishLast = () => useDemo.getState().onFinished(useCommands.getState().queue.at(-1)!.id);

beforeEach(() => {
  vi.useFakeTimers();
  useCommands.setState({ queue: [], nextId: 1 });
  useDemo.setState({ commands: [], next: 0, running: undefined, auto: false, ready: false, closed: false });
});
afterEach(() => vi.useRealTimers());

describe('the demo', () => {
  it('waits for the cluster, then types one command per advance at a human pace', () => {
    const demo = useDemo.getState();
    demo.load(demoFromCommands(['kubectl get nodes', 'kubectl get pods']), false);
    expect(demo.advance()).toBe(false);
    demo.start();
    expect(useDemo.getState().advance()).toBe(true);
    expect(useCommands.getState().queue).toEqual([{ id: 1, command: 'kubectl get nodes', charsPerSecond: DEMO_TYPING_CPS }]);
    // A second press while the first command runs does nothing.
    expect(useDemo.getState().advance()).toBe(false);
    finishLast();
    expect(useDemo.getState().advance()).toBe(true);
    expect(requested()).toEqual(['kubectl get nodes', 'kubectl get pods']);
    finishLast();
    expect(useDemo.getState().advance()).toBe(false);
    expect(demoPending(useDemo.getState())).toBe(false);
  });

  it('ignores commands it did not request finishing', () => {
    useDemo.getState().load(demoFromCommands(['a', 'b']), false);
    useDemo.getState().start();
    useDemo.getState().advance();
    useDemo.getState().onFinished(99);
    expect(useDemo.getState().advance()).toBe(false);
  });

  it('automatic: starts at once and pauses between commands', () => {
    useDemo.getState().load(demoFromCommands(['a', 'b']), true);
    useDemo.getState().start();
    expect(requested()).toEqual(['a']);
    finishLast();
    vi.advanceTimersByTime(DEMO_AUTO_PAUSE_MS - 1);
    expect(requested()).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(requested()).toEqual(['a', 'b']);
  });

  it('switching Auto off cancels the pending command', () => {
    useDemo.getState().load(demoFromCommands(['a', 'b']), true);
    useDemo.getState().start();
    finishLast();
    useDemo.getState().setAuto(false);
    vi.advanceTimersByTime(DEMO_AUTO_PAUSE_MS * 2);
    expect(requested()).toEqual(['a']);
  });

  it('moves on when a reset replaced the terminal mid-command', () => {
    useDemo.getState().load(demoFromCommands(['a', 'b']), false);
    useDemo.getState().start();
    useDemo.getState().advance();
    useDemo.getState().onTerminalReplaced();
    expect(useDemo.getState().advance()).toBe(true);
  });

  it('a closed demo types nothing and leaves the keys alone', () => {
    useDemo.getState().load(demoFromCommands(['a']), false);
    useDemo.getState().start();
    useDemo.getState().close();
    expect(useDemo.getState().advance()).toBe(false);
    expect(demoPending(useDemo.getState())).toBe(false);
  });
});
