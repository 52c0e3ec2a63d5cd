/**
 * Join code and token: the code is short so people can type it from the projector; the token
 * is long and random and travels only in the QR address, so guessing codes gets nobody in.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** No 0/O, 1/I/L: the code is read off a projector in a bright room. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export const newJoinCode = (): string =>
  Array.from(
    { length: JOIN_CODE_LENGTH },
    () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
  ).join('');

/** 128 bits, URL-safe. */
export const newRoomToken = (): string => randomBytes(16).toString('base64url');

/** People type codes in lower case and with spaces; both still count. */
export const normaliseJoinCode = (typed: string): string =>
  typed.replace(/[\s-]/g, '').toUpperCase();

/** Constant-time comparison so response timing does not leak the token. */
export const sameSecret = (given: string, expected: string): boolean => {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
};

/** The attendee's stable, pseudonymous id: derived from their secret key, never the key. */
export const attendeeIdFromKey = (key: string): string =>
  createHash('sha256').update(`star-room:${key}`).digest('base64url').slice(0, 22);

export const ATTENDEE_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
