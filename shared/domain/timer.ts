/**
 * The facilitator's countdown timer for a step, as pure data over a clock: the screen asks
 * "how long is left at time t", so a timer survives re-renders and moving between steps.
 */
import { plural } from './plural';

export interface StepTimer {
  /** The length the facilitator set, in milliseconds. */
  readonly durationMs: number;
  /** Time left when last paused (or the full duration before starting). */
  readonly remainingAtPauseMs: number;
  /** Clock time (ms) when it was last started; null while paused or stopped. */
  readonly startedAt: number | null;
}

export const MINUTE_MS = 60_000;
export const MAX_TIMER_MINUTES = 180;

export const newTimer = (minutes: number): StepTimer => {
  const ms = Math.round(Math.min(Math.max(minutes, 0), MAX_TIMER_MINUTES) * MINUTE_MS);
  return { durationMs: ms, remainingAtPauseMs: ms, startedAt: null };
};

export const remainingMs = (t: StepTimer, now: number): number =>
  t.startedAt === null
    ? t.remainingAtPauseMs
    : Math.max(0, t.remainingAtPauseMs - Math.max(0, now - t.startedAt));

export const isRunning = (t: StepTimer, now: number): boolean =>
  t.startedAt !== null && remainingMs(t, now) > 0;

export const isFinished = (t: StepTimer, now: number): boolean =>
  t.durationMs > 0 && remainingMs(t, now) === 0;

export const startTimer = (t: StepTimer, now: number): StepTimer =>
  t.startedAt !== null || t.remainingAtPauseMs <= 0 ? t : { ...t, startedAt: now };

export const pauseTimer = (t: StepTimer, now: number): StepTimer =>
  t.startedAt === null ? t : { ...t, remainingAtPauseMs: remainingMs(t, now), startedAt: null };

/** "Add a minute" works whether running, paused or finished (a finished timer stays stopped). */
export const addMinute = (t: StepTimer, now: number): StepTimer => {
  const left = remainingMs(t, now);
  const limit = MAX_TIMER_MINUTES * MINUTE_MS;
  const extra = Math.min(MINUTE_MS, limit - left);
  if (extra <= 0) return t;
  return t.startedAt === null || left === 0
    ? { durationMs: t.durationMs + extra, remainingAtPauseMs: left + extra, startedAt: null }
    : { durationMs: t.durationMs + extra, remainingAtPauseMs: left + extra, startedAt: now };
};

export const resetTimer = (t: StepTimer): StepTimer => newTimer(t.durationMs / MINUTE_MS);

/** `m:ss`, rounding up so "0:00" appears only when time is really up. */
export const formatRemaining = (ms: number): string => {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  return `${String(minutes)}:${String(total % 60).padStart(2, '0')}`;
};

/** Spoken form for screen readers, e.g. "4 minutes 30 seconds left". */
export const describeRemaining = (ms: number): string => {
  const total = Math.ceil(ms / 1000);
  if (total === 0) return 'Time is up';
  const m = Math.floor(total / 60);
  const s = total % 60;
  const parts = [m ? plural(m, 'minute') : '', s ? plural(s, 'second') : ''];
  return `${parts.filter(Boolean).join(' ')} left`;
};
