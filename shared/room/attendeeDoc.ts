/**
 * The attendee page's side of the room document, as plain functions over a Y.Doc so the page
 * stays thin and the rules are tested here. The page checks what it can (so people see
 * mistakes at once), but none of this is trusted: the host checks everything again.
 */
import type * as Y from 'yjs';
import { fail, ok, type Result } from '../domain/result';
import { ROOM_MAPS, ROOM_STATE_KEY } from './document';
import {
  cardSubmissionSchema,
  publishedRoomSchema,
  receiptSchema,
  type CardSubmission,
  type PublishedRoom,
  type Receipt,
  type VoteSubmission,
} from './schemas';

/** What the facilitator opened, or nothing if it has not arrived or does not parse. */
export const readPublished = (doc: Y.Doc): PublishedRoom | undefined => {
  const parsed = publishedRoomSchema.safeParse(doc.getMap(ROOM_MAPS.room).get(ROOM_STATE_KEY));
  return parsed.success ? parsed.data : undefined;
};

export const receiptFor = (doc: Y.Doc, id: string): Receipt | undefined => {
  const parsed = receiptSchema.safeParse(doc.getMap(ROOM_MAPS.receipts).get(id));
  return parsed.success ? parsed.data : undefined;
};

const isReceived = (doc: Y.Doc, id: string): boolean => receiptFor(doc, id)?.status === 'received';

/** Adds or edits one of the attendee's cards, until the host has received it. */
export const putCard = (doc: Y.Doc, card: CardSubmission): Result<CardSubmission> => {
  const parsed = cardSubmissionSchema.safeParse(card);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail({ field: issue?.path.map(String).join('.') ?? '', message: issue?.message ?? '' });
  }
  const room = readPublished(doc);
  if (room !== undefined && !room.openPoints.includes(parsed.data.pointId)) {
    return fail({ field: 'pointId', message: 'That part of the Star is not open.' });
  }
  if (isReceived(doc, parsed.data.id)) {
    return fail({ field: 'text', message: 'The facilitator already has this card.' });
  }
  doc.getMap(ROOM_MAPS.cards).set(parsed.data.id, parsed.data);
  return ok(parsed.data);
};

/** Withdraws a card the host has not received yet; false if it is too late. */
export const withdrawCard = (doc: Y.Doc, id: string): boolean => {
  if (isReceived(doc, id)) return false;
  doc.getMap(ROOM_MAPS.cards).delete(id);
  return true;
};

export const myVotes = (doc: Y.Doc): VoteSubmission[] =>
  [...doc.getMap<VoteSubmission>(ROOM_MAPS.votes).values()].filter(
    (vote) => receiptFor(doc, vote.id)?.status !== 'rejected',
  );

export const votesLeft = (doc: Y.Doc): number =>
  Math.max(0, (readPublished(doc)?.allowance ?? 0) - myVotes(doc).length);

/** Places a dot; refused on the page when voting is closed or no dots are left. */
export const castVote = (doc: Y.Doc, vote: VoteSubmission): Result<VoteSubmission> => {
  const room = readPublished(doc);
  if (room === undefined || !room.isVotingOpen) {
    return fail({ field: 'cardId', message: 'Voting is not open.' });
  }
  if (!room.cards.some((card) => card.id === vote.cardId)) {
    return fail({ field: 'cardId', message: 'That card is no longer in the room.' });
  }
  if (votesLeft(doc) === 0) return fail({ field: 'cardId', message: 'You have no votes left.' });
  doc.getMap(ROOM_MAPS.votes).set(vote.id, vote);
  return ok(vote);
};

/** Takes a dot back (to place it elsewhere). */
export const removeVote = (doc: Y.Doc, id: string): void => {
  doc.getMap(ROOM_MAPS.votes).delete(id);
};
