/**
 * Everything that crosses the room connection, as zod schemas with hard limits. The room
 * document is only a transport: the host validates every attendee entry with these schemas
 * before anything reaches the workshop, and the attendee page validates what the host
 * publishes before showing it. Limits are generous for people and small for attackers.
 */
import { z } from 'zod';
import { STAR_POINT_IDS } from '../domain/star';
import { STEP_IDS } from '../domain/steps';

export const ROOM_LIMITS = {
  /** A card is a sticky note, not an essay. */
  cardTextMax: 500,
  nameMax: 60,
  promptMax: 1_000,
  /** Cards one attendee may hand in while the room is open; deleting them frees no places. */
  cardsPerAttendeeMax: 50,
  /** Vote entries one attendee may write; the allowance itself is usually far lower. */
  voteEntriesMax: 100,
  allowanceMax: 50,
  publishedCardsMax: 2_000,
  idMax: 64,
} as const;

/** Ids made on the attendee's device (crypto.randomUUID or similar); never shown to anyone. */
export const roomIdSchema = z
  .string()
  .min(8)
  .max(ROOM_LIMITS.idMax)
  .regex(/^[A-Za-z0-9_-]+$/, 'Ids use letters, digits, - and _ only.');

export const roomPointIdSchema = z.enum(STAR_POINT_IDS);

/** A card an attendee adds. Its id is the idempotency key: resending it never duplicates it. */
export const cardSubmissionSchema = z
  .object({
    id: roomIdSchema,
    pointId: roomPointIdSchema,
    text: z
      .string()
      .trim()
      .min(1, 'Write something on the card.')
      .max(ROOM_LIMITS.cardTextMax, `Keep cards to ${ROOM_LIMITS.cardTextMax} characters.`),
    /** Optional, for the facilitator only; never published to the room. */
    name: z.string().trim().max(ROOM_LIMITS.nameMax).optional(),
  })
  .strict();
export type CardSubmission = z.infer<typeof cardSubmissionSchema>;

/** One dot. Moving a dot is deleting one entry and adding another. */
export const voteSubmissionSchema = z
  .object({
    id: roomIdSchema,
    cardId: roomIdSchema,
    /** Attendee's clock; only used to keep the earliest dots when there are too many. */
    at: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  })
  .strict();
export type VoteSubmission = z.infer<typeof voteSubmissionSchema>;

/** A card as the room sees it: no author, no attendee id. */
export const publishedCardSchema = z
  .object({
    id: roomIdSchema,
    pointId: roomPointIdSchema,
    text: z.string().max(ROOM_LIMITS.cardTextMax),
  })
  .strict();
export type PublishedCard = z.infer<typeof publishedCardSchema>;

/** What the facilitator has opened to the room. */
export const publishedRoomSchema = z
  .object({
    stepId: z.enum(STEP_IDS),
    openPoints: z.array(roomPointIdSchema).max(STAR_POINT_IDS.length),
    prompt: z.string().max(ROOM_LIMITS.promptMax),
    isVotingOpen: z.boolean(),
    allowance: z.number().int().min(0).max(ROOM_LIMITS.allowanceMax),
    cards: z.array(publishedCardSchema).max(ROOM_LIMITS.publishedCardsMax),
  })
  .strict();
export type PublishedRoom = z.infer<typeof publishedRoomSchema>;

/** What the host writes back for each submission id, so the page can show "received". */
export const receiptSchema = z
  .object({
    status: z.enum(['received', 'rejected']),
    reason: z.string().max(200).optional(),
  })
  .strict();
export type Receipt = z.infer<typeof receiptSchema>;
