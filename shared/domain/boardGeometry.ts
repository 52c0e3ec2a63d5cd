/**
 * Geometry of the Star board: five zones, one per Star point, around a centre holding the
 * workshop's enablers, and a lane for actions on the right. Pure arithmetic, shared by the
 * canvas, the SVG export and the tests, so every view places things identically.
 *
 * The zones grow with the busiest point, so the arrangement never needs a scroll inside a
 * zone: cards wrap onto more rows and the whole board is zoomed to fit instead.
 */
import { STAR_POINT_IDS, type StarPointId } from './star';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export const BOARD_CARD = { width: 220, height: 128 } as const;
export const BOARD_ACTION = { width: 260, height: 120 } as const;
/** Space between cards, inside a zone and around it. */
export const BOARD_GAP = 20;
export const ZONE_PADDING = 24;
/** Room at the top of each zone for its label. */
export const ZONE_HEADER = 76;
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 10;
const MIN_ROWS = 2;
/** Space between the zones (and between the Star and the actions lane). */
const ZONE_SPACING = 72;

export interface BoardGeometry {
  readonly zones: Readonly<Record<StarPointId, Rect>>;
  readonly centre: Rect;
  readonly actions: Rect;
  /** The whole board: everything above lies inside it. */
  readonly bounds: Rect;
  /** Cards per row inside a zone. */
  readonly columns: number;
}

/** Columns and rows a zone needs for `count` cards, keeping a free row for new ones. */
export const zoneGrid = (count: number): { columns: number; rows: number } => {
  const columns = Math.min(MAX_COLUMNS, Math.max(MIN_COLUMNS, Math.ceil(Math.sqrt(count * 1.5))));
  const rows = Math.max(MIN_ROWS, Math.ceil(count / columns) + 1);
  return { columns, rows };
};

const zoneSize = (count: number): { width: number; height: number; columns: number } => {
  const { columns, rows } = zoneGrid(count);
  return {
    columns,
    width: ZONE_PADDING * 2 + columns * BOARD_CARD.width + (columns - 1) * BOARD_GAP,
    height: ZONE_HEADER + ZONE_PADDING + rows * (BOARD_CARD.height + BOARD_GAP),
  };
};

/**
 * Lays the five zones out as the points of a star (Supply at the top, then clockwise
 * Upskilling, New roles, New ways of working, Leadership) with the centre between them.
 * All zones share one size so the Star keeps its shape whatever the counts.
 */
export const boardGeometry = (
  cardsPerPoint: Readonly<Partial<Record<StarPointId, number>>>,
  actionCount = 0,
): BoardGeometry => {
  const busiest = Math.max(0, ...STAR_POINT_IDS.map((p) => cardsPerPoint[p] ?? 0));
  const { width: w, height: h, columns } = zoneSize(busiest);
  const g = ZONE_SPACING;
  const upperY = Math.round(0.6 * h);
  const lowerY = Math.round(1.6 * h) + 2 * g;
  const zones: Record<StarPointId, Rect> = {
    supply: { x: w + g, y: 0, width: w, height: h },
    upskilling: { x: 2 * w + 2 * g, y: upperY, width: w, height: h },
    'new-roles': { x: Math.round(1.5 * w) + 2 * g, y: lowerY, width: w, height: h },
    'new-ways': { x: Math.round(0.5 * w), y: lowerY, width: w, height: h },
    leadership: { x: 0, y: upperY, width: w, height: h },
  };
  // The centre fills the space between the zones, inset so it touches none of them.
  const centre: Rect = {
    x: w + 2 * g,
    y: h + g,
    width: w - 2 * g,
    height: lowerY - (h + g) - g,
  };
  const starWidth = 3 * w + 2 * g;
  const starHeight = lowerY + h;
  const perColumn = Math.max(
    1,
    Math.floor((starHeight - ZONE_HEADER) / (BOARD_ACTION.height + BOARD_GAP)),
  );
  const actionColumns = Math.max(1, Math.ceil(actionCount / perColumn));
  const actions: Rect = {
    x: starWidth + g,
    y: 0,
    width: ZONE_PADDING * 2 + actionColumns * (BOARD_ACTION.width + BOARD_GAP) - BOARD_GAP,
    height: starHeight,
  };
  return {
    zones,
    centre,
    actions,
    bounds: { x: 0, y: 0, width: actions.x + actions.width, height: starHeight },
    columns,
  };
};

export const contains = (rect: Rect, point: Point): boolean =>
  point.x >= rect.x &&
  point.x <= rect.x + rect.width &&
  point.y >= rect.y &&
  point.y <= rect.y + rect.height;

export const intersects = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The Star point whose zone holds `point`, or null outside every zone. */
export const zoneAt = (geometry: BoardGeometry, point: Point): StarPointId | null =>
  STAR_POINT_IDS.find((id) => contains(geometry.zones[id], point)) ?? null;

/** The rectangle inside a zone where cards may sit (below the label, inside the padding). */
export const zoneInterior = (zone: Rect): Rect => ({
  x: zone.x + ZONE_PADDING,
  y: zone.y + ZONE_HEADER,
  width: zone.width - 2 * ZONE_PADDING,
  height: zone.height - ZONE_HEADER - ZONE_PADDING,
});

/** Where the five points of the decorative star are: each zone's centre. */
export const zoneCentre = (zone: Rect): Point => ({
  x: zone.x + zone.width / 2,
  y: zone.y + zone.height / 2,
});
