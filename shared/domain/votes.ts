/**
 * Dot voting on ideas. The room shares one pool of votes: votes per person × the number of
 * people (at least one, so a facilitator working alone can still prioritise). The facilitator
 * records dots as they are placed, so votes are counted per idea, not per person.
 */
import { updateCard } from './card';
import { fail, type Result } from './result';
import type { Card } from './schemas';
import { STAR_POINT_IDS, type StarPointId } from './star';
import { plural } from './plural';

export interface VoteTally {
  /** The whole room's votes: votes per person × voters. */
  readonly allowance: number;
  readonly used: number;
  /** Never negative, even when people left after voting. */
  readonly remaining: number;
  /** Votes beyond the allowance (people removed after voting): the screen warns about these. */
  readonly over: number;
  readonly byPoint: Readonly<Record<StarPointId, number>>;
}

/** Votes for the room. A workshop with nobody listed yet counts as one voter. */
export const voteAllowance = (votesPerPerson: number, voterCount: number): number =>
  Math.max(0, Math.trunc(votesPerPerson)) * Math.max(1, Math.trunc(voterCount));

export const votesUsed = (cards: readonly Card[]): number => {
  let used = 0;
  for (const card of cards) if (card.kind === 'idea') used += card.votes;
  return used;
};

export const voteTally = (cards: readonly Card[], allowance: number): VoteTally => {
  const byPoint = Object.fromEntries(STAR_POINT_IDS.map((p) => [p, 0])) as Record<
    StarPointId,
    number
  >;
  let used = 0;
  for (const card of cards) {
    if (card.kind !== 'idea') continue;
    used += card.votes;
    byPoint[card.point] += card.votes;
  }
  return {
    allowance,
    used,
    remaining: Math.max(0, allowance - used),
    over: Math.max(0, used - allowance),
    byPoint,
  };
};

/** Find the idea being voted on, or say why it cannot take votes. */
const findIdea = (cards: readonly Card[], cardId: string): Result<Card> => {
  const card = cards.find((c) => c.id === cardId);
  if (!card) return fail({ field: 'votes', message: 'That idea no longer exists.' });
  if (card.kind !== 'idea') {
    return fail({
      field: 'votes',
      message: 'Only ideas can be voted on. Current activity and gaps are not voted on.',
    });
  }
  return { ok: true, value: card };
};

const allUsedMessage = (allowance: number): string =>
  allowance === 1
    ? 'The only vote has been used. Remove it from another idea first.'
    : `All ${plural(allowance, 'vote')} have been used. Remove a vote from another idea first.`;

/** Add one vote to an idea, if the room has one left. */
export const castVote = (
  cards: readonly Card[],
  cardId: string,
  allowance: number,
  now: string,
): Result<Card> => {
  const found = findIdea(cards, cardId);
  if (!found.ok) return found;
  if (votesUsed(cards) >= allowance) {
    return fail({ field: 'votes', message: allUsedMessage(allowance) });
  }
  return updateCard(found.value, { votes: found.value.votes + 1 }, now);
};

/** Take one vote back from an idea; never below zero. */
export const removeVote = (cards: readonly Card[], cardId: string, now: string): Result<Card> => {
  const found = findIdea(cards, cardId);
  if (!found.ok) return found;
  if (found.value.votes <= 0) {
    return fail({ field: 'votes', message: 'This idea has no votes to remove.' });
  }
  return updateCard(found.value, { votes: found.value.votes - 1 }, now);
};

/**
 * Type in an idea's count directly (dots counted off a wall chart). Lowering is always allowed;
 * raising must stay within the votes left.
 */
export const setVotes = (
  cards: readonly Card[],
  cardId: string,
  votes: number,
  allowance: number,
  now: string,
): Result<Card> => {
  const found = findIdea(cards, cardId);
  if (!found.ok) return found;
  const card = found.value;
  if (!Number.isInteger(votes) || votes < 0) {
    return fail({ field: 'votes', message: 'Votes must be a whole number, 0 or more' });
  }
  if (votes > card.votes) {
    const left = Math.max(0, allowance - votesUsed(cards));
    if (votes - card.votes > left) {
      return fail({
        field: 'votes',
        message:
          left === 0
            ? allUsedMessage(allowance)
            : `Only ${plural(left, 'vote')} left, so this idea can have at most ${String(card.votes + left)}.`,
      });
    }
  }
  return updateCard(card, { votes }, now);
};

/** Clear every vote (starting a fresh round). Returns only the cards that changed. */
export const resetVotes = (cards: readonly Card[], now: string): Card[] =>
  cards.filter((c) => c.votes > 0).map((c) => ({ ...c, votes: 0, updatedAt: now }));
