import { afterEach, describe, expect, it } from 'vitest';
import {
  castVote,
  myVotes,
  putCard,
  readPublished,
  receiptFor,
  removeVote,
  votesLeft,
  withdrawCard,
} from '../../../shared/room';
import { join, room, startRoom, synced, waitFor, type Attendee, type Harness } from './harness';

let harness: Harness | undefined;
let attendee: Attendee | undefined;
afterEach(async () => {
  attendee?.provider.destroy();
  await harness?.close();
});

const ROOM_CARDS = [
  { id: 'card-room-0001', pointId: 'supply' as const, text: 'Rotate staff' },
  { id: 'card-room-0002', pointId: 'new-ways' as const, text: 'Group clinics' },
];

const inRoom = async (allowance = 2): Promise<{ h: Harness; a: Attendee }> => {
  harness = await startRoom();
  harness.host.publish(room(ROOM_CARDS, allowance));
  attendee = join(harness);
  await synced(attendee);
  await waitFor(() => attendee !== undefined && readPublished(attendee.doc) !== undefined);
  return { h: harness, a: attendee };
};

describe('the attendee side of the room document', () => {
  it('adds a card to an open point, edits it, and sees it received', async () => {
    const { h, a } = await inRoom();
    expect(readPublished(a.doc)?.prompt).toBe('Vote for the ideas you would try first.');
    const card = { id: 'card-mine-0001', pointId: 'supply' as const, text: 'Train HCAs' };
    expect(putCard(a.doc, card).ok).toBe(true);
    await waitFor(() => receiptFor(a.doc, 'card-mine-0001')?.status === 'received');
    expect(h.arrivals.map((x) => x.card.text)).toEqual(['Train HCAs']);
    const late = putCard(a.doc, { ...card, text: 'Changed my mind' });
    expect(late).toEqual({
      ok: false,
      errors: [{ field: 'text', message: 'The facilitator already has this card.' }],
    });
    expect(withdrawCard(a.doc, 'card-mine-0001')).toBe(false);
  });

  it('refuses on the page a card for a point that is not open, or too long', async () => {
    const { a } = await inRoom();
    const closedPoint = putCard(a.doc, { id: 'card-mine-0002', pointId: 'leadership', text: 'x' });
    expect(closedPoint.ok).toBe(false);
    const tooLong = putCard(a.doc, {
      id: 'card-mine-0003',
      pointId: 'supply',
      text: 'x'.repeat(501),
    });
    expect(tooLong.ok ? '' : tooLong.errors[0]?.message).toBe('Keep cards to 500 characters.');
  });

  it('casts dots up to the allowance, shows what is left, and moves one', async () => {
    const { h, a } = await inRoom(2);
    expect(votesLeft(a.doc)).toBe(2);
    expect(castVote(a.doc, { id: 'vote-mine-0001', cardId: 'card-room-0001', at: 1 }).ok).toBe(
      true,
    );
    expect(castVote(a.doc, { id: 'vote-mine-0002', cardId: 'card-room-0001', at: 2 }).ok).toBe(
      true,
    );
    expect(votesLeft(a.doc)).toBe(0);
    const third = castVote(a.doc, { id: 'vote-mine-0003', cardId: 'card-room-0002', at: 3 });
    expect(third.ok ? '' : third.errors[0]?.message).toBe('You have no votes left.');
    removeVote(a.doc, 'vote-mine-0002');
    expect(castVote(a.doc, { id: 'vote-mine-0004', cardId: 'card-room-0002', at: 4 }).ok).toBe(
      true,
    );
    await waitFor(() =>
      [...h.votes.values()].some(
        (v) => v.map((x) => x.id).join() === 'vote-mine-0001,vote-mine-0004',
      ),
    );
    expect(myVotes(a.doc)).toHaveLength(2);
  });
});
