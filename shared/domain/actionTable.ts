/**
 * The action plan table as data: sorting, filtering and grouping by Star point. Each function
 * works out its keys once per action and then compares plain values, so a plan of 500 actions
 * sorts and filters in a millisecond or two.
 */
import { isOverdue } from './action';
import { PRIORITIES, RAG_STATUSES, type Action, type RagStatus } from './schemas';
import { STAR_POINT_IDS, type StarPointId } from './star';
import type { RagKey } from './summary';

export const ACTION_SORT_KEYS = ['title', 'owner', 'point', 'dueDate', 'rag', 'priority'] as const;
export type ActionSortKey = (typeof ACTION_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export const ACTION_SORT_LABEL: Readonly<Record<ActionSortKey, string>> = {
  title: 'Action',
  owner: 'Owner',
  point: 'Star point',
  dueDate: 'Due date',
  rag: 'RAG status',
  priority: 'Priority',
};

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const POINT_INDEX = new Map<StarPointId, number>(STAR_POINT_IDS.map((p, i) => [p, i]));
/** Most urgent first when ascending: Red, Amber, Green, then Blue (complete). */
const RAG_INDEX = new Map<RagStatus, number>(RAG_STATUSES.map((r, i) => [r, i]));
const PRIORITY_INDEX = new Map<string, number>(PRIORITIES.map((p, i) => [p, i]));

/** The earliest of an action's points in Star order (what the Star point column sorts on). */
const firstStarIndex = (a: Action): number => {
  let best = Number.POSITIVE_INFINITY;
  for (const p of a.points) best = Math.min(best, POINT_INDEX.get(p) ?? best);
  return best;
};

/** The value to sort on, or null when empty (empty rows always go last). */
const sortValue = (a: Action, key: ActionSortKey): string | number | null => {
  switch (key) {
    case 'title':
      return a.title.trim() || null;
    case 'owner':
      return a.owner.trim() || null;
    case 'point':
      return a.points.length ? firstStarIndex(a) : null;
    case 'dueDate':
      return a.dueDate || null;
    case 'rag':
      return a.rag === null ? null : (RAG_INDEX.get(a.rag) ?? null);
    case 'priority':
      return a.priority === null ? null : (PRIORITY_INDEX.get(a.priority) ?? null);
  }
};

const compareValues = (x: string | number, y: string | number): number =>
  typeof x === 'number' && typeof y === 'number'
    ? x - y
    : collator.compare(String(x), String(y)) || (x < y ? -1 : x > y ? 1 : 0);

/**
 * A new array sorted by one column. Empty values sit at the bottom whichever way the column
 * is sorted; rows that are level keep their incoming order (a stable sort).
 */
export const sortActions = (
  actions: readonly Action[],
  key: ActionSortKey,
  direction: SortDirection = 'asc',
): Action[] => {
  const sign = direction === 'asc' ? 1 : -1;
  const rows = actions.map((action, index) => ({ action, index, value: sortValue(action, key) }));
  rows.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === null ? 1 : -1;
    }
    return sign * compareValues(a.value, b.value) || a.index - b.index;
  });
  return rows.map((r) => r.action);
};

export interface ActionFilter {
  /** Any of these points; empty or missing means every point. */
  readonly points?: readonly StarPointId[];
  /** An owner's name (ignoring case and extra spaces); `null` means actions with no owner. */
  readonly owner?: string | null;
  /** Any of these statuses ('not-set' for none yet); empty or missing means every status. */
  readonly rag?: readonly RagKey[];
  readonly overdueOnly?: boolean;
  /** Words to find in the title, description, owner, lead organisation, measure or tags. */
  readonly text?: string;
}

/** Letters that do not decompose under NFD but that people type without the accent. */
const FOLD: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
};

/** Lower-case, accent-free text so "zoe" finds "Zoë" and "lukasz" finds "Łukasz". */
export const foldForSearch = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/[øłđðþæœßı]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim();

const searchText = (a: Action): string =>
  foldForSearch(
    [a.title, a.description, a.owner, a.leadOrganisation, a.successMeasure, ...a.tags].join(' '),
  );

/** The plan rows that match every filter given; order is kept. */
export const filterActions = (
  actions: readonly Action[],
  filter: ActionFilter,
  today: string,
): Action[] => {
  const points = filter.points?.length ? new Set(filter.points) : null;
  const rags = filter.rag?.length ? new Set(filter.rag) : null;
  const owner = filter.owner === undefined ? undefined : foldForSearch(filter.owner ?? '');
  const words = foldForSearch(filter.text ?? '')
    .split(' ')
    .filter(Boolean);
  return actions.filter((a) => {
    if (points && !a.points.some((p) => points.has(p))) return false;
    if (rags && !rags.has(a.rag ?? 'not-set')) return false;
    if (owner !== undefined && foldForSearch(a.owner) !== owner) return false;
    if (filter.overdueOnly && !isOverdue(a, today)) return false;
    if (words.length) {
      const haystack = searchText(a);
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
};

/** Owners named in the plan, A–Z, each once (for the owner filter's list). */
export const distinctOwners = (actions: readonly Action[]): string[] => {
  const byKey = new Map<string, string>();
  for (const a of actions) {
    const name = a.owner.trim().replace(/\s+/g, ' ');
    const key = foldForSearch(name);
    if (name && !byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()].sort((x, y) => collator.compare(x, y) || (x < y ? -1 : 1));
};

export interface GroupedAction {
  readonly action: Action;
  /** The action's other points, in Star order: shown as "Also: Leadership". */
  readonly alsoUnder: readonly StarPointId[];
}

export interface PointGroup {
  readonly point: StarPointId;
  readonly rows: readonly GroupedAction[];
}

/**
 * The plan grouped by Star point, every point present and in Star order. Each action appears
 * once, under its lead point: the first point in its own list (for an action made from an
 * idea, that idea's point). Its other points are noted in `alsoUnder`. Rows keep the order they
 * came in, so sort or filter first.
 */
export const groupByPoint = (actions: readonly Action[]): PointGroup[] => {
  const groups = new Map<StarPointId, GroupedAction[]>(STAR_POINT_IDS.map((p) => [p, []]));
  for (const action of actions) {
    const [lead] = action.points;
    if (lead === undefined) continue;
    const alsoUnder = STAR_POINT_IDS.filter((p) => p !== lead && action.points.includes(p));
    groups.get(lead)?.push({ action, alsoUnder });
  }
  return STAR_POINT_IDS.map((point) => ({ point, rows: groups.get(point) ?? [] }));
};
