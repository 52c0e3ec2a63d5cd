import type WebSocket from 'ws';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addCard,
  join,
  newAttendeeKey,
  receipt,
  startRoom,
  synced,
  waitFor,
  type Attendee,
  type Harness,
} from './harness';

const rooms: Harness[] = [];
const attendees: Attendee[] = [];
afterEach(async () => {
  for (const a of attendees.splice(0)) a.provider.destroy();
  for (const r of rooms.splice(0)) await r.close();
});
const opened = async (...args: Parameters<typeof startRoom>): Promise<Harness> => {
  const h = await startRoom(...args);
  rooms.push(h);
  return h;
};
const joined = async (h: Harness, params: Parameters<typeof join>[1] = {}): Promise<Attendee> => {
  const attendee = join(h, params);
  attendees.push(attendee);
  await synced(attendee);
  return attendee;
};
const ids = (h: Harness): string[] => h.arrivals.map((a) => a.card.id).sort();

describe('reconnecting', () => {
  it('an attendee whose connection drops resends without losing or duplicating anything', async () => {
    const h = await opened();
    const attendee = await joined(h);
    for (const n of [1, 2, 3]) addCard(attendee, `card-drop-000${String(n)}`);
    await waitFor(() => receipt(attendee, 'card-drop-0003') === 'received');
    // Wi-Fi drops: the socket dies without a close handshake.
    (attendee.provider.ws as unknown as WebSocket).terminate();
    await waitFor(() => !attendee.provider.wsconnected);
    addCard(attendee, 'card-drop-0001');
    addCard(attendee, 'card-drop-0004');
    addCard(attendee, 'card-drop-0005');
    await waitFor(() => receipt(attendee, 'card-drop-0005') === 'received');
    await h.host.idle();
    expect(ids(h)).toEqual([1, 2, 3, 4, 5].map((n) => `card-drop-000${String(n)}`));
  });

  it('after a host restart with the same code, resent cards are acknowledged, not duplicated', async () => {
    const first = await opened();
    const key = newAttendeeKey();
    const doc = new Y.Doc();
    const before = await joined(first, { attendee: key, doc });
    for (const n of [1, 2]) addCard(before, `card-restart-000${String(n)}`);
    await waitFor(() => receipt(before, 'card-restart-0002') === 'received');
    const committed = [...first.host.receivedKeys()];
    await first.close();
    expect((await before.closed).reason).toBe('The facilitator closed the room.');

    // The page kept its document; the app reopened the room with the same code and token.
    const second = await opened({
      joinCode: first.joinCode,
      token: first.token,
      alreadyReceived: committed,
    });
    addCard(before, 'card-restart-0003');
    const after = await joined(second, { attendee: key, doc });
    await waitFor(() => receipt(after, 'card-restart-0003') === 'received');
    await second.host.idle();
    expect(ids(second)).toEqual(['card-restart-0003']);
    expect(ids(first)).toEqual(['card-restart-0001', 'card-restart-0002']);
  });

  it('shows "received" only after the workshop confirms, and retries a failed commit', async () => {
    let failuresLeft = 1;
    const h = await opened({
      retryMs: 50,
      onCard: () => {
        if (failuresLeft-- > 0) return Promise.reject(new Error('disk full'));
        return Promise.resolve();
      },
    });
    const attendee = await joined(h);
    addCard(attendee, 'card-retry-0001');
    await waitFor(() => h.logs.includes('commit-failed: Error: disk full'));
    expect(receipt(attendee, 'card-retry-0001')).toBeUndefined();
    await waitFor(() => receipt(attendee, 'card-retry-0001') === 'received');
  });

  it('checks a rejected card again once the attendee fixes it', async () => {
    const h = await opened();
    const attendee = await joined(h);
    addCard(attendee, 'card-fix-0001', '   ');
    await waitFor(() => receipt(attendee, 'card-fix-0001') === 'rejected');
    addCard(attendee, 'card-fix-0001', 'Now with words');
    await waitFor(() => receipt(attendee, 'card-fix-0001') === 'received');
    expect(h.arrivals.map((a) => a.card.text)).toEqual(['Now with words']);
  });
});

describe('closing the room', () => {
  it('disconnects everyone with a reason and stops listening', async () => {
    const h = await opened();
    const people = await Promise.all([joined(h), joined(h), joined(h)]);
    expect(h.server.connectionCount()).toBe(3);
    await h.close();
    for (const person of people) {
      expect(await person.closed).toEqual({
        code: 4410,
        reason: 'The facilitator closed the room.',
      });
    }
    expect(h.server.connectionCount()).toBe(0);
  });
});
