import { afterEach, describe, expect, it } from 'vitest';
import { ROOM_MAPS } from '../../../shared/room';
import {
  addCard,
  join,
  rawSocket,
  receipt,
  room,
  startRoom,
  synced,
  waitFor,
  type Attendee,
  type Harness,
} from './harness';

let harness: Harness | undefined;
const attendees: Attendee[] = [];
afterEach(async () => {
  for (const a of attendees.splice(0)) a.provider.destroy();
  await harness?.close();
  harness = undefined;
});
const joined = async (h: Harness): Promise<Attendee> => {
  const attendee = join(h);
  attendees.push(attendee);
  await synced(attendee);
  return attendee;
};

describe('what attendees send is validated by the host', () => {
  it('drops and logs malformed frames, then closes a page that keeps sending them', async () => {
    harness = await startRoom({ maxInvalidFrames: 4 });
    const bystander = await joined(harness);
    const { ws, closed } = await rawSocket(harness);
    // A sync frame whose length runs past its end, a Yjs update that does not decode, text.
    ws.send(new Uint8Array([0, 1, 255, 255, 255, 255, 255]));
    ws.send(new Uint8Array([0, 2, 5, 200, 201, 202, 203, 204]));
    ws.send('{"not":"binary"}');
    await waitFor(() => harness?.logs.filter((l) => l.startsWith('dropped')).length === 3);
    expect(ws.readyState).toBe(ws.OPEN);
    ws.send(new Uint8Array([9, 9, 9]));
    expect((await closed).code).toBe(4400);
    addCard(bystander, 'card-bystander');
    await waitFor(() => receipt(bystander, 'card-bystander') === 'received');
  });

  it('rejects a 100,000-character card with a reason and never hands it over', async () => {
    harness = await startRoom({ maxFrameBytes: 1024 * 1024, maxBytesPerAttendee: 2 * 1024 * 1024 });
    const attendee = await joined(harness);
    addCard(attendee, 'card-huge-0001', 'x'.repeat(100_000));
    await waitFor(() => receipt(attendee, 'card-huge-0001') === 'rejected');
    const got = attendee.doc.getMap(ROOM_MAPS.receipts).get('card-huge-0001');
    expect(got).toEqual({ status: 'rejected', reason: 'Keep cards to 500 characters.' });
    expect(harness.arrivals).toHaveLength(0);
    expect(harness.logs).toContain('rejected-card: Keep cards to 500 characters.');
  });

  it('caps cards per attendee, even if received cards are deleted from the page', async () => {
    harness = await startRoom();
    const attendee = await joined(harness);
    const cards = attendee.doc.getMap(ROOM_MAPS.cards);
    const ids = Array.from({ length: 50 }, (_, n) => `card-cap-${String(n).padStart(4, '0')}`);
    attendee.doc.transact(() => {
      for (const id of ids) cards.set(id, { id, pointId: 'supply', text: id });
    });
    await waitFor(() => ids.every((id) => receipt(attendee, id) === 'received'));
    attendee.doc.transact(() => {
      for (const id of ids) cards.delete(id);
    });
    addCard(attendee, 'card-cap-one-more');
    await waitFor(() => receipt(attendee, 'card-cap-one-more') === 'rejected');
    expect(attendee.doc.getMap(ROOM_MAPS.receipts).get('card-cap-one-more')).toEqual({
      status: 'rejected',
      reason: 'No more than 50 cards each.',
    });
    expect(harness.arrivals).toHaveLength(50);
  });

  it('counts only votes within the allowance, however many the page writes', async () => {
    harness = await startRoom();
    harness.host.publish(
      room(
        [
          { id: 'card-room-0001', pointId: 'supply', text: 'Rotate staff' },
          { id: 'card-room-0002', pointId: 'new-ways', text: 'Group clinics' },
        ],
        3,
      ),
    );
    const attendee = await joined(harness);
    const votes = attendee.doc.getMap(ROOM_MAPS.votes);
    attendee.doc.transact(() => {
      for (let i = 0; i < 10; i += 1) {
        const id = `vote-forged-${String(i).padStart(2, '0')}`;
        votes.set(id, { id, cardId: `card-room-000${String(1 + (i % 2))}`, at: i });
      }
      votes.set('vote-elsewhere', { id: 'vote-elsewhere', cardId: 'card-nowhere', at: 0 });
    });
    await waitFor(() => receipt(attendee, 'vote-forged-09') === 'rejected');
    const [counted] = [...harness.votes.values()];
    expect(counted?.map((v) => v.id)).toEqual([
      'vote-forged-00',
      'vote-forged-01',
      'vote-forged-02',
    ]);
    expect(receipt(attendee, 'vote-forged-02')).toBe('received');
    expect(receipt(attendee, 'vote-elsewhere')).toBe('rejected');
  });

  it('ignores what a page writes over the published room or its own receipts', async () => {
    harness = await startRoom();
    harness.host.publish(room([{ id: 'card-room-0001', pointId: 'supply', text: 'Rotate' }], 2));
    const attendee = await joined(harness);
    addCard(attendee, 'card-mine-0001');
    await waitFor(() => receipt(attendee, 'card-mine-0001') === 'received');
    attendee.doc.getMap(ROOM_MAPS.receipts).delete('card-mine-0001');
    addCard(attendee, 'card-mine-0001', 'Edited after it was received');
    await waitFor(() => receipt(attendee, 'card-mine-0001') === 'received');
    expect(harness.arrivals.map((a) => a.card.text)).toEqual(['Idea card-mine-0001']);

    // A page that raises its own allowance still gets the host's.
    const state = attendee.doc.getMap(ROOM_MAPS.room);
    state.set('state', { ...(state.get('state') as object), allowance: 50 });
    const votes = attendee.doc.getMap(ROOM_MAPS.votes);
    for (const n of [1, 2, 3, 4]) {
      votes.set(`vote-mine-000${String(n)}`, {
        id: `vote-mine-000${String(n)}`,
        cardId: 'card-room-0001',
        at: n,
      });
    }
    await waitFor(() => receipt(attendee, 'vote-mine-0004') === 'rejected');
    expect([...harness.votes.values()][0]).toHaveLength(2);
  });
});
