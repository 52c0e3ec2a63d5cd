/** Fixed facts about the `.heestar` plan file: its identity, current format and safety limits. */
import { LIMITS } from '../domain/schemas';

/** The `type` every plan file envelope carries, so other JSON files are told apart at once. */
export const PLAN_FILE_TYPE = 'star-workshop-plan';
/** File name extension used when saving and offered in open dialogs. */
export const PLAN_FILE_EXTENSION = '.heestar';
/**
 * The format this build writes and the newest it reads. Format 1 is the first shipped; format 2
 * stores idea numbers and links actions to several ideas. Bump it only together with a
 * migration in `migrations.ts` and a fixture in tests/fixtures/planfiles.
 */
export const CURRENT_FORMAT_VERSION = 2;
export const CHECKSUM_ALGORITHM = 'SHA-256';

/** Refused before any decoding: a real plan at the count limits is about 5 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Deepest nesting a valid plan needs is 5; 64 leaves room and keeps parsing cheap and safe. */
export const MAX_NESTING_DEPTH = 64;

/** Most items a plan may hold in each collection. */
export const COUNT_LIMITS = {
  participants: 1_000,
  cards: 5_000,
  actions: 2_000,
} as const;

/** No array anywhere in a valid plan is longer than this, so longer ones are refused unread. */
export const MAX_ARRAY_LENGTH = Math.max(...Object.values(COUNT_LIMITS));

/** Longest text any field of a plan may hold (UTF-16 units), as the domain schemas set it. */
export const MAX_TEXT_LENGTH = LIMITS.longText;

/** Keys that could reach `Object.prototype` if a later spread or merge ever copied them. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
