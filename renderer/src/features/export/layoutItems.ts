/** Builds the model's rows (ideas, actions, attendees, tag references) from domain objects. */
import {
  RAG_LABEL,
  STAR_POINTS,
  TIMESCALE_LABEL,
  groupByPoint,
  ideaNumbersById,
  numberIdeas,
  rankIdeas,
  starPoint,
  type Action,
  type Card,
  type Participant,
  type StarPointId,
} from '@shared/domain';
import { formatDate } from '../../lib/format';
import { PRIORITY_LABEL, actionDetails } from './actionDetails';
import type { ActionRow, AttendeeLine, IdeaItem, Reference } from './model';
import { clean, truncate, type Redactor } from './text';

/** Longest description kept in the action table; the point sections print it in full. */
export const TABLE_DESCRIPTION_LIMIT = 300;
export const TABLE_FIELD_LIMIT = 300;

const POINT_ORDER = new Map(STAR_POINTS.map((p, i) => [p.id, i]));
const pointIndex = (id: Card['point']): number => POINT_ORDER.get(id) ?? STAR_POINTS.length;

const byPointThenOrder = <T extends { order: number }>(point: (x: T) => Card['point']) => {
  return (a: T, b: T): number => pointIndex(point(a)) - pointIndex(point(b)) || a.order - b.order;
};

/** Ideas in Star order, each with its printed reference ("I7": its idea number) and its rank. */
export const buildIdeas = (
  cards: readonly Card[],
  redact: Redactor,
): { ideas: IdeaItem[]; refByCardId: Map<string, string> } => {
  const ranked = new Map(rankIdeas(cards).map((r) => [r.card.id, r]));
  const sorted = cards
    .filter((c) => c.kind === 'idea')
    .sort(byPointThenOrder((c: Card) => c.point));
  const refByCardId = new Map<string, string>();
  // The stored idea number, as the room saw it in the app (numberIdeas only fills a gap).
  const numbers = ideaNumbersById(numberIdeas(cards).cards);
  const ideas = sorted.map((card): IdeaItem => {
    const ref = `I${String(numbers.get(card.id) ?? '')}`;
    refByCardId.set(card.id, ref);
    const r = ranked.get(card.id);
    const text = redact(clean(card.text));
    return {
      ref,
      pointId: card.point,
      text,
      shortText: truncate(text, TABLE_FIELD_LIMIT),
      votes: card.votes,
      impact: card.impact,
      effort: card.effort,
      quadrant: r?.quadrant ?? 'unplaced',
      rank: r?.rank ?? sorted.length,
      tags: card.tags.map(clean),
    };
  });
  return { ideas, refByCardId };
};

const when = (a: Action): string => {
  if (a.startDate && a.dueDate) return `${formatDate(a.startDate)} to ${formatDate(a.dueDate)}`;
  if (a.dueDate) return `By ${formatDate(a.dueDate)}`;
  if (a.startDate) return `From ${formatDate(a.startDate)}`;
  return a.timescale ? TIMESCALE_LABEL[a.timescale] : 'Not set';
};

/**
 * Actions grouped under their lead (first) point, in Star order and then plan order, numbered
 * "A1"… in that order so the table reads A1, A2, A3 from top to bottom.
 */
export const buildActionGroups = (
  actions: readonly Action[],
  redact: Redactor,
  ideaRefs: ReadonlyMap<string, string>,
): { pointId: StarPointId; rows: ActionRow[] }[] => {
  const inPlanOrder = [...actions].sort((a, b) => a.order - b.order);
  let n = 0;
  return groupByPoint(inPlanOrder).map((group) => ({
    pointId: group.point,
    rows: group.rows.map(({ action: a, alsoUnder }): ActionRow => {
      n += 1;
      const text = (s: string): string => redact(clean(s));
      const description = text(a.description);
      return {
        id: a.id,
        ref: `A${n}`,
        title: text(a.title),
        description,
        tableDescription: truncate(description, TABLE_DESCRIPTION_LIMIT),
        owner: text(a.owner) || 'Not set',
        leadOrganisation: text(a.leadOrganisation) || 'Not set',
        when: when(a),
        priority: a.priority ? PRIORITY_LABEL[a.priority] : 'Not set',
        rag: a.rag,
        ragLabel: a.rag ? RAG_LABEL[a.rag] : 'Not set',
        successMeasure: text(a.successMeasure),
        tableSuccessMeasure: truncate(text(a.successMeasure), TABLE_FIELD_LIMIT),
        pointIds: [...a.points],
        alsoSupports: alsoUnder.map((p) => starPoint(p).label).join(', '),
        ideaRefs: a.ideaIds
          .flatMap((id) => ideaRefs.get(id) ?? [])
          .sort((x, y) => Number(x.slice(1)) - Number(y.slice(1))),
        tags: a.tags.map(clean),
        details: actionDetails(a, text),
      };
    }),
  }));
};

/** Attendees in their list order. Names only where `displayName` allows them. */
export const buildAttendees = (
  participants: readonly Participant[],
  anonymise: boolean,
): AttendeeLine[] =>
  [...participants]
    .sort((a, b) => a.order - b.order)
    .map((p) => ({
      name: !anonymise && p.mayBeNamed && p.name.trim() ? clean(p.name.trim()) : null,
      role: clean(p.role),
      organisation: clean(p.organisation),
      staffGroup: clean(p.staffGroup),
    }));

/**
 * Which ideas and actions carry each enabler and each other tag. Matching is case-insensitive,
 * because tags are typed by hand; enablers keep their workshop order, other tags sort A–Z.
 */
export const buildReferences = (
  enablers: readonly string[],
  ideas: readonly IdeaItem[],
  actions: readonly ActionRow[],
): { enablers: Reference[]; tags: Reference[] } => {
  const key = (s: string): string => s.trim().toLocaleLowerCase('en-GB');
  const refs = new Map<string, { name: string; refs: string[] }>();
  const enablerKeys = new Set(enablers.map(key));
  for (const e of enablers) refs.set(key(e), { name: clean(e), refs: [] });
  for (const item of [...ideas, ...actions]) {
    for (const tag of new Set(item.tags.map(key))) {
      const original = item.tags.find((t) => key(t) === tag) ?? tag;
      const entry = refs.get(tag) ?? { name: original.trim(), refs: [] };
      entry.refs.push(item.ref);
      refs.set(tag, entry);
    }
  }
  const all = [...refs.entries()];
  return {
    enablers: all.filter(([k]) => enablerKeys.has(k)).map(([, v]) => v),
    tags: all
      .filter(([k]) => !enablerKeys.has(k))
      .map(([, v]) => v)
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  };
};
