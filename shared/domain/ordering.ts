/**
 * Fractional ordering for lists the facilitator reorders by drag or keyboard (participants,
 * cards within a point, actions). Moving one item gives it an order between its new
 * neighbours, so usually only that item is saved. Floating-point halving runs out of room after
 * about 50 moves into the same gap; when it does, the whole list is renumbered 1, 2, 3… and
 * every item whose order changed is returned.
 *
 * Callers pass one sibling group (e.g. the idea cards of one point) in any order; items are
 * read in `order` then `id` sequence so equal orders still have a stable position.
 */

export interface Ordered {
  readonly id: string;
  readonly order: number;
}

/** Items that carry an edit time get it bumped when their order changes. */
type Stampable = Ordered & { readonly updatedAt?: string };

/** Where a new item goes at the end of the list: one past the highest order (1 when empty). */
export const nextOrder = (items: readonly Ordered[]): number => {
  let max = Number.NEGATIVE_INFINITY;
  for (const item of items) if (item.order > max) max = item.order;
  return items.length === 0 ? 1 : Math.floor(max) + 1;
};

/**
 * An order strictly between two neighbours. `null` means "no neighbour on that side": before
 * the first item, after the last, or the first item of an empty list. When the neighbours are
 * equal or adjacent floats there is no room; check with {@link hasRoomBetween}.
 */
export const orderBetween = (before: number | null, after: number | null): number => {
  if (before === null && after === null) return 1;
  if (before === null) return (after ?? 0) - 1;
  if (after === null) return Math.floor(before) + 1;
  return before + (after - before) / 2;
};

/** True when `value` sits strictly between the neighbours (null: open on that side). */
const isStrictlyBetween = (value: number, before: number | null, after: number | null): boolean =>
  Number.isFinite(value) &&
  (before === null || value > before) &&
  (after === null || value < after);

export const hasRoomBetween = (before: number | null, after: number | null): boolean =>
  isStrictlyBetween(orderBetween(before, after), before, after);

/** Items in display order: by order, then id so duplicates of one order never swap at random. */
export const sortByOrder = <T extends Ordered>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const withOrder = <T extends Stampable>(item: T, order: number, now?: string): T =>
  now === undefined || item.updatedAt === undefined
    ? { ...item, order }
    : { ...item, order, updatedAt: now };

/** Renumber a list already in its new display order; returns only items whose order changed. */
const renumber = <T extends Stampable>(sequence: readonly T[], now?: string): T[] => {
  const changed: T[] = [];
  sequence.forEach((item, i) => {
    if (item.order !== i + 1) changed.push(withOrder(item, i + 1, now));
  });
  return changed;
};

/**
 * Move an item so it ends up at `index` (0-based, clamped) in the display order. Returns the
 * changed items only: none when it is already there or the id is unknown.
 */
export const moveTo = <T extends Stampable>(
  items: readonly T[],
  id: string,
  index: number,
  now?: string,
): T[] => {
  const sorted = sortByOrder(items);
  const from = sorted.findIndex((item) => item.id === id);
  const moving = sorted[from];
  if (!moving) return [];
  const rest = sorted.filter((item) => item.id !== id);
  const to = Math.max(0, Math.min(rest.length, Math.trunc(Number.isFinite(index) ? index : 0)));
  if (to === from) return [];
  const before = rest[to - 1]?.order ?? null;
  const after = rest[to]?.order ?? null;
  const order = orderBetween(before, after);
  if (isStrictlyBetween(order, before, after)) return [withOrder(moving, order, now)];
  return renumber([...rest.slice(0, to), moving, ...rest.slice(to)], now);
};

/** One place earlier in the list (the keyboard alternative to dragging up). */
export const moveUp = <T extends Stampable>(items: readonly T[], id: string, now?: string): T[] => {
  const index = sortByOrder(items).findIndex((item) => item.id === id);
  return index <= 0 ? [] : moveTo(items, id, index - 1, now);
};

/** One place later in the list (the keyboard alternative to dragging down). */
export const moveDown = <T extends Stampable>(
  items: readonly T[],
  id: string,
  now?: string,
): T[] => {
  const index = sortByOrder(items).findIndex((item) => item.id === id);
  return index < 0 || index >= items.length - 1 ? [] : moveTo(items, id, index + 1, now);
};

/** Apply changed items back onto the full list (by id), e.g. to preview a move before saving. */
export const applyOrderChanges = <T extends Ordered>(
  items: readonly T[],
  changed: readonly T[],
): T[] => {
  if (changed.length === 0) return [...items];
  const byId = new Map(changed.map((item) => [item.id, item]));
  return items.map((item) => byId.get(item.id) ?? item);
};

/**
 * Display order for stored rows: by `order`, then creation time, then id. `order` is per
 * sibling group (cards of different points share values), so the tie-breaks keep a reload from
 * ever reshuffling a list.
 */
export const compareListOrder = (
  a: Ordered & { readonly createdAt: string },
  b: Ordered & { readonly createdAt: string },
): number =>
  a.order - b.order ||
  a.createdAt.localeCompare(b.createdAt) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
