import { describe, expect, it } from 'vitest';
import {
  coveredIdeaIds,
  ideaLabel,
  ideasWithoutAction,
  nextIdeaNumber,
  numberIdeas,
  rankIdeas,
  type Card,
} from '@shared/domain';
import { makeAction, makeCard } from '../../helpers/planFactory';

const idea = (id: string, createdAt: string, number: number | null = null): Card =>
  makeCard({ id, createdAt, number, text: `Idea text ${id}` });

const numbersOf = (cards: readonly Card[]): Record<string, number | null> =>
  Object.fromEntries(cards.map((c) => [c.id, c.number]));

describe('numberIdeas', () => {
  it('numbers unnumbered ideas in capture order (time, then id), whatever order they are listed in', () => {
    const result = numberIdeas([
      idea('c', '2026-11-30T10:02:00.000Z'),
      makeCard({ id: 'gap', kind: 'gap', number: null }),
      idea('b', '2026-11-30T10:01:00.000Z'),
      idea('a2', '2026-11-30T10:00:00.000Z'),
      idea('a1', '2026-11-30T10:00:00.000Z'),
    ]);
    expect(numbersOf(result.cards)).toEqual({ c: 4, gap: null, b: 3, a2: 2, a1: 1 });
    expect(result.lastIdeaNumber).toBe(4);
    expect(result.renumbered).toHaveLength(4);
  });

  it('keeps every valid number, and numbers new ideas above every number ever given', () => {
    const cards = [
      idea('x', '2026-11-30T10:00:00.000Z', 7),
      idea('y', '2026-11-30T09:00:00.000Z', 2),
      idea('new', '2026-11-30T08:00:00.000Z'),
    ];
    const result = numberIdeas(cards, 9);
    expect(numbersOf(result.cards)).toEqual({ x: 7, y: 2, new: 10 });
    expect(result.lastIdeaNumber).toBe(10);
    expect(result.cards[0]).toBe(cards[0]); // untouched ideas are the same objects
  });

  it('gives a clashing idea a new number, keeping the first one listed', () => {
    const result = numberIdeas([
      idea('base', '2026-11-30T11:00:00.000Z', 16),
      idea('breakout', '2026-11-30T10:00:00.000Z', 16),
    ]);
    expect(numbersOf(result.cards)).toEqual({ base: 16, breakout: 17 });
    expect(result.renumbered.map((r) => [r.card.id, r.previous])).toEqual([['breakout', 16]]);
  });

  it('takes numbers off cards that are not ideas', () => {
    const result = numberIdeas([makeCard({ id: 'g', kind: 'gap', number: 3 })]);
    expect(result.cards[0]?.number).toBeNull();
  });
});

describe('nextIdeaNumber', () => {
  it('is one past the highest number ever given, even when that idea was deleted', () => {
    const left = [idea('a', '2026-11-30T10:00:00.000Z', 1)];
    expect(nextIdeaNumber(left, 5)).toBe(6);
    expect(nextIdeaNumber(left, 0)).toBe(2);
    expect(nextIdeaNumber([], 0)).toBe(1);
  });
});

describe('links from actions to ideas', () => {
  it('count an idea as covered when any action links it', () => {
    const ideas = [
      idea('a', '2026-11-30T10:00:00.000Z', 1),
      idea('b', '2026-11-30T10:01:00.000Z', 2),
      idea('c', '2026-11-30T10:02:00.000Z', 3),
    ];
    const actions = [
      makeAction({ id: 'x', ideaIds: ['a'] }),
      makeAction({ id: 'y', ideaIds: ['a', 'c'] }),
    ];
    expect(coveredIdeaIds(actions)).toEqual(new Set(['a', 'c']));
    expect(ideasWithoutAction(rankIdeas(ideas), actions).map((r) => r.card.id)).toEqual(['b']);
    expect(ideaLabel(ideas[1] ?? ideas[0] ?? makeCard())).toBe('Idea 2');
  });
});
