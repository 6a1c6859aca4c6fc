/**
 * Commands other features ask the terminal to run (a graph gesture, a lesson's clickable
 * command): the terminal types and runs them, so every change to the cluster is a command the
 * learner sees and can repeat.
 */
import { create } from 'zustand';

export interface CommandRequest {
  id: number;
  command: string;
  /** Typed visibly at this many characters per second (autorun, a host page); at once when unset. */
  charsPerSecond?: number;
}

/** A command the page ran, whoever typed it; `requestId` when it came through `requestCommand`. */
export interface FinishedCommand {
  requestId?: number;
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

interface CommandStore {
  queue: CommandRequest[];
  nextId: number;
  /** Returns the request's id, which the matching `finished` carries. */
  requestCommand(command: string, opts?: { charsPerSecond?: number }): number;
  /** The terminal takes the oldest request once it is at a prompt. */
  takeCommand(): CommandRequest | undefined;
  /** The latest command that finished (a host page listens for its output). */
  finished?: FinishedCommand;
  noteFinished(command: FinishedCommand): void;
}

export const useCommands = create<CommandStore>()((set, get) => ({
  queue: [],
  nextId: 1,
  requestCommand: (command, opts) => {
    const id = get().nextId;
    set((s) => ({ queue: [...s.queue, { id, command, ...opts }], nextId: id + 1 }));
    return id;
  },
  takeCommand: () => {
    const [first, ...rest] = get().queue;
    if (first) set({ queue: rest });
    return first;
  },
  noteFinished: (finished) => set({ finished }),
}));
