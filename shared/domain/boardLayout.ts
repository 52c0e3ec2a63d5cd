/**
 * Where each card sits on the Star board. A card's stored `position` is relative to its
 * zone's top-left corner, so zones can grow (or the layout change) without cards drifting
 * out of their point. Cards with no stored position are packed into the first free grid slot
 * of their zone, in list order, never on top of another card.
 */
import {
  BOARD_ACTION,
  BOARD_CARD,
  BOARD_GAP,
  zoneAt,
  zoneInterior,
  type BoardGeometry,
  type Point,
  type Rect,
} from './boardGeometry';
import { CARD_KINDS, type Card } from './schemas';
import { STAR_POINT_IDS, type StarPointId } from './star';

export type BoardCardInput = Pick<Card, 'id' | 'point' | 'kind' | 'position' | 'order'>;

/** How many cards each point holds: what sizes the board's zones. */
export const cardsPerPoint = (
  cards: readonly Pick<Card, 'point'>[],
): Partial<Record<StarPointId, number>> => {
  const out: Partial<Record<StarPointId, number>> = {};
  for (const c of cards) out[c.point] = (out[c.point] ?? 0) + 1;
  return out;
};

/** Stored positions beyond this are treated as damaged and laid out afresh. */
export const MAX_POSITION = 100_000;

export const isUsablePosition = (position: Card['position']): position is Point =>
  position !== null &&
  Number.isFinite(position.x) &&
  Number.isFinite(position.y) &&
  Math.abs(position.x) <= MAX_POSITION &&
  Math.abs(position.y) <= MAX_POSITION;

const clampInto = (interior: Rect, p: Point): Point => ({
  x: Math.min(Math.max(p.x, interior.x), interior.x + interior.width - BOARD_CARD.width),
  y: Math.min(Math.max(p.y, interior.y), interior.y + interior.height - BOARD_CARD.height),
});

const kindRank = (kind: Card['kind']): number => CARD_KINDS.indexOf(kind);

const byKindThenOrder = (a: BoardCardInput, b: BoardCardInput): number =>
  kindRank(a.kind) - kindRank(b.kind) || a.order - b.order || a.id.localeCompare(b.id);

/** Absolute top-left corner of every card, by id. */
export const layoutCards = (
  cards: readonly BoardCardInput[],
  geometry: BoardGeometry,
): Map<string, Point> => {
  const out = new Map<string, Point>();
  const slotW = BOARD_CARD.width + BOARD_GAP;
  const slotH = BOARD_CARD.height + BOARD_GAP;
  for (const pointId of STAR_POINT_IDS) {
    const zone = geometry.zones[pointId];
    const interior = zoneInterior(zone);
    const columns = Math.max(1, Math.floor((interior.width + BOARD_GAP) / slotW));
    const rows = Math.max(1, Math.floor((interior.height + BOARD_GAP) / slotH));
    const taken = new Uint8Array(columns * rows);
    const mine = cards.filter((c) => c.point === pointId).sort(byKindThenOrder);

    // Cards the room placed by hand keep their place (pulled inside the zone if need be).
    for (const card of mine) {
      if (!isUsablePosition(card.position)) continue;
      const at = clampInto(interior, { x: zone.x + card.position.x, y: zone.y + card.position.y });
      out.set(card.id, at);
      // Mark every grid slot this card overlaps, so packed cards go around it.
      const c0 = Math.max(0, Math.floor((at.x - interior.x) / slotW));
      const c1 = Math.min(columns - 1, Math.floor((at.x - interior.x + BOARD_CARD.width) / slotW));
      const r0 = Math.max(0, Math.floor((at.y - interior.y) / slotH));
      const r1 = Math.min(rows - 1, Math.floor((at.y - interior.y + BOARD_CARD.height) / slotH));
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) taken[r * columns + c] = 1;
    }

    let next = 0;
    for (const card of mine) {
      if (out.has(card.id)) continue;
      while (next < taken.length && taken[next] === 1) next++;
      // A zone crowded by hand-placed cards: wrap rather than lose the card.
      const slot = next < taken.length ? next : out.size % taken.length;
      if (next < taken.length) taken[next] = 1;
      out.set(card.id, {
        x: interior.x + (slot % columns) * slotW,
        y: interior.y + Math.floor(slot / columns) * slotH,
      });
    }
  }
  return out;
};

/** Top-left corners of the action nodes, in the actions lane, in plan order. */
export const layoutActions = (
  actionIds: readonly string[],
  geometry: BoardGeometry,
): Map<string, Point> => {
  const lane = zoneInterior(geometry.actions);
  const slotH = BOARD_ACTION.height + BOARD_GAP;
  const perColumn = Math.max(1, Math.floor((lane.height + BOARD_GAP) / slotH));
  const out = new Map<string, Point>();
  actionIds.forEach((id, i) => {
    out.set(id, {
      x: lane.x + Math.floor(i / perColumn) * (BOARD_ACTION.width + BOARD_GAP),
      y: lane.y + (i % perColumn) * slotH,
    });
  });
  return out;
};

export interface CardDrop {
  readonly point: StarPointId;
  /** Relative to the zone's top-left corner: what is stored on the card. */
  readonly position: Point;
}

/**
 * Where a card dragged to `topLeft` lands: the zone under its centre, with its position
 * clamped inside that zone. Null when its centre is outside every zone: the card then snaps
 * back, never left without a point.
 */
export const dropCard = (geometry: BoardGeometry, topLeft: Point): CardDrop | null => {
  const centre = { x: topLeft.x + BOARD_CARD.width / 2, y: topLeft.y + BOARD_CARD.height / 2 };
  const point = zoneAt(geometry, centre);
  if (!point) return null;
  const zone = geometry.zones[point];
  const at = clampInto(zoneInterior(zone), topLeft);
  return { point, position: { x: Math.round(at.x - zone.x), y: Math.round(at.y - zone.y) } };
};
