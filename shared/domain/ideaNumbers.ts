/**
 * Idea numbers: what the room calls an idea ("Idea 7") on the projected matrix, in the action
 * plan, on the board paper and in the plan file. A number is given once, when the idea is
 * captured, and kept for good: moving the idea to another point, reordering or ranking it never
 * changes it, and a deleted idea's number is never given again (the workshop keeps the highest
 * number ever given in `lastIdeaNumber`).
 *
 * `numberIdeas` is the one function that gives numbers to ideas that lack one: new plans from
 * older formats or databases, and files whose numbers clash. Ideas are numbered in capture order
 * (created time, then id), which is how the app numbered them on screen before numbers were
 * stored, so a migrated workshop shows the numbers the room already saw.
 */
import type { Action, Card, Workshop } from './schemas';

type Numbered = Pick<Card, 'id' | 'kind' | 'number' | 'createdAt'>;

/** Capture order: when the idea was written, then its id so equal times never swap. */
export const byCaptureOrder = (a: Numbered, b: Numbered): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;

const highestNumber = (cards: readonly Numbered[]): number => {
  let max = 0;
  for (const c of cards)
    if (c.kind === 'idea' && c.number !== null && c.number > max) max = c.number;
  return max;
};

/** The number the next captured idea gets: one past any number given before, even if deleted. */
export const nextIdeaNumber = (
  cards: readonly Numbered[],
  lastIdeaNumber: Workshop['lastIdeaNumber'],
): number => Math.max(lastIdeaNumber, highestNumber(cards)) + 1;

export interface NumberedIdeas<T extends Numbered> {
  /** Every card, in the order given; only those listed in `renumbered` changed. */
  readonly cards: T[];
  /** Ideas that were given a new number, with the number they had before (or null). */
  readonly renumbered: readonly { readonly card: T; readonly previous: number | null }[];
  /** Highest number ever given, after numbering: store it on the workshop. */
  readonly lastIdeaNumber: number;
}

/**
 * Give every idea a unique number, keeping every number already valid. An idea with no number,
 * or with a number an idea earlier in `cards` already has, gets the next number never given,
 * in capture order. Cards that are not ideas carry no number. Ids must be unique (repair them
 * first). Pure.
 */
export const numberIdeas = <T extends Numbered>(
  cards: readonly T[],
  lastIdeaNumber = 0,
): NumberedIdeas<T> => {
  const taken = new Set<number>();
  const needNumber = new Set<string>();
  // The first idea holding a number keeps it (as repair keeps the first of two equal ids, and
  // a merge keeps the base plan's ideas first), so numbers the room has seen stay put.
  for (const card of cards.filter((c) => c.kind === 'idea')) {
    if (card.number !== null && !taken.has(card.number)) taken.add(card.number);
    else needNumber.add(card.id);
  }
  let last = Math.max(lastIdeaNumber, highestNumber(cards));
  const given = new Map<string, number>();
  for (const card of [...cards].filter((c) => needNumber.has(c.id)).sort(byCaptureOrder)) {
    last += 1;
    given.set(card.id, last);
  }
  const renumbered: { card: T; previous: number | null }[] = [];
  const out = cards.map((card) => {
    if (card.kind !== 'idea') return card.number === null ? card : { ...card, number: null };
    const number = given.get(card.id);
    if (number === undefined) return card;
    const next = { ...card, number };
    renumbered.push({ card: next, previous: card.number });
    return next;
  });
  return { cards: out, renumbered, lastIdeaNumber: last };
};

/** "Idea 7", the label used everywhere an idea is named by its number. */
export const ideaLabel = (card: Pick<Card, 'number'>): string =>
  card.number === null ? 'Idea' : `Idea ${String(card.number)}`;

/** Idea number by card id, for views that show numbers beside ideas. */
export const ideaNumbersById = (cards: readonly Card[]): Map<string, number> =>
  new Map(cards.flatMap((c) => (c.kind === 'idea' && c.number !== null ? [[c.id, c.number]] : [])));

/** Ids of every idea that at least one action takes forward. */
export const coveredIdeaIds = (actions: readonly Pick<Action, 'ideaIds'>[]): Set<string> =>
  new Set(actions.flatMap((a) => a.ideaIds));
