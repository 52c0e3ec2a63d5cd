import { beforeEach, describe, expect, it } from 'vitest';
import {
  castVote,
  removeVote,
  resetVotes,
  setVotes,
  voteAllowance,
  voteTally,
  type Card,
} from '@shared/domain';
import { makeCard, makeRealisticWorkshop, resetFactories } from '../../helpers/factories';

const NOW = '2026-11-23T12:00:00.000Z';

const messageOf = (r: { ok: boolean; errors?: readonly { message: string }[] }): string =>
  r.ok ? '' : (r.errors?.[0]?.message ?? '');

/** Apply a changed card back onto the list, as the store would. */
const replace = (cards: readonly Card[], changed: Card): Card[] =>
  cards.map((c) => (c.id === changed.id ? changed : c));

describe('vote allowance', () => {
  it('is votes per person times the number of people', () => {
    expect(voteAllowance(3, 8)).toBe(24);
    expect(voteAllowance(5, 1)).toBe(5);
  });

  it('counts a workshop with nobody listed yet as one voter', () => {
    expect(voteAllowance(3, 0)).toBe(3);
  });
});

describe('casting and removing votes', () => {
  beforeEach(resetFactories);

  it('adds one vote to an idea and stamps the edit', () => {
    const idea = makeCard({ kind: 'idea' });
    const result = castVote([idea], idea.id, 3, NOW);
    expect(result.ok && result.value.votes).toBe(1);
    expect(result.ok && result.value.updatedAt).toBe(NOW);
  });

  it('refuses once the room has used every vote, naming the allowance', () => {
    let cards = [makeCard({ kind: 'idea' }), makeCard({ kind: 'idea' })];
    const allowance = voteAllowance(3, 8);
    for (let i = 0; i < allowance; i += 1) {
      const r = castVote(cards, cards[i % 2]?.id ?? '', allowance, NOW);
      if (!r.ok) throw new Error(`vote ${String(i)} refused`);
      cards = replace(cards, r.value);
    }
    expect(voteTally(cards, allowance).used).toBe(24);
    const refused = castVote(cards, cards[0]?.id ?? '', allowance, NOW);
    expect(refused.ok).toBe(false);
    expect(messageOf(refused)).toBe(
      'All 24 votes have been used. Remove a vote from another idea first.',
    );
  });

  it('uses the singular when there is only one vote', () => {
    const idea = makeCard({ kind: 'idea', votes: 1 });
    expect(messageOf(castVote([idea], idea.id, 1, NOW))).toBe(
      'The only vote has been used. Remove it from another idea first.',
    );
  });

  it('refuses votes on current activity and gaps', () => {
    for (const kind of ['current', 'gap'] as const) {
      const card = makeCard({ kind });
      const r = castVote([card], card.id, 10, NOW);
      expect(r.ok).toBe(false);
      expect(messageOf(r)).toMatch(/^Only ideas can be voted on/);
    }
  });

  it('says so when the idea has gone (deleted in another window)', () => {
    expect(messageOf(castVote([], 'missing', 10, NOW))).toBe('That idea no longer exists.');
    expect(messageOf(removeVote([], 'missing', NOW))).toBe('That idea no longer exists.');
  });

  it('removes a vote but never goes below zero', () => {
    const idea = makeCard({ kind: 'idea', votes: 1 });
    const once = removeVote([idea], idea.id, NOW);
    if (!once.ok) throw new Error('remove refused');
    expect(once.value.votes).toBe(0);
    const again = removeVote([once.value], idea.id, NOW);
    expect(again.ok).toBe(false);
    expect(messageOf(again)).toBe('This idea has no votes to remove.');
  });

  it('frees a vote for another idea after one is removed', () => {
    const a = makeCard({ kind: 'idea', votes: 2 });
    const b = makeCard({ kind: 'idea' });
    expect(castVote([a, b], b.id, 2, NOW).ok).toBe(false);
    const removed = removeVote([a, b], a.id, NOW);
    if (!removed.ok) throw new Error('remove refused');
    expect(castVote([removed.value, b], b.id, 2, NOW).ok).toBe(true);
  });

  it('refuses new votes when people left after voting, and reports the excess', () => {
    const idea = makeCard({ kind: 'idea', votes: 7 });
    const allowance = voteAllowance(3, 2);
    expect(castVote([idea], idea.id, allowance, NOW).ok).toBe(false);
    expect(voteTally([idea], allowance)).toMatchObject({ used: 7, remaining: 0, over: 1 });
    // Taking votes back is still possible so the room can get within its allowance.
    expect(removeVote([idea], idea.id, NOW).ok).toBe(true);
  });
});

describe('typing a vote count', () => {
  beforeEach(resetFactories);

  it('sets a count within the votes left', () => {
    const a = makeCard({ kind: 'idea', votes: 2 });
    const b = makeCard({ kind: 'idea', votes: 1 });
    const r = setVotes([a, b], b.id, 4, 6, NOW);
    expect(r.ok && r.value.votes).toBe(4);
  });

  it('says how many are left when the count is too high', () => {
    const a = makeCard({ kind: 'idea', votes: 2 });
    const b = makeCard({ kind: 'idea', votes: 1 });
    expect(messageOf(setVotes([a, b], b.id, 5, 6, NOW))).toBe(
      'Only 3 votes left, so this idea can have at most 4.',
    );
    expect(messageOf(setVotes([a, b], b.id, 5, 4, NOW))).toBe(
      'Only 1 vote left, so this idea can have at most 2.',
    );
  });

  it('always allows lowering, even over the allowance', () => {
    const a = makeCard({ kind: 'idea', votes: 9 });
    expect(setVotes([a], a.id, 5, 3, NOW).ok).toBe(true);
  });

  it('refuses negative and fractional counts', () => {
    const a = makeCard({ kind: 'idea' });
    expect(messageOf(setVotes([a], a.id, -1, 9, NOW))).toBe(
      'Votes must be a whole number, 0 or more',
    );
    expect(setVotes([a], a.id, 1.5, 9, NOW).ok).toBe(false);
    expect(setVotes([a], a.id, Number.NaN, 9, NOW).ok).toBe(false);
  });
});

describe('tally and reset', () => {
  it('totals votes on ideas per Star point', () => {
    const { cards, workshop, participants } = makeRealisticWorkshop();
    const allowance = voteAllowance(workshop.votesPerPerson, participants.length);
    const tally = voteTally(cards, allowance);
    const expectedUsed = cards.filter((c) => c.kind === 'idea').reduce((n, c) => n + c.votes, 0);
    expect(tally.used).toBe(expectedUsed);
    expect(tally.remaining).toBe(allowance - expectedUsed);
    expect(Object.values(tally.byPoint).reduce((n, v) => n + v, 0)).toBe(expectedUsed);
    const supplyVotes = cards
      .filter((c) => c.kind === 'idea' && c.point === 'supply')
      .reduce((n, c) => n + c.votes, 0);
    expect(tally.byPoint.supply).toBe(supplyVotes);
  });

  it('gives zeros for an empty board', () => {
    const tally = voteTally([], 9);
    expect(tally).toMatchObject({ allowance: 9, used: 0, remaining: 9, over: 0 });
    expect(tally.byPoint['new-roles']).toBe(0);
  });

  it('reset returns only the cards that had votes, all at zero', () => {
    resetFactories();
    const voted = makeCard({ kind: 'idea', votes: 3 });
    const unvoted = makeCard({ kind: 'idea' });
    const changed = resetVotes([voted, unvoted], NOW);
    expect(changed.map((c) => c.id)).toEqual([voted.id]);
    expect(changed[0]).toMatchObject({ votes: 0, updatedAt: NOW, text: voted.text });
    expect(resetVotes(changed, NOW)).toEqual([]);
  });
});
