/** The virtual clock as last read from the simulation, and the controls that change its pace. */
import { create } from 'zustand';
import type { ClockState } from '../../bridge/main/types';

export const SPEEDS = [1, 5, 20] as const;

interface ClockStore extends ClockState {
  onClock(state: ClockState): void;
}

export const useClock = create<ClockStore>()((set) => ({
  now: 0,
  elapsed: 0,
  speed: 1,
  paused: false,
  onClock: (state) => set(state),
}));
