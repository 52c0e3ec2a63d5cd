/**
 * The workshop at a glance, for the Review screen and the PDF summary: the same figures in
 * both places because both call this. Pure and deterministic: `today` is passed in, and every
 * list comes out in a fixed order (Star order, then plan order).
 */
import { isOverdue } from './action';
import { coveredIdeaIds } from './ideaNumbers';
import { rankIdeas, type RankedIdea } from './prioritise';
import type { WorkshopContent } from './workshop';
import {
  CARD_KINDS,
  RAG_STATUSES,
  STAFF_GROUPS,
  type Action,
  type CardKind,
  type Participant,
  type RagStatus,
} from './schemas';
import { STAR_POINT_IDS, type StarPointId } from './star';

export const DEFAULT_TOP_IDEAS = 5;

/** RAG status, with actions that have none yet counted as "not set". */
export type RagKey = RagStatus | 'not-set';
export const RAG_KEYS: readonly RagKey[] = [...RAG_STATUSES, 'not-set'];

/** Shown for attendees with no staff group recorded. */
export const STAFF_GROUP_NOT_RECORDED = 'Not recorded';

export interface StaffGroupCount {
  readonly staffGroup: string;
  readonly count: number;
}

export interface WorkshopSummary {
  readonly cardCounts: Readonly<Record<StarPointId, Readonly<Record<CardKind, number>>>>;
  readonly totals: {
    readonly cards: number;
    readonly byKind: Readonly<Record<CardKind, number>>;
    readonly participants: number;
    readonly actions: number;
    readonly votesCast: number;
    /** Ideas placed on the impact and effort matrix. */
    readonly ideasPlaced: number;
  };
  /**
   * The best ideas by {@link rankIdeas}, only those that were prioritised (voted on or placed
   * on the matrix): an unprioritised idea at the top would mislead the reader.
   */
  readonly topIdeas: readonly RankedIdea[];
  readonly actionsByRag: Readonly<Record<RagKey, readonly Action[]>>;
  /** An action with several points is listed under each, so these can add up to more than all. */
  readonly actionsByPoint: Readonly<Record<StarPointId, readonly Action[]>>;
  readonly actionsMissingOwner: readonly Action[];
  /** Neither a due date nor a timescale. */
  readonly actionsMissingDate: readonly Action[];
  readonly overdueActions: readonly Action[];
  /** Ideas no action takes forward (made from or linked to), best first by {@link rankIdeas}. */
  readonly ideasWithoutAction: readonly RankedIdea[];
  /** Known staff groups in the standard order, then any others A–Z, then "Not recorded". */
  readonly participantsByStaffGroup: readonly StaffGroupCount[];
}

export interface SummaryOptions {
  readonly topIdeas?: number;
}

const perPoint = <T>(make: () => T): Record<StarPointId, T> =>
  Object.fromEntries(STAR_POINT_IDS.map((p) => [p, make()])) as Record<StarPointId, T>;

const perKind = (): Record<CardKind, number> =>
  Object.fromEntries(CARD_KINDS.map((k) => [k, 0])) as Record<CardKind, number>;

const byPlanOrder = (a: Action, b: Action): number =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const STAFF_GROUP_INDEX = new Map<string, number>(STAFF_GROUPS.map((g, i) => [g, i]));
const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });

/** Attendees per staff group: standard groups in their usual order, others A–Z, "Not recorded" last. */
export const countStaffGroups = (participants: readonly Participant[]): StaffGroupCount[] => {
  const counts = new Map<string, number>();
  for (const p of participants) {
    const group = p.staffGroup.trim() || STAFF_GROUP_NOT_RECORDED;
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  // Standard groups first in their usual order, custom ones A–Z, "not recorded" last.
  const rankOf = (group: string): number =>
    STAFF_GROUP_INDEX.get(group) ??
    (group === STAFF_GROUP_NOT_RECORDED ? STAFF_GROUPS.length + 1 : STAFF_GROUPS.length);
  return [...counts]
    .map(([staffGroup, count]) => ({ staffGroup, count }))
    .sort(
      (a, b) =>
        rankOf(a.staffGroup) - rankOf(b.staffGroup) ||
        collator.compare(a.staffGroup, b.staffGroup) ||
        (a.staffGroup < b.staffGroup ? -1 : 1),
    );
};

/**
 * Ideas that no action takes forward, best first. An idea counts as covered as soon as any
 * action links it, whether the action was made from it or written in other words and linked.
 */
export const ideasWithoutAction = (
  ranked: readonly RankedIdea[],
  actions: readonly Pick<Action, 'ideaIds'>[],
): RankedIdea[] => {
  const covered = coveredIdeaIds(actions);
  return ranked.filter((r) => !covered.has(r.card.id));
};

export const workshopSummary = (
  content: WorkshopContent,
  today: string,
  options: SummaryOptions = {},
): WorkshopSummary => {
  const topN = Math.max(0, Math.trunc(options.topIdeas ?? DEFAULT_TOP_IDEAS));

  const cardCounts = perPoint(perKind);
  const byKind = perKind();
  let votesCast = 0;
  let ideasPlaced = 0;
  for (const card of content.cards) {
    cardCounts[card.point][card.kind] += 1;
    byKind[card.kind] += 1;
    if (card.kind === 'idea') {
      votesCast += card.votes;
      if (card.impact !== null && card.effort !== null) ideasPlaced += 1;
    }
  }

  const actions = [...content.actions].sort(byPlanOrder);
  const actionsByRag = Object.fromEntries(RAG_KEYS.map((k) => [k, [] as Action[]])) as Record<
    RagKey,
    Action[]
  >;
  const actionsByPoint = perPoint<Action[]>(() => []);
  const actionsMissingOwner: Action[] = [];
  const actionsMissingDate: Action[] = [];
  const overdueActions: Action[] = [];
  for (const action of actions) {
    actionsByRag[action.rag ?? 'not-set'].push(action);
    // A point listed twice (not possible through the UI) still counts once.
    for (const point of new Set(action.points)) actionsByPoint[point].push(action);
    if (!action.owner.trim()) actionsMissingOwner.push(action);
    if (!action.dueDate && action.timescale === null) actionsMissingDate.push(action);
    if (isOverdue(action, today)) overdueActions.push(action);
  }

  const ranked = rankIdeas(content.cards);
  const topIdeas = ranked
    .filter((r) => r.card.votes > 0 || r.quadrant !== 'unplaced')
    .slice(0, topN);

  return {
    cardCounts,
    totals: {
      cards: content.cards.length,
      byKind,
      participants: content.participants.length,
      actions: actions.length,
      votesCast,
      ideasPlaced,
    },
    topIdeas,
    actionsByRag,
    actionsByPoint,
    actionsMissingOwner,
    actionsMissingDate,
    overdueActions,
    ideasWithoutAction: ideasWithoutAction(ranked, content.actions),
    participantsByStaffGroup: countStaffGroups(content.participants),
  };
};
