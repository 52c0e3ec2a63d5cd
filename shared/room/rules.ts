/**
 * The host's rules for what attendees send, as pure functions so they are tested hardest and
 * the server and (later) the renderer use the same ones. Attendee pages may be modified or
 * forged, so nothing here trusts them: every entry is parsed, counted and capped here.
 */
import { fail, ok, type Result } from '../domain/result';
import {
  cardSubmissionSchema,
  ROOM_LIMITS,
  voteSubmissionSchema,
  type CardSubmission,
  type VoteSubmission,
} from './schemas';

const firstIssue = (issues: readonly { path: PropertyKey[]; message: string }[]): Result<never> => {
  const issue = issues[0];
  return fail({
    field: issue === undefined ? '' : issue.path.map(String).join('.'),
    message: issue?.message ?? 'Not a valid card.',
  });
};

/**
 * Checks one card entry read from an attendee's document. The entry's key must equal its id,
 * so a page cannot make one card look like another by writing it under someone else's key.
 */
export const checkCardSubmission = (key: string, raw: unknown): Result<CardSubmission> => {
  const parsed = cardSubmissionSchema.safeParse(raw);
  if (!parsed.success) return firstIssue(parsed.error.issues);
  if (parsed.data.id !== key) return fail({ field: 'id', message: 'Card id does not match.' });
  return ok(parsed.data);
};

export interface VoteDecision {
  readonly accepted: readonly VoteSubmission[];
  /** Entry keys dropped, with why: logged by the host, never shown to other attendees. */
  readonly dropped: readonly { readonly key: string; readonly reason: string }[];
}

/**
 * An attendee's current dots, capped at the per-person allowance. Entries that do not parse,
 * point at a card that is not in the room, or go beyond the allowance are dropped; when there
 * are too many, the earliest dots (by the attendee's clock, then id) are kept so the result is
 * the same however often the document is re-read.
 */
export const decideVotes = (
  entries: readonly (readonly [key: string, raw: unknown])[],
  allowance: number,
  roomCardIds: ReadonlySet<string>,
): VoteDecision => {
  const valid: VoteSubmission[] = [];
  const dropped: { key: string; reason: string }[] = [];
  for (const [key, raw] of entries.slice(0, ROOM_LIMITS.voteEntriesMax)) {
    const parsed = voteSubmissionSchema.safeParse(raw);
    if (!parsed.success || parsed.data.id !== key) dropped.push({ key, reason: 'malformed' });
    else if (!roomCardIds.has(parsed.data.cardId)) dropped.push({ key, reason: 'unknown card' });
    else valid.push(parsed.data);
  }
  for (const [key] of entries.slice(ROOM_LIMITS.voteEntriesMax)) {
    dropped.push({ key, reason: 'too many entries' });
  }
  valid.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cap = Math.max(0, Math.trunc(allowance));
  for (const vote of valid.slice(cap)) dropped.push({ key: vote.id, reason: 'over allowance' });
  return { accepted: valid.slice(0, cap), dropped };
};

/** Dots per card: what the host hands to the workshop for one attendee. */
export const countVotesByCard = (votes: readonly VoteSubmission[]): ReadonlyMap<string, number> => {
  const counts = new Map<string, number>();
  for (const vote of votes) counts.set(vote.cardId, (counts.get(vote.cardId) ?? 0) + 1);
  return counts;
};

/**
 * The entries not seen before, each id once, in order. Reconnecting pages resend everything
 * they hold; this is what keeps a resend from becoming a duplicate.
 */
export const unseenById = <T extends { readonly id: string }>(
  items: readonly T[],
  seen: ReadonlySet<string>,
): T[] => {
  const taken = new Set<string>();
  const fresh: T[] = [];
  for (const item of items) {
    if (seen.has(item.id) || taken.has(item.id)) continue;
    taken.add(item.id);
    fresh.push(item);
  }
  return fresh;
};
