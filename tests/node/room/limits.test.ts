import { afterEach, describe, expect, it } from 'vitest';
import {
  addCard,
  join,
  rawSocket,
  receipt,
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

/** The room carries on for someone else: their card still arrives and is acknowledged. */
const expectRoomCarriesOn = async (h: Harness, bystander: Attendee): Promise<void> => {
  const id = `card-after-${String(h.arrivals.length)}`;
  addCard(bystander, id);
  await waitFor(() => receipt(bystander, id) === 'received');
  expect(h.arrivals.filter((a) => a.card.id === id)).toHaveLength(1);
};

describe('room limits', () => {
  it('closes a connection that sends an oversized frame; others carry on', async () => {
    harness = await startRoom();
    const bystander = await joined(harness);
    const { ws, closed } = await rawSocket(harness);
    ws.send(new Uint8Array(70 * 1024));
    expect((await closed).code).toBe(1009);
    await expectRoomCarriesOn(harness, bystander);
  });

  it('closes a connection that floods the room; others carry on', async () => {
    harness = await startRoom();
    const bystander = await joined(harness);
    const { ws, closed } = await rawSocket(harness);
    // Message type 3 asks for awareness: harmless alone, a flood in bulk.
    for (let i = 0; i < 200; i += 1) ws.send(new Uint8Array([3]));
    expect(await closed).toEqual({
      code: 4429,
      reason: 'Too many messages too quickly. Reload the page to rejoin.',
    });
    await expectRoomCarriesOn(harness, bystander);
  });

  it('turns away connections beyond the cap with "The room is full."', async () => {
    harness = await startRoom({ maxConnections: 2 });
    await joined(harness);
    const second = await joined(harness);
    const third = join(harness);
    attendees.push(third);
    expect(await third.closed).toEqual({ code: 4503, reason: 'The room is full.' });
    expect(harness.server.connectionCount()).toBe(2);
    await expectRoomCarriesOn(harness, second);
  });

  it('cuts a connection that stops answering, freeing its place', async () => {
    harness = await startRoom({ pingIntervalMs: 200, maxConnections: 2 });
    const bystander = await joined(harness);
    const { ws, closed } = await rawSocket(harness, { autoPong: false });
    expect(harness.server.connectionCount()).toBe(2);
    expect(ws.readyState).toBe(ws.OPEN);
    expect((await closed).code).toBe(1006);
    await waitFor(() => harness?.server.connectionCount() === 1);
    await expectRoomCarriesOn(harness, bystander);
  });

  it('keeps the default caps when a limit is passed as undefined', async () => {
    harness = await startRoom({ maxFrameBytes: undefined, maxMessagesPerSecond: undefined });
    const { ws, closed } = await rawSocket(harness);
    ws.send(new Uint8Array(70 * 1024));
    expect((await closed).code).toBe(1009);
  });

  it('closes an attendee who sends more data than the room allows', async () => {
    harness = await startRoom({ maxBytesPerAttendee: 4 * 1024 });
    const bystander = await joined(harness);
    const greedy = await joined(harness);
    for (let i = 0; i < 20; i += 1) addCard(greedy, `card-greedy-${String(i)}`, 'x'.repeat(400));
    expect((await greedy.closed).code).toBe(4413);
    await expectRoomCarriesOn(harness, bystander);
  });
});
