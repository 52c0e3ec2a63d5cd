import { describe, expect, it } from 'vitest';
import {
  checkCardSubmission,
  countVotesByCard,
  decideVotes,
  publishedRoomSchema,
  unseenById,
} from '../../../shared/room';

const card = { id: 'card-0001', pointId: 'supply', text: 'Rotate band 5s through clinic' };
const vote = (id: string, cardId: string, at: number) => ({ id, cardId, at });

describe('room card submissions', () => {
  it('accepts a normal card and trims it', () => {
    const result = checkCardSubmission('card-0001', { ...card, text: '  Hello  ' });
    expect(result).toEqual({ ok: true, value: { ...card, text: 'Hello' } });
  });

  it('refuses a 100,000-character card with a message the attendee understands', () => {
    const result = checkCardSubmission('card-0001', { ...card, text: 'x'.repeat(100_000) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toBe('Keep cards to 500 characters.');
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown point', { ...card, pointId: 'finance' }],
    ['empty text', { ...card, text: '   ' }],
    ['extra fields', { ...card, html: '<b>x</b>' }],
    ['hostile id', { ...card, id: '../../etc' }],
    ['key and id differ', { ...card, id: 'card-0002' }],
  ])('refuses %s', (_label, raw) => {
    expect(checkCardSubmission('card-0001', raw).ok).toBe(false);
  });
});

describe('dot votes on the host', () => {
  const cards = new Set(['card-a-0001', 'card-b-0001']);

  it('keeps votes within the allowance, stacking allowed', () => {
    const entries = [1, 2, 3].map(
      (n) => [`vote-000${n}`, vote(`vote-000${n}`, 'card-a-0001', n)] as const,
    );
    const decision = decideVotes(entries, 5, cards);
    expect(decision.accepted).toHaveLength(3);
    expect(countVotesByCard(decision.accepted).get('card-a-0001')).toBe(3);
  });

  it('drops forged votes beyond the allowance, keeping the earliest', () => {
    const entries = Array.from({ length: 12 }, (_, n) => {
      const id = `vote-${String(n).padStart(4, '0')}`;
      return [id, vote(id, 'card-b-0001', 100 - n)] as const;
    });
    const decision = decideVotes(entries, 5, cards);
    expect(decision.accepted).toHaveLength(5);
    expect(decision.accepted.map((v) => v.at)).toEqual([89, 90, 91, 92, 93]);
    expect(decision.dropped.filter((d) => d.reason === 'over allowance')).toHaveLength(7);
  });

  it('drops votes for cards that are not in the room and malformed entries', () => {
    const decision = decideVotes(
      [
        ['vote-0001', vote('vote-0001', 'card-zz-0001', 1)],
        ['vote-0002', { id: 'vote-0002', cardId: 'card-a-0001' }],
        ['vote-0003', vote('vote-0003', 'card-a-0001', 3)],
      ],
      5,
      cards,
    );
    expect(decision.accepted.map((v) => v.id)).toEqual(['vote-0003']);
    expect(decision.dropped.map((d) => d.reason)).toEqual(['unknown card', 'malformed']);
  });
});

describe('submission ids', () => {
  it('passes on each unseen id once, whatever is resent', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(unseenById([a, b, a, b], new Set(['a']))).toEqual([b]);
  });
});

describe('published room', () => {
  it('has no place for attendee names or ids on cards', () => {
    const parsed = publishedRoomSchema.safeParse({
      stepId: 'ideas',
      openPoints: ['supply'],
      prompt: '',
      isVotingOpen: false,
      allowance: 0,
      cards: [{ id: 'card-0001', pointId: 'supply', text: 'x', name: 'Sam' }],
    });
    expect(parsed.success).toBe(false);
  });
});
