import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BOARD_CARD,
  STAR_POINT_IDS,
  boardGeometry,
  contains,
  dropCard,
  intersects,
  layoutActions,
  layoutCards,
  zoneAt,
  zoneCentre,
  zoneInterior,
  type BoardCardInput,
  type Rect,
  type StarPointId,
} from '@shared/domain';

const card = (
  id: string,
  point: StarPointId,
  position: BoardCardInput['position'] = null,
  order = 0,
): BoardCardInput => ({ id, point, kind: 'idea', position, order });

/** Map lookup that fails the test loudly instead of needing a non-null assertion. */
const get = <T>(map: ReadonlyMap<string, T>, key: string): T => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Nothing laid out for ${key}`);
  return value;
};

/** Every unordered pair of distinct items. */
const pairs = <T>(items: readonly T[]): [T, T][] =>
  items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));

const cardRect = (p: { x: number; y: number }): Rect => ({ ...p, ...BOARD_CARD });

describe('board geometry', () => {
  it.each([0, 1, 12, 100, 400])(
    'keeps the five zones, the centre and the actions lane apart with %i cards a point',
    (n) => {
      const g = boardGeometry(Object.fromEntries(STAR_POINT_IDS.map((p) => [p, n])), n);
      const rects = [...STAR_POINT_IDS.map((p) => g.zones[p]), g.centre, g.actions];
      for (const [a, b] of pairs(rects)) expect(intersects(a, b)).toBe(false);
      for (const r of rects) {
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.y).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width).toBeLessThanOrEqual(g.bounds.width);
        expect(r.y + r.height).toBeLessThanOrEqual(g.bounds.height);
      }
    },
  );

  it('draws a star: Supply on top, Leadership and Upskilling either side, two points below', () => {
    const g = boardGeometry({});
    const c = (p: StarPointId) => zoneCentre(g.zones[p]);
    expect(c('supply').y).toBeLessThan(c('leadership').y);
    expect(c('leadership').x).toBeLessThan(c('supply').x);
    expect(c('upskilling').x).toBeGreaterThan(c('supply').x);
    expect(c('new-ways').y).toBeGreaterThan(c('leadership').y);
    expect(c('new-roles').x).toBeGreaterThan(c('new-ways').x);
    expect(contains(g.centre, { x: c('supply').x, y: g.centre.y + 10 })).toBe(true);
  });

  it('finds the zone under a point, and none in the centre or outside', () => {
    const g = boardGeometry({});
    for (const p of STAR_POINT_IDS) expect(zoneAt(g, zoneCentre(g.zones[p]))).toBe(p);
    expect(zoneAt(g, zoneCentre(g.centre))).toBeNull();
    expect(zoneAt(g, { x: -10, y: -10 })).toBeNull();
    expect(zoneAt(g, { x: g.bounds.width + 5, y: 5 })).toBeNull();
  });

  it('grows zones for a busy point so every card still fits inside its zone', () => {
    const small = boardGeometry({ supply: 5 });
    const big = boardGeometry({ supply: 200 });
    expect(big.zones.supply.width * big.zones.supply.height).toBeGreaterThan(
      small.zones.supply.width * small.zones.supply.height * 10,
    );
  });
});

describe('card layout', () => {
  it('packs cards with no stored position inside their zone without overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STAR_POINT_IDS), { maxLength: 150 }),
        fc.array(
          fc.record({
            point: fc.constantFrom(...STAR_POINT_IDS),
            x: fc.integer({ min: -500, max: 3000 }),
            y: fc.integer({ min: -500, max: 3000 }),
          }),
          { maxLength: 20 },
        ),
        (points, placed) => {
          const cards = [
            ...points.map((p, i) => card(`a${String(i)}`, p, null, i)),
            ...placed.map((p, i) => card(`p${String(i)}`, p.point, { x: p.x, y: p.y }, i)),
          ];
          const counts: Partial<Record<StarPointId, number>> = {};
          for (const c of cards) counts[c.point] = (counts[c.point] ?? 0) + 1;
          const g = boardGeometry(counts);
          const at = layoutCards(cards, g);
          expect(at.size).toBe(cards.length);
          for (const c of cards) {
            const r = cardRect(get(at, c.id));
            const interior = zoneInterior(g.zones[c.point]);
            // Every card lies wholly inside its own zone.
            expect(contains(interior, r)).toBe(true);
            expect(contains(interior, { x: r.x + r.width, y: r.y + r.height })).toBe(true);
          }
          // Packed cards never overlap each other or a hand-placed card.
          const packed = cards.filter((c) => c.position === null);
          for (const a of packed)
            for (const b of cards) {
              if (a.id === b.id || a.point !== b.point) continue;
              expect(intersects(cardRect(get(at, a.id)), cardRect(get(at, b.id)))).toBe(false);
            }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps a stored position relative to its zone, so zones can grow without cards drifting', () => {
    const c = card('x', 'new-roles', { x: 300, y: 200 });
    for (const n of [1, 50, 300]) {
      const g = boardGeometry({ 'new-roles': n });
      const at = get(layoutCards([c], g), 'x');
      expect(at).toEqual({ x: g.zones['new-roles'].x + 300, y: g.zones['new-roles'].y + 200 });
    }
  });

  it('lays out again a damaged position (too far away) instead of losing the card', () => {
    const g = boardGeometry({ supply: 1 });
    const at = get(layoutCards([card('x', 'supply', { x: 1e9, y: -1e9 })], g), 'x');
    expect(contains(zoneInterior(g.zones.supply), at)).toBe(true);
  });

  it('puts current activity first, then gaps, then ideas, each in list order', () => {
    const g = boardGeometry({ supply: 3 });
    const cards: BoardCardInput[] = [
      { id: 'i', point: 'supply', kind: 'idea', position: null, order: 0 },
      { id: 'g', point: 'supply', kind: 'gap', position: null, order: 0 },
      { id: 'c2', point: 'supply', kind: 'current', position: null, order: 2 },
      { id: 'c1', point: 'supply', kind: 'current', position: null, order: 1 },
    ];
    const at = layoutCards(cards, g);
    const rank = (id: string) => {
      const p = get(at, id);
      return p.y * 100_000 + p.x;
    };
    expect(['c1', 'c2', 'g', 'i'].map(rank)).toEqual(
      ['c1', 'c2', 'g', 'i'].map(rank).sort((a, b) => a - b),
    );
  });
});

describe('dropping a card', () => {
  it('moves it to the zone under its centre, with a position relative to that zone', () => {
    const g = boardGeometry({});
    const zone = g.zones.leadership;
    const drop = dropCard(g, { x: zone.x + 100, y: zone.y + 120 });
    expect(drop).toEqual({ point: 'leadership', position: { x: 100, y: 120 } });
  });

  it('pulls a card dropped across a zone edge fully inside', () => {
    const g = boardGeometry({});
    const zone = g.zones.supply;
    const drop = dropCard(g, { x: zone.x + zone.width - 150, y: zone.y + 40 });
    expect(drop?.point).toBe('supply');
    if (!drop) throw new Error('No drop');
    const abs = { x: zone.x + drop.position.x, y: zone.y + drop.position.y };
    expect(contains(zoneInterior(zone), abs)).toBe(true);
    expect(abs.x + BOARD_CARD.width).toBeLessThanOrEqual(zone.x + zone.width);
  });

  it('refuses a drop outside every zone (the card snaps back)', () => {
    const g = boardGeometry({});
    expect(dropCard(g, { x: g.centre.x + 10, y: g.centre.y + 10 })).toBeNull();
    expect(dropCard(g, { x: -1000, y: -1000 })).toBeNull();
  });
});

describe('action layout', () => {
  it('stacks actions in the lane, wrapping into more columns, never overlapping', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `a${String(i)}`);
    const g = boardGeometry({}, ids.length);
    const at = layoutActions(ids, g);
    const rects = ids.map((id) => ({ ...get(at, id), width: 260, height: 120 }));
    for (const r of rects) {
      expect(contains(g.actions, r)).toBe(true);
      expect(contains(g.actions, { x: r.x + r.width, y: r.y + r.height })).toBe(true);
    }
    for (const [a, b] of pairs(rects)) expect(intersects(a, b)).toBe(false);
  });
});
