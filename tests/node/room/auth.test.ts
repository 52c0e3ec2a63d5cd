import { afterEach, describe, expect, it } from 'vitest';
import { ROOM_MAPS } from '../../../shared/room';
import { openRoom } from '../../../electron/main/services/room';
import { join, startRoom, synced, waitFor, type Attendee, type Harness } from './harness';

let harness: Harness | undefined;
const attendees: Attendee[] = [];
afterEach(async () => {
  for (const a of attendees.splice(0)) a.provider.destroy();
  await harness?.close();
  harness = undefined;
});
const track = (a: Attendee): Attendee => {
  attendees.push(a);
  return a;
};

describe('joining a room', () => {
  it('lets in an attendee with the code and token and shows them the published room', async () => {
    harness = await startRoom();
    harness.host.publish({
      stepId: 'ideas',
      openPoints: ['supply'],
      prompt: 'What could we try?',
      isVotingOpen: false,
      allowance: 0,
      cards: [],
    });
    const attendee = track(join(harness, { code: harness.joinCode.toLowerCase() }));
    await synced(attendee);
    const state = attendee.doc.getMap(ROOM_MAPS.room).get('state') as { prompt: string };
    expect(state.prompt).toBe('What could we try?');
    expect(harness.server.connectionCount()).toBe(1);
  });

  it.each([
    ['a wrong code', { code: 'ZZZZZZ' }],
    ['a wrong token', { token: 'not-the-token' }],
    ['no token', { token: '' }],
  ])('refuses %s with a clear reason and does not retry', async (_label, params) => {
    harness = await startRoom();
    const attendee = track(join(harness, params));
    expect(await attendee.closed).toEqual({ code: 4401, reason: 'Wrong or expired join code.' });
    await waitFor(() => !attendee.provider.shouldConnect);
    expect(harness.server.attendeeCount()).toBe(0);
  });

  it('refuses the code of a room that has expired', async () => {
    let now = 1_000;
    harness = await startRoom({ expiresAt: 2_000, now: () => now });
    const early = track(join(harness));
    await synced(early);
    now = 2_000;
    const late = track(join(harness));
    expect(await late.closed).toEqual({ code: 4410, reason: 'This room has closed.' });
  });

  it('refuses the code of a room that was closed and reopened with a new code', async () => {
    const first = await startRoom();
    const { joinCode, token } = first;
    await first.server.close();
    harness = await startRoom();
    const attendee = track(join({ url: harness.url, joinCode, token }));
    expect((await attendee.closed).code).toBe(4401);
  });

  it('refuses a page without its own attendee key', async () => {
    harness = await startRoom();
    const attendee = track(join(harness, { attendee: 'short' }));
    expect((await attendee.closed).code).toBe(4400);
  });

  it('reports who is here as people join and leave, counting two tabs as one person', async () => {
    const seen: string[] = [];
    harness = await startRoom({
      onPresence: ({ connections, attendeesHere }) =>
        seen.push(`${String(connections)}/${String(attendeesHere)}`),
    });
    const first = track(join(harness, { attendee: 'same-person-key-0001' }));
    const secondTab = track(join(harness, { attendee: 'same-person-key-0001' }));
    const other = track(join(harness));
    await Promise.all([synced(first), synced(secondTab), synced(other)]);
    expect(seen.at(-1)).toBe('3/2');
    other.provider.disconnect();
    await waitFor(() => seen.at(-1) === '2/1');
    expect(harness.server.attendeeCount()).toBe(2);
  });

  it('listens only while the room is open', async () => {
    const room = await openRoom({
      host: '127.0.0.1',
      port: 0,
      onCard: () => Promise.resolve(),
      onVotes: () => Promise.resolve(),
    });
    const { port } = room.server;
    await room.server.close();
    const refused = await fetch(`http://127.0.0.1:${port}/`).then(
      () => 'answered',
      () => 'refused',
    );
    expect(refused).toBe('refused');
  });
});
