import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyOrderChanges,
  hasRoomBetween,
  moveDown,
  moveTo,
  moveUp,
  nextOrder,
  orderBetween,
  sortByOrder,
  type Ordered,
} from '@shared/domain';
import { makeCard, makeParticipant } from '../../helpers/factories';

const NOW = '2026-11-23T12:00:00.000Z';
const list = (...orders: number[]): Ordered[] =>
  orders.map((order, i) => ({ id: String.fromCharCode(97 + i), order }));
const sequence = (items: readonly Ordered[]): string =>
  sortByOrder(items)
    .map((i) => i.id)
    .join('');
/** Apply a move and read the new display order. */
const after = (items: readonly Ordered[], changed: readonly Ordered[]): string =>
  sequence(applyOrderChanges(items, changed));

describe('nextOrder and orderBetween', () => {
  it('puts a new item after the last, starting at 1', () => {
    expect(nextOrder([])).toBe(1);
    expect(nextOrder(list(3, 1, 7.5))).toBe(8);
    expect(nextOrder(list(-4, -2))).toBe(-1);
  });

  it('finds a value strictly between neighbours, or beyond an open end', () => {
    expect(orderBetween(1, 2)).toBe(1.5);
    expect(orderBetween(null, 1)).toBeLessThan(1);
    expect(orderBetween(3.5, null)).toBeGreaterThan(3.5);
    expect(orderBetween(null, null)).toBe(1);
  });

  it('reports when halving has run out of room', () => {
    expect(hasRoomBetween(1, 2)).toBe(true);
    expect(hasRoomBetween(2, 2)).toBe(false);
    expect(hasRoomBetween(1, 1 + Number.EPSILON)).toBe(false);
  });
});

describe('moving items', () => {
  it('moves up and down one place, changing only the moved item', () => {
    const items = list(1, 2, 3);
    const up = moveUp(items, 'c');
    expect(up.map((i) => i.id)).toEqual(['c']);
    expect(after(items, up)).toBe('acb');
    expect(after(items, moveDown(items, 'a'))).toBe('bac');
  });

  it('does nothing at the ends or for an unknown id', () => {
    const items = list(1, 2, 3);
    expect(moveUp(items, 'a')).toEqual([]);
    expect(moveDown(items, 'c')).toEqual([]);
    expect(moveUp(items, 'zz')).toEqual([]);
    expect(moveTo(items, 'b', 1)).toEqual([]);
  });

  it('moves to any index, clamping out-of-range targets', () => {
    const items = list(1, 2, 3, 4);
    expect(after(items, moveTo(items, 'd', 0))).toBe('dabc');
    expect(after(items, moveTo(items, 'a', 2))).toBe('bcad');
    expect(after(items, moveTo(items, 'a', 99))).toBe('bcda');
    expect(after(items, moveTo(items, 'd', -5))).toBe('dabc');
  });

  it('reads items in order whatever order they arrive in', () => {
    const shuffled = [...list(1, 2, 3)].reverse();
    expect(after(shuffled, moveUp(shuffled, 'b'))).toBe('bac');
  });

  it('renumbers the list when items share an order, returning only those that changed', () => {
    const items = list(1, 1, 1);
    // Between b and c, which share order 1: no number fits, so the list is renumbered.
    const changed = moveTo(items, 'a', 1);
    expect(after(items, changed)).toBe('bac');
    expect(changed.map((i) => i.id).sort()).toEqual(['a', 'c']);
    expect(sortByOrder(applyOrderChanges(items, changed)).map((i) => i.order)).toEqual([1, 2, 3]);
    // To the top, nothing else needs to change.
    expect(moveTo(items, 'c', 0).map((i) => i.id)).toEqual(['c']);
  });

  it('keeps working after many moves into the same gap', () => {
    let items: Ordered[] = list(1, 2, 3);
    for (let i = 0; i < 200; i += 1) {
      items = applyOrderChanges(items, moveTo(items, 'c', 1));
      items = applyOrderChanges(items, moveTo(items, 'b', 1));
      expect(sequence(items)).toBe('abc');
    }
    expect(new Set(items.map((i) => i.order)).size).toBe(3);
  });

  it('stamps the edit time on entities that have one', () => {
    const cards = [makeCard({ order: 1 }), makeCard({ order: 2 })];
    const [moved] = moveUp(cards, cards[1]?.id ?? '', NOW);
    expect(moved?.updatedAt).toBe(NOW);
    expect(moved?.text).toBe(cards[1]?.text);
    const people = [makeParticipant({ order: 1 }), makeParticipant({ order: 2 })];
    expect(after(people, moveDown(people, people[0]?.id ?? ''))).toBe(
      `${people[1]?.id ?? ''}${people[0]?.id ?? ''}`,
    );
  });

  it('matches moving an element in an array, for any list and any move', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -2, max: 14 })), { maxLength: 30 }),
        (orders, moves) => {
          let items = list(...orders);
          for (const [pick, to] of moves) {
            const ids = sortByOrder(items).map((i) => i.id);
            const id = ids[pick % ids.length] ?? '';
            const expected = ids.filter((x) => x !== id);
            expected.splice(Math.max(0, Math.min(expected.length, to)), 0, id);
            items = applyOrderChanges(items, moveTo(items, id, to));
            expect(sortByOrder(items).map((i) => i.id)).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
