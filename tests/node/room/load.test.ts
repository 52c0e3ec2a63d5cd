/**
 * A bounded room on loopback: attendees on the same y-websocket provider as the page, each
 * adding cards and casting dots, some forging extra dots. Asserts nothing is lost, duplicated
 * or over the allowance; prints the timings for the report (timing is not asserted here).
 * ROOM_LOAD_ATTENDEES raises the count for a one-off measurement (default 20).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ROOM_MAPS, countVotesByCard, type VoteSubmission } from '../../../shared/room';
import { join, room, startRoom, synced, waitFor, type Attendee, type Harness } from './harness';

const ATTENDEES = Math.min(200, Number(process.env['ROOM_LOAD_ATTENDEES'] ?? 20));
// Each y-websocket provider in Node adds a process 'exit' listener.
process.setMaxListeners(ATTENDEES + 20);
const CARDS_EACH = 5;
const VOTES_EACH = 5;
const ALLOWANCE = 5;
const ROOM_CARDS = Array.from({ length: 10 }, (_, n) => ({
  id: `card-room-${String(n).padStart(4, '0')}`,
  pointId: 'new-ways' as const,
  text: `Room idea ${String(n)}`,
}));

const harnesses: Harness[] = [];
const attendees: Attendee[] = [];
afterAll(async () => {
  for (const a of attendees) a.provider.destroy();
  for (const h of harnesses) await h.close();
});

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

describe('room load', () => {
  it(`${String(ATTENDEES)} attendees × ${String(CARDS_EACH)} cards and ${String(VOTES_EACH)} dots: none lost, duplicated or over allowance`, async () => {
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const h = await startRoom({
      onCard: ({ attendeeId, card }) => {
        const sent = sentAt.get(`${attendeeId}/${card.id}`) ?? sentAt.get(card.id);
        if (sent !== undefined) latencies.push(performance.now() - sent);
        h.arrivals.push({ attendeeId, card });
        return Promise.resolve();
      },
    });
    harnesses.push(h);
    h.host.publish(room(ROOM_CARDS, ALLOWANCE));
    const started = performance.now();
    const people = Array.from({ length: ATTENDEES }, () => join(h));
    attendees.push(...people);
    await Promise.all(people.map(synced));
    const joinedMs = performance.now() - started;

    const sending = performance.now();
    people.forEach((person, p) => {
      const cards = person.doc.getMap(ROOM_MAPS.cards);
      const votes = person.doc.getMap(ROOM_MAPS.votes);
      for (let c = 0; c < CARDS_EACH; c += 1) {
        const id = `card-p${String(p).padStart(3, '0')}-${String(c)}`;
        sentAt.set(id, performance.now());
        cards.set(id, { id, pointId: 'supply', text: `Idea ${String(c)} from ${String(p)}` });
      }
      // Every fourth attendee forges three dots beyond the allowance.
      const dots = VOTES_EACH + (p % 4 === 0 ? 3 : 0);
      for (let v = 0; v < dots; v += 1) {
        const id = `vote-p${String(p).padStart(3, '0')}-${String(v)}`;
        votes.set(id, { id, cardId: ROOM_CARDS[(p + v) % ROOM_CARDS.length]?.id, at: v });
      }
    });
    const total = ATTENDEES * CARDS_EACH;
    await waitFor(() => h.arrivals.length >= total && h.votes.size === ATTENDEES, 30_000);
    await h.host.idle();
    const settledMs = performance.now() - sending;

    const keys = h.arrivals.map((a) => `${a.attendeeId}/${a.card.id}`);
    expect(keys).toHaveLength(total);
    expect(new Set(keys).size).toBe(total);
    expect(new Set(h.arrivals.map((a) => a.attendeeId)).size).toBe(ATTENDEES);
    const counted: VoteSubmission[] = [...h.votes.values()].flat();
    expect(counted).toHaveLength(ATTENDEES * VOTES_EACH);
    for (const votes of h.votes.values()) expect(votes.length).toBeLessThanOrEqual(ALLOWANCE);
    const dots = [...countVotesByCard(counted).values()].reduce((a, b) => a + b, 0);
    expect(dots).toBe(ATTENDEES * VOTES_EACH);

    console.log(
      `room load: ${String(ATTENDEES)} attendees joined in ${joinedMs.toFixed(0)} ms; ` +
        `${String(total)} cards and ${String(counted.length)} dots settled in ${settledMs.toFixed(0)} ms; ` +
        `card arrival p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, ` +
        `max ${percentile(latencies, 100).toFixed(1)} ms`,
    );
  }, 60_000);
});
