/**
 * Commands other features ask the terminal to run (a graph gesture, a lesson's clickable
 * command): the terminal types and runs them, so every change to the cluster is a command the
 * learner sees and can repeat.
 */
import { create } from 'zustand';

export interface CommandRequest {
  id: number;
  command: string;
}

interface CommandStore {
  queue: CommandRequest[];
  nextId: number;
  requestCommand(command: string): void;
  /** The terminal takes the oldest request once it is at a prompt. */
  takeCommand(): CommandRequest | undefined;
}

export const useCommands = create<CommandStore>()((set, get) => ({
  queue: [],
  nextId: 1,
  requestCommand: (command) => set((s) => ({ queue: [...s.queue, { id: s.nextId, command }], nextId: s.nextId + 1 })),
  takeCommand: () => {
    const [first, ...rest] = get().queue;
    if (first) set({ queue: rest });
    return first;
  },
}));
