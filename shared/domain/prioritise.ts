/**
 * The impact/effort matrix and the ranking of ideas. Impact and effort are 0–100; 50 and above
 * counts as high. "Quick wins" are high impact for low effort. The low-impact, high-effort
 * quadrant is called "Reconsider" on screen: kinder to the person whose idea it was than the
 * textbook "thankless task".
 */
import { updateCard } from './card';
import { fail, type FieldError, type Result } from './result';
import type { Card } from './schemas';

export const QUADRANT_THRESHOLD = 50;
export const MATRIX_MIN = 0;
export const MATRIX_MAX = 100;
/** Arrow keys move a card 5; with Shift, 20. */
export const NUDGE_STEP = 5;
export const NUDGE_STEP_LARGE = 20;

/** Best first: the order ideas are ranked in when votes are level. */
export const QUADRANTS = [
  'quick-win',
  'major-project',
  'fill-in',
  'thankless',
  'unplaced',
] as const;
export type Quadrant = (typeof QUADRANTS)[number];
export type PlacedQuadrant = Exclude<Quadrant, 'unplaced'>;
export type MatrixAxis = 'impact' | 'effort';

export const QUADRANT_LABEL: Readonly<Record<Quadrant, string>> = {
  'quick-win': 'Quick win',
  'major-project': 'Major project',
  'fill-in': 'Fill-in',
  thankless: 'Reconsider',
  unplaced: 'Not yet placed',
};

export const QUADRANT_DESCRIPTION: Readonly<Record<Quadrant, string>> = {
  'quick-win': 'High impact, low effort: do these first.',
  'major-project': 'High impact, high effort: plan these carefully.',
  'fill-in': 'Low impact, low effort: do these if there is capacity.',
  thankless: 'Low impact, high effort: think again before committing.',
  unplaced: 'Not yet placed on the impact and effort matrix.',
};

type Placement = Pick<Card, 'impact' | 'effort'>;

export const quadrantOf = (card: Placement): Quadrant => {
  if (card.impact === null || card.effort === null) return 'unplaced';
  const highImpact = card.impact >= QUADRANT_THRESHOLD;
  const highEffort = card.effort >= QUADRANT_THRESHOLD;
  if (highImpact) return highEffort ? 'major-project' : 'quick-win';
  return highEffort ? 'thankless' : 'fill-in';
};

export const isQuickWin = (card: Placement): boolean => quadrantOf(card) === 'quick-win';

const clampToScale = (value: number): number =>
  Math.min(MATRIX_MAX, Math.max(MATRIX_MIN, Math.round(value)));

const notAnIdea = (field: MatrixAxis): Result<Card> =>
  fail({ field, message: 'Only ideas can be placed on the impact and effort matrix.' });

/**
 * Put an idea on the matrix. Values are rounded to whole numbers and kept within 0–100, so a
 * drag that overshoots the edge lands on the edge rather than failing.
 */
export const placeOnMatrix = (
  card: Card,
  impact: number,
  effort: number,
  now: string,
): Result<Card> => {
  if (card.kind !== 'idea') return notAnIdea('impact');
  const errors: FieldError[] = [];
  if (!Number.isFinite(impact)) {
    errors.push({ field: 'impact', message: 'Impact must be a number from 0 to 100' });
  }
  if (!Number.isFinite(effort)) {
    errors.push({ field: 'effort', message: 'Effort must be a number from 0 to 100' });
  }
  if (errors.length) return fail(...errors);
  return updateCard(card, { impact: clampToScale(impact), effort: clampToScale(effort) }, now);
};

/** Take an idea off the matrix again ("Not yet placed"). */
export const removeFromMatrix = (card: Card, now: string): Result<Card> =>
  updateCard(card, { impact: null, effort: null }, now);

/**
 * Move an idea along one axis (the keyboard alternative to dragging). An idea not yet placed
 * starts from the centre, so the first key press puts it on the matrix.
 */
export const nudge = (card: Card, axis: MatrixAxis, delta: number, now: string): Result<Card> => {
  if (card.kind !== 'idea') return notAnIdea(axis);
  if (!Number.isFinite(delta)) {
    return fail({ field: axis, message: 'Move by a number of points' });
  }
  const centre = (MATRIX_MIN + MATRIX_MAX) / 2;
  const impact = card.impact ?? centre;
  const effort = card.effort ?? centre;
  return placeOnMatrix(
    card,
    axis === 'impact' ? impact + delta : impact,
    axis === 'effort' ? effort + delta : effort,
    now,
  );
};

/**
 * Which way an arrow key moves a card: up/down is impact (up is more), right/left is effort
 * (right is more), matching a matrix drawn with impact upwards and effort to the right.
 * Returns null for any other key so the caller lets it through.
 */
export const nudgeForKey = (
  key: string,
  shiftKey: boolean,
): { readonly axis: MatrixAxis; readonly delta: number } | null => {
  const step = shiftKey ? NUDGE_STEP_LARGE : NUDGE_STEP;
  switch (key) {
    case 'ArrowUp':
      return { axis: 'impact', delta: step };
    case 'ArrowDown':
      return { axis: 'impact', delta: -step };
    case 'ArrowRight':
      return { axis: 'effort', delta: step };
    case 'ArrowLeft':
      return { axis: 'effort', delta: -step };
    default:
      return null;
  }
};

/** The middle of each quadrant: where the first idea put there by quadrant goes. */
export const QUADRANT_CENTRE: Readonly<
  Record<PlacedQuadrant, { readonly impact: number; readonly effort: number }>
> = {
  'quick-win': { impact: 75, effort: 25 },
  'major-project': { impact: 75, effort: 75 },
  'fill-in': { impact: 25, effort: 25 },
  thankless: { impact: 25, effort: 75 },
};

/**
 * How far apart (in matrix points) ideas put in one quadrant by choosing it from a list sit:
 * 15 points is about 80 px on a 560 px matrix, over twice a marker's width, so markers never
 * cover each other.
 */
export const SPREAD_GAP = 15;
/** Steps from the quadrant centre: a 5 × 5 grid from 10 to 40 (or 60 to 90) points. */
const SPREAD_OFFSETS = [0, -7.5, 7.5, -15, 15] as const;

const distance = (a: { impact: number; effort: number }, b: Placement): number =>
  b.impact === null || b.effort === null
    ? Number.POSITIVE_INFINITY
    : Math.hypot(a.impact - b.impact, a.effort - b.effort);

/**
 * Where an idea put in `quadrant` from the Quadrant list goes, given where the other ideas
 * already are: the spot nearest the quadrant's centre that keeps SPREAD_GAP from every other
 * idea, or, when the quadrant is that full, the spot furthest from its nearest neighbour.
 * Every spot stays inside the quadrant, so the quadrant the facilitator chose is the one shown.
 */
export const spreadInQuadrant = (
  quadrant: PlacedQuadrant,
  others: readonly Placement[],
): { impact: number; effort: number } => {
  const centre = QUADRANT_CENTRE[quadrant];
  const spots = SPREAD_OFFSETS.flatMap((di) =>
    SPREAD_OFFSETS.map((de) => ({
      impact: Math.round(centre.impact + di),
      effort: Math.round(centre.effort + de),
    })),
  ).sort(
    (a, b) =>
      Math.hypot(a.impact - centre.impact, a.effort - centre.effort) -
      Math.hypot(b.impact - centre.impact, b.effort - centre.effort),
  );
  const room = (spot: { impact: number; effort: number }): number =>
    Math.min(...others.map((o) => distance(spot, o)));
  const free = spots.find((spot) => room(spot) >= SPREAD_GAP);
  if (free) return free;
  return spots.reduce((best, spot) => (room(spot) > room(best) ? spot : best), centre);
};

/**
 * Impact and effort under a point on screen, for a drag: `box` is the area the 0–100 scales
 * span (effort left to right, impact bottom to top). Points beyond it land on the edge.
 */
export const placementAtPoint = (
  point: { readonly x: number; readonly y: number },
  box: {
    readonly left: number;
    readonly top: number;
    readonly width: number;
    readonly height: number;
  },
): { impact: number; effort: number } => {
  const span = MATRIX_MAX - MATRIX_MIN;
  const fx = box.width > 0 ? (point.x - box.left) / box.width : 0.5;
  const fy = box.height > 0 ? (point.y - box.top) / box.height : 0.5;
  return {
    effort: clampToScale(MATRIX_MIN + fx * span),
    impact: clampToScale(MATRIX_MAX - fy * span),
  };
};

export interface RankedIdea {
  readonly card: Card;
  /** 1 is best. Ideas level on votes, quadrant, impact and effort share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly quadrant: Quadrant;
}

const QUADRANT_INDEX = new Map<Quadrant, number>(QUADRANTS.map((q, i) => [q, i]));

/** Compare on what decides merit; `order` is left out so it only breaks ties for display. */
const compareMerit = (a: RankedIdea, b: RankedIdea): number =>
  b.card.votes - a.card.votes ||
  (QUADRANT_INDEX.get(a.quadrant) ?? 0) - (QUADRANT_INDEX.get(b.quadrant) ?? 0) ||
  (b.card.impact ?? -1) - (a.card.impact ?? -1) ||
  (a.card.effort ?? MATRIX_MAX + 1) - (b.card.effort ?? MATRIX_MAX + 1);

/**
 * Ideas best first: most votes, then quadrant (quick win, major project, fill-in, reconsider,
 * not placed), then higher impact, then lower effort; level ideas keep board order. Cards that
 * are not ideas are ignored.
 */
export const rankIdeas = (cards: readonly Card[]): RankedIdea[] => {
  const ideas = cards
    .filter((c) => c.kind === 'idea')
    .map((card) => ({ card, rank: 0, quadrant: quadrantOf(card) }))
    .sort(
      (a, b) =>
        compareMerit(a, b) ||
        a.card.order - b.card.order ||
        (a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0),
    );
  let previous: RankedIdea | undefined;
  return ideas.map((idea, i) => {
    const rank = previous && compareMerit(previous, idea) === 0 ? previous.rank : i + 1;
    previous = { ...idea, rank };
    return previous;
  });
};
