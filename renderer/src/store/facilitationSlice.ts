/**
 * Facilitation state that belongs to the session in the room, not to the workshop record:
 * step timers, presentation mode, and whether this window may edit (another window may hold
 * the workshop).
 */
import {
  addMinute,
  newTimer,
  pauseTimer,
  resetTimer,
  startTimer,
  type StepId,
  type StepTimer,
} from '@shared/domain';
import type { FacilitationSlice, SliceCreator } from './types';

export const createFacilitationSlice: SliceCreator<FacilitationSlice> = () => (set, get) => {
  const update = (step: StepId, f: (t: StepTimer) => StepTimer): void => {
    const current = get().timers[step];
    if (current) set({ timers: { ...get().timers, [step]: f(current) } });
  };
  return {
    timers: {},
    presenting: false,
    editAccess: 'editing',
    setTimer: (step, minutes) => {
      set({ timers: { ...get().timers, [step]: newTimer(minutes) } });
    },
    startTimer: (step) => {
      update(step, (t) => startTimer(t, Date.now()));
    },
    pauseTimer: (step) => {
      update(step, (t) => pauseTimer(t, Date.now()));
    },
    addMinute: (step) => {
      update(step, (t) => addMinute(t, Date.now()));
    },
    resetTimer: (step) => {
      update(step, resetTimer);
    },
    setPresenting: (presenting) => {
      set({ presenting });
    },
    setEditAccess: (editAccess) => {
      set({ editAccess });
    },
  };
};
