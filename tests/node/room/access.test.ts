import { describe, expect, it } from 'vitest';
import {
  JOIN_CODE_LENGTH,
  attendeeIdFromKey,
  newJoinCode,
  newRoomToken,
  normaliseJoinCode,
  sameSecret,
} from '../../../electron/main/services/room/access';

describe('join codes and tokens', () => {
  it('makes codes people can read off a projector: no 0, O, 1, I or L', () => {
    const codes = Array.from({ length: 200 }, newJoinCode);
    for (const code of codes) {
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]+$/);
    }
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('accepts a code typed in lower case, with spaces or a dash', () => {
    expect(normaliseJoinCode(' ab3-k 7q ')).toBe('AB3K7Q');
  });

  it('makes 128-bit URL-safe tokens that differ every time', () => {
    const token = newRoomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newRoomToken()).not.toBe(token);
  });

  it('compares secrets exactly', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('', 'abc')).toBe(false);
  });

  it('derives a stable attendee id that does not reveal the key', () => {
    const key = 'k'.repeat(22);
    expect(attendeeIdFromKey(key)).toBe(attendeeIdFromKey(key));
    expect(attendeeIdFromKey(key)).not.toContain(key);
    expect(attendeeIdFromKey(key)).not.toBe(attendeeIdFromKey('j'.repeat(22)));
  });
});
