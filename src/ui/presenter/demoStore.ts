/**
 * The scripted demo: which command comes next, whether one is being typed or running, and the
 * automatic mode. Commands go through `requestCommand`, so the terminal types them visibly (or,
 * without a terminal, CommandRunner runs them) and the graph highlights what they touch.
 */
import { create } from 'zustand';
import { useCommands } from '../state/commandStore';
import type { DemoCommand } from './demoScript';

/** Characters per second: someone typing while talking to a room. */
export const DEMO_TYPING_CPS = 14;
/** Wall-clock pause between commands of an automatic demo: time to read the output. */
export const DEMO_AUTO_PAUSE_MS = 3000;

interface DemoStore {
  commands: DemoCommand[];
  /** Index of the next command to type. */
  next: number;
  /** The request id of the command being typed or run. */
  running?: number;
  auto: boolean;
  /** The cluster the demo is meant for is up: the first command may go. */
  ready: boolean;
  /** The presenter closed the bar. */
  closed: boolean;
  load(commands: DemoCommand[], auto: boolean): void;
  start(): void;
  /** Types the next command unless one is still running; false when nothing went. */
  advance(): boolean;
  setAuto(auto: boolean): void;
  onFinished(requestId: number): void;
  /** The terminal was replaced (a reset): the command it was running will not report back. */
  onTerminalReplaced(): void;
  close(): void;
}

let timer: ReturnType<typeof setTimeout> | undefined;

function cancelTimer(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
}

export const useDemo = create<DemoStore>()((set, get) => {
  const scheduleNext = () => {
    cancelTimer();
    const { auto, ready, next, commands } = get();
    if (!auto || !ready || next >= commands.length) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (get().auto) get().advance();
    }, DEMO_AUTO_PAUSE_MS);
  };
  return {
    commands: [],
    next: 0,
    auto: false,
    ready: false,
    closed: false,
    load(commands, auto) {
      cancelTimer();
      set({ commands, auto, next: 0, running: undefined, closed: false });
      if (get().ready) scheduleNext();
    },
    start() {
      set({ ready: true });
      // An automatic demo starts with its first command at once.
      if (get().auto) get().advance();
    },
    advance() {
      const { ready, running, next, commands, closed } = get();
      if (!ready || closed || running !== undefined || next >= commands.length) return false;
      cancelTimer();
      const { command, typed } = commands[next];
      const id = useCommands.getState().requestCommand(command, typed ? { charsPerSecond: DEMO_TYPING_CPS } : undefined);
      set({ running: id, next: next + 1 });
      return true;
    },
    setAuto(auto) {
      set({ auto });
      if (!auto) return cancelTimer();
      if (get().running === undefined) get().advance();
    },
    onFinished(requestId) {
      if (requestId !== get().running) return;
      set({ running: undefined });
      scheduleNext();
    },
    onTerminalReplaced() {
      set({ running: undefined });
      scheduleNext();
    },
    close() {
      cancelTimer();
      set({ closed: true });
    },
  };
});

/** Whether the demo still waits for the presenter (its bar listens for → and Space). */
export function demoPending(s: Pick<DemoStore, 'commands' | 'next' | 'closed'>): boolean {
  return !s.closed && s.next < s.commands.length;
}
