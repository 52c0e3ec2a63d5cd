import { describe, expect, it } from 'vitest';
import {
  addMinute,
  describeRemaining,
  formatRemaining,
  isFinished,
  isRunning,
  newTimer,
  pauseTimer,
  remainingMs,
  resetTimer,
  startTimer,
} from '@shared/domain';

describe('step timer', () => {
  it('counts down only while running, and pauses and resumes where it left off', () => {
    let t = newTimer(5);
    expect(remainingMs(t, 1_000)).toBe(300_000);
    t = startTimer(t, 0);
    expect(remainingMs(t, 60_000)).toBe(240_000);
    t = pauseTimer(t, 60_000);
    expect(remainingMs(t, 600_000)).toBe(240_000);
    expect(isRunning(t, 600_000)).toBe(false);
    t = startTimer(t, 600_000);
    expect(remainingMs(t, 630_000)).toBe(210_000);
    expect(isRunning(t, 630_000)).toBe(true);
  });

  it('finishes at zero and never goes negative', () => {
    const t = startTimer(newTimer(1), 0);
    expect(remainingMs(t, 61_000)).toBe(0);
    expect(isFinished(t, 61_000)).toBe(true);
    expect(isRunning(t, 61_000)).toBe(false);
  });

  it('adds a minute while running, paused or finished', () => {
    const running = addMinute(startTimer(newTimer(2), 0), 30_000);
    expect(remainingMs(running, 30_000)).toBe(150_000);
    expect(isRunning(running, 30_000)).toBe(true);
    const finished = addMinute(startTimer(newTimer(1), 0), 90_000);
    expect(remainingMs(finished, 200_000)).toBe(60_000);
    expect(isRunning(finished, 200_000)).toBe(false);
  });

  it('resets to the last set length including added minutes', () => {
    const t = resetTimer(addMinute(startTimer(newTimer(2), 0), 10_000));
    expect(remainingMs(t, 0)).toBe(180_000);
    expect(t.startedAt).toBeNull();
  });

  it('formats for the screen and for screen readers', () => {
    expect(formatRemaining(300_000)).toBe('5:00');
    expect(formatRemaining(59_001)).toBe('1:00');
    expect(formatRemaining(0)).toBe('0:00');
    expect(describeRemaining(90_000)).toBe('1 minute 30 seconds left');
    expect(describeRemaining(0)).toBe('Time is up');
  });

  it('clamps silly lengths', () => {
    expect(newTimer(-3).durationMs).toBe(0);
    expect(newTimer(10_000).durationMs).toBe(180 * 60_000);
  });
});
