import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  isQuickWin,
  nudge,
  nudgeForKey,
  NUDGE_STEP,
  NUDGE_STEP_LARGE,
  placeOnMatrix,
  placementAtPoint,
  QUADRANT_CENTRE,
  QUADRANT_LABEL,
  QUADRANTS,
  quadrantOf,
  rankIdeas,
  removeFromMatrix,
  SPREAD_GAP,
  spreadInQuadrant,
  type Card,
  type PlacedQuadrant,
} from '@shared/domain';
import { makeCard, makeRealisticWorkshop, resetFactories } from '../../helpers/factories';

const NOW = '2026-11-23T12:00:00.000Z';
const at = (impact: number | null, effort: number | null) => ({ impact, effort });

const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('expected success');
  return r.value;
};

beforeEach(resetFactories);

describe('quadrants', () => {
  it('puts each corner in its quadrant, with 50 counting as high', () => {
    expect(quadrantOf(at(90, 10))).toBe('quick-win');
    expect(quadrantOf(at(90, 90))).toBe('major-project');
    expect(quadrantOf(at(10, 10))).toBe('fill-in');
    expect(quadrantOf(at(10, 90))).toBe('thankless');
    expect(quadrantOf(at(50, 49))).toBe('quick-win');
    expect(quadrantOf(at(49, 50))).toBe('thankless');
    expect(quadrantOf(at(50, 50))).toBe('major-project');
  });

  it('treats an idea missing either score as not yet placed', () => {
    expect(quadrantOf(at(null, null))).toBe('unplaced');
    expect(quadrantOf(at(80, null))).toBe('unplaced');
    expect(quadrantOf(at(null, 0))).toBe('unplaced');
  });

  it('labels them in plain UK English, calling the thankless quadrant "Reconsider"', () => {
    expect(QUADRANT_LABEL['quick-win']).toBe('Quick win');
    expect(QUADRANT_LABEL.thankless).toBe('Reconsider');
    expect(QUADRANT_LABEL.unplaced).toBe('Not yet placed');
  });

  it('knows a quick win', () => {
    expect(isQuickWin(at(70, 20))).toBe(true);
    expect(isQuickWin(at(70, 60))).toBe(false);
    expect(isQuickWin(at(null, 20))).toBe(false);
  });
});

describe('placing on the matrix', () => {
  it('rounds and keeps values within 0–100 so an overshooting drag lands on the edge', () => {
    const idea = makeCard();
    expect(value(placeOnMatrix(idea, 72.4, 30.6, NOW))).toMatchObject({ impact: 72, effort: 31 });
    expect(value(placeOnMatrix(idea, 140, -12, NOW))).toMatchObject({ impact: 100, effort: 0 });
  });

  it('refuses values that are not numbers, naming each axis', () => {
    const r = placeOnMatrix(makeCard(), Number.NaN, Number.POSITIVE_INFINITY, NOW);
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'impact', message: 'Impact must be a number from 0 to 100' },
      { field: 'effort', message: 'Effort must be a number from 0 to 100' },
    ]);
  });

  it('places ideas only', () => {
    const gap = makeCard({ kind: 'gap' });
    const r = placeOnMatrix(gap, 50, 50, NOW);
    expect(r.ok ? '' : r.errors[0]?.message).toBe(
      'Only ideas can be placed on the impact and effort matrix.',
    );
  });

  it('can take an idea off the matrix again', () => {
    const placed = makeCard({ impact: 60, effort: 20 });
    expect(quadrantOf(value(removeFromMatrix(placed, NOW)))).toBe('unplaced');
  });
});

describe('keyboard placement', () => {
  it('maps arrow keys to axes, 5 a step or 20 with Shift', () => {
    expect(nudgeForKey('ArrowUp', false)).toEqual({ axis: 'impact', delta: NUDGE_STEP });
    expect(nudgeForKey('ArrowDown', true)).toEqual({ axis: 'impact', delta: -NUDGE_STEP_LARGE });
    expect(nudgeForKey('ArrowRight', false)).toEqual({ axis: 'effort', delta: 5 });
    expect(nudgeForKey('ArrowLeft', true)).toEqual({ axis: 'effort', delta: -20 });
    expect(nudgeForKey('Enter', false)).toBeNull();
  });

  it('moves one axis and leaves the other alone', () => {
    const idea = makeCard({ impact: 40, effort: 40 });
    expect(value(nudge(idea, 'impact', 5, NOW))).toMatchObject({ impact: 45, effort: 40 });
    expect(value(nudge(idea, 'effort', -20, NOW))).toMatchObject({ impact: 40, effort: 20 });
  });

  it('stops at the edges', () => {
    const idea = makeCard({ impact: 95, effort: 3 });
    expect(value(nudge(idea, 'impact', 20, NOW)).impact).toBe(100);
    expect(value(nudge(idea, 'effort', -5, NOW)).effort).toBe(0);
  });

  it('puts an unplaced idea on the matrix from the centre with the first key press', () => {
    const idea = makeCard();
    expect(value(nudge(idea, 'impact', 5, NOW))).toMatchObject({ impact: 55, effort: 50 });
  });

  it('refuses to nudge a card that is not an idea', () => {
    expect(nudge(makeCard({ kind: 'current' }), 'effort', 5, NOW).ok).toBe(false);
  });
});

describe('spreading ideas put in a quadrant from the list', () => {
  const placed: PlacedQuadrant[] = ['quick-win', 'major-project', 'fill-in', 'thankless'];

  it('puts the first idea in a quadrant at its centre', () => {
    expect(spreadInQuadrant('quick-win', [])).toEqual({ impact: 75, effort: 25 });
    expect(spreadInQuadrant('thankless', [at(80, 20)])).toEqual(QUADRANT_CENTRE.thankless);
  });

  it('gives each of nine ideas in one quadrant its own spot, apart and inside it', () => {
    for (const quadrant of placed) {
      const spots: { impact: number; effort: number }[] = [];
      for (let i = 0; i < 9; i += 1) spots.push(spreadInQuadrant(quadrant, spots));
      for (const [i, a] of spots.entries()) {
        expect(quadrantOf(a), JSON.stringify(a)).toBe(quadrant);
        for (const b of spots.slice(i + 1)) {
          expect(Math.hypot(a.impact - b.impact, a.effort - b.effort)).toBeGreaterThanOrEqual(
            SPREAD_GAP,
          );
        }
      }
    }
  });

  it('keeps clear of an idea dragged into the quadrant before', () => {
    const dragged = at(75, 25);
    const spot = spreadInQuadrant('quick-win', [dragged]);
    expect(quadrantOf(spot)).toBe('quick-win');
    expect(Math.hypot(spot.impact - 75, spot.effort - 25)).toBeGreaterThanOrEqual(SPREAD_GAP);
  });

  it('still never stacks exactly when the quadrant is crowded (any board)', () => {
    const score = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(
        fc.constantFrom(...placed),
        fc.array(fc.record({ impact: score, effort: score }), { maxLength: 40 }),
        (quadrant, others) => {
          const spot = spreadInQuadrant(quadrant, others);
          expect(quadrantOf(spot)).toBe(quadrant);
          const crowded = others.filter((o) => quadrantOf(o) === quadrant).length;
          if (crowded < 25) {
            expect(others.some((o) => o.impact === spot.impact && o.effort === spot.effort)).toBe(
              false,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ignores ideas not yet placed', () => {
    expect(spreadInQuadrant('fill-in', [at(null, null)])).toEqual(QUADRANT_CENTRE['fill-in']);
  });
});

describe('reading a drag position', () => {
  const box = { left: 100, top: 50, width: 400, height: 200 };

  it('maps the box to effort left to right and impact bottom to top', () => {
    expect(placementAtPoint({ x: 100, y: 250 }, box)).toEqual({ impact: 0, effort: 0 });
    expect(placementAtPoint({ x: 500, y: 50 }, box)).toEqual({ impact: 100, effort: 100 });
    expect(placementAtPoint({ x: 200, y: 100 }, box)).toEqual({ impact: 75, effort: 25 });
  });

  it('lands on the edge when the pointer is beyond it, and copes with an empty box', () => {
    expect(placementAtPoint({ x: 0, y: 900 }, box)).toEqual({ impact: 0, effort: 0 });
    expect(placementAtPoint({ x: 10, y: 10 }, { left: 0, top: 0, width: 0, height: 0 })).toEqual({
      impact: 50,
      effort: 50,
    });
  });
});

describe('ranking ideas', () => {
  const ids = (ranked: readonly { card: Card }[]): string[] => ranked.map((r) => r.card.id);

  it('ranks by votes first', () => {
    const few = makeCard({ votes: 1, impact: 90, effort: 5 });
    const many = makeCard({ votes: 4, impact: 10, effort: 90 });
    expect(ids(rankIdeas([few, many]))).toEqual([many.id, few.id]);
  });

  it('breaks level votes by quadrant: quick win, major project, fill-in, reconsider, unplaced', () => {
    const unplaced = makeCard({ votes: 2 });
    const reconsider = makeCard({ votes: 2, impact: 20, effort: 80 });
    const fillIn = makeCard({ votes: 2, impact: 20, effort: 20 });
    const major = makeCard({ votes: 2, impact: 80, effort: 80 });
    const quick = makeCard({ votes: 2, impact: 80, effort: 20 });
    const ranked = rankIdeas([unplaced, reconsider, fillIn, major, quick]);
    expect(ranked.map((r) => r.quadrant)).toEqual([
      'quick-win',
      'major-project',
      'fill-in',
      'thankless',
      'unplaced',
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('then by higher impact, then lower effort', () => {
    const lowImpact = makeCard({ votes: 1, impact: 60, effort: 10 });
    const highImpact = makeCard({ votes: 1, impact: 90, effort: 40 });
    const highImpactEasier = makeCard({ votes: 1, impact: 90, effort: 20 });
    expect(ids(rankIdeas([lowImpact, highImpact, highImpactEasier]))).toEqual([
      highImpactEasier.id,
      highImpact.id,
      lowImpact.id,
    ]);
  });

  it('gives level ideas the same rank and keeps them in board order', () => {
    const second = makeCard({ votes: 2, impact: 70, effort: 30, order: 2 });
    const first = makeCard({ votes: 2, impact: 70, effort: 30, order: 1 });
    const top = makeCard({ votes: 5, order: 3 });
    const last = makeCard({ votes: 0, order: 4 });
    const ranked = rankIdeas([second, last, first, top]);
    expect(ids(ranked)).toEqual([top.id, first.id, second.id, last.id]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });

  it('ignores current activity and gaps', () => {
    const gap = makeCard({ kind: 'gap', votes: 0 });
    const idea = makeCard();
    expect(ids(rankIdeas([gap, idea]))).toEqual([idea.id]);
  });

  it('puts the most voted realistic idea first and ranks every idea', () => {
    const { cards } = makeRealisticWorkshop();
    const ideas = cards.filter((c) => c.kind === 'idea');
    const ranked = rankIdeas(cards);
    expect(ranked).toHaveLength(ideas.length);
    expect(ranked[0]?.card.votes).toBe(Math.max(...ideas.map((c) => c.votes)));
  });

  it('always gives rank 1 + the number of ideas strictly better (any board)', () => {
    const score = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ votes: fc.integer({ min: 0, max: 4 }), impact: score, effort: score }),
          {
            maxLength: 25,
          },
        ),
        (specs) => {
          resetFactories();
          const cards = specs.map((s) => makeCard(s));
          const ranked = rankIdeas(cards);
          const key = (c: Card) => JSON.stringify([c.votes, quadrantOf(c), c.impact, c.effort]);
          for (const [i, r] of ranked.entries()) {
            expect(r.rank).toBeGreaterThanOrEqual(1);
            if (i > 0) expect(r.rank).toBeGreaterThanOrEqual(ranked[i - 1]?.rank ?? 0);
            const level = ranked.filter((o) => key(o.card) === key(r.card));
            expect(new Set(level.map((o) => o.rank))).toEqual(new Set([r.rank]));
            expect(r.rank).toBe(ranked.findIndex((o) => key(o.card) === key(r.card)) + 1);
            const prev = ranked[i - 1];
            if (prev && prev.card.votes === r.card.votes) {
              expect(QUADRANTS.indexOf(r.quadrant)).toBeGreaterThanOrEqual(
                QUADRANTS.indexOf(prev.quadrant),
              );
            } else if (prev) {
              expect(r.card.votes).toBeLessThan(prev.card.votes);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
