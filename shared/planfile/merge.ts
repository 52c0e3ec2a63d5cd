/**
 * Merging breakout files into one plan, purely. Breakout groups start from copies of the same
 * plan and add or edit items; merging keeps the base workshop (scope, steps, notes) and, per
 * incoming item: the same id with the same content, or a card with the same kind, point and
 * normalised text (an action: same normalised title and points; an attendee: same name, role
 * and organisation) is merged into the existing one; the same id with different content is a
 * conflict the facilitator resolves (`resolveConflict`); anything else is added, and flagged as
 * a near-duplicate when its text is ≥ 80% similar (token Jaccard) to an existing item.
 * Order, `updatedAt` and `workshopId` are ignored when comparing: they differ between copies
 * without anyone meaning to change the item.
 */
import type { WorkshopContent } from '../domain/workshop';
import type { Action, Card, Participant } from '../domain/schemas';
import { COUNT_LIMITS } from './constants';
import { repairContent, type Repair } from './repair';
import { comparable, naturalKey, nearText, type KindMap, type MergeKind } from './mergeRules';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, tokensOf } from './similarity';

export type { MergeKind } from './mergeRules';

export interface MergeSource {
  /** How the facilitator knows this file, e.g. its name: "Breakout B.heestar". */
  readonly label: string;
  readonly content: WorkshopContent;
}

export interface ItemRef {
  readonly kind: MergeKind;
  readonly id: string;
  readonly source: string;
}
export interface IdenticalItem extends ItemRef {
  /** The id of the item it was merged into. */
  readonly mergedInto: string;
}
export interface NearDuplicate extends ItemRef {
  readonly similarTo: string;
  readonly similarity: number;
}
export interface ConflictVersion<T> {
  /** `base` for the plan being merged into, otherwise the incoming file's label. */
  readonly source: string;
  readonly item: T;
}
export type MergeConflict = {
  [K in MergeKind]: {
    readonly kind: K;
    readonly id: string;
    readonly versions: readonly ConflictVersion<KindMap[K]>[];
  };
}[MergeKind];

export interface MergeReport {
  readonly added: readonly ItemRef[];
  readonly identical: readonly IdenticalItem[];
  readonly nearDuplicates: readonly NearDuplicate[];
  /** Until resolved, the merged content holds the base (first) version. */
  readonly conflicts: readonly MergeConflict[];
  /** Items left out because the plan reached its count limit. */
  readonly skipped: readonly ItemRef[];
  /** Link fixes made to keep the merged plan consistent. */
  readonly repairs: readonly Repair[];
}

export interface MergeResult {
  readonly content: WorkshopContent;
  readonly report: MergeReport;
}

export const BASE_SOURCE = 'base';

interface Report {
  added: ItemRef[];
  identical: IdenticalItem[];
  nearDuplicates: NearDuplicate[];
  conflicts: MergeConflict[];
  skipped: ItemRef[];
}

/** Items of one kind being merged, with where each came from and its cached word sets. */
interface Pool<T> {
  readonly items: T[];
  readonly origin: Map<string, string>;
  readonly tokens: Map<string, ReadonlySet<string>>;
}

const poolOf = <T extends { readonly id: string }>(items: readonly T[]): Pool<T> => ({
  items: [...items],
  origin: new Map(items.map((item) => [item.id, BASE_SOURCE])),
  tokens: new Map(),
});

interface Step<K extends MergeKind> {
  readonly kind: K;
  readonly pool: Pool<KindMap[K]>;
  readonly source: string;
  readonly workshopId: string;
  readonly limit: number;
  readonly report: Report;
}

const mostSimilar = <K extends MergeKind>(
  step: Step<K>,
  item: KindMap[K],
): { id: string; similarity: number } | undefined => {
  const textOf = nearText[step.kind] as (i: KindMap[K]) => { group: string; text: string } | null;
  const near = textOf(item);
  if (!near) return undefined;
  const { tokens: cache } = step.pool;
  const words = (other: KindMap[K], text: string): ReadonlySet<string> => {
    const cached = cache.get(other.id);
    if (cached) return cached;
    const fresh = tokensOf(text);
    cache.set(other.id, fresh);
    return fresh;
  };
  const tokens = tokensOf(near.text);
  let best: { id: string; similarity: number } | undefined;
  for (const other of step.pool.items) {
    const otherText = textOf(other);
    if (otherText?.group !== near.group) continue;
    const similarity = jaccard(tokens, words(other, otherText.text));
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && similarity > (best?.similarity ?? 0))
      best = { id: other.id, similarity };
  }
  return best;
};

/** Merge one file's items of one kind; returns incoming id → id in the merged plan. */
const mergeInto = <K extends MergeKind>(
  step: Step<K>,
  incoming: readonly KindMap[K][],
): Map<string, string> => {
  const { kind, pool, source, report } = step;
  const keyOf = naturalKey[kind] as (item: KindMap[K]) => string | null;
  const byId = new Map(pool.items.map((item, i) => [item.id, i]));
  const byKey = new Map<string, string>();
  for (const item of pool.items) {
    const key = keyOf(item);
    if (key !== null && !byKey.has(key)) byKey.set(key, item.id);
  }
  const mergedIds = new Map<string, string>();
  let nextOrder = pool.items.reduce((max, item) => Math.max(max, item.order), 0) + 1;
  for (const item of incoming) {
    const index = byId.get(item.id);
    const existing = index === undefined ? undefined : pool.items[index];
    const key = keyOf(item);
    const sameAs = existing?.id ?? (key === null ? undefined : byKey.get(key));
    if (existing && comparable(existing) !== comparable(item)) {
      addConflict(kind, existing, pool.origin.get(existing.id) ?? BASE_SOURCE, item, step);
    } else if (sameAs !== undefined) {
      report.identical.push({ kind, id: item.id, source, mergedInto: sameAs });
    } else if (pool.items.length >= step.limit) {
      report.skipped.push({ kind, id: item.id, source });
      continue;
    } else {
      const near = mostSimilar(step, item);
      if (near)
        report.nearDuplicates.push({
          kind,
          id: item.id,
          source,
          similarTo: near.id,
          similarity: near.similarity,
        });
      byId.set(item.id, pool.items.length);
      if (key !== null) byKey.set(key, item.id);
      pool.items.push({ ...item, workshopId: step.workshopId, order: nextOrder });
      pool.origin.set(item.id, source);
      nextOrder += 1;
      report.added.push({ kind, id: item.id, source });
    }
    mergedIds.set(item.id, sameAs ?? item.id);
  }
  return mergedIds;
};

const addConflict = <K extends MergeKind>(
  kind: K,
  existing: KindMap[K],
  existingSource: string,
  item: KindMap[K],
  step: Step<K>,
): void => {
  const { report } = step;
  const found = report.conflicts.find((c) => c.kind === kind && c.id === item.id);
  const versions = (found?.versions ?? [
    { source: existingSource, item: existing },
  ]) as ConflictVersion<KindMap[K]>[];
  if (versions.some((v) => comparable(v.item) === comparable(item))) return;
  const next = {
    kind,
    id: item.id,
    versions: [...versions, { source: step.source, item }],
  } as MergeConflict;
  report.conflicts = found
    ? report.conflicts.map((c) => (c === found ? next : c))
    : [...report.conflicts, next];
};

/** Merge breakout files into `base`. Pure: neither argument is changed. */
export const mergePlans = (
  base: WorkshopContent,
  incoming: readonly MergeSource[],
): MergeResult => {
  const workshopId = base.workshop.id;
  const participants = poolOf(base.participants);
  const cards = poolOf(base.cards);
  const actions = poolOf(base.actions);
  const report: Report = {
    added: [],
    identical: [],
    nearDuplicates: [],
    conflicts: [],
    skipped: [],
  };
  for (const { label: source, content } of incoming) {
    const common = { source, workshopId, report };
    mergeInto(
      { ...common, kind: 'participant', pool: participants, limit: COUNT_LIMITS.participants },
      content.participants,
    );
    const cardIds = mergeInto(
      { ...common, kind: 'card', pool: cards, limit: COUNT_LIMITS.cards },
      content.cards,
    );
    // Links follow their ideas into the merged plan; two ideas merged into one link once.
    const linked = content.actions.map((a) =>
      a.ideaIds.length === 0
        ? a
        : { ...a, ideaIds: [...new Set(a.ideaIds.map((id) => cardIds.get(id) ?? id))] },
    );
    mergeInto({ ...common, kind: 'action', pool: actions, limit: COUNT_LIMITS.actions }, linked);
  }
  const repaired = repairContent({
    workshop: base.workshop,
    participants: participants.items,
    cards: cards.items,
    actions: actions.items,
  });
  return { content: repaired.content, report: { ...report, repairs: repaired.repairs } };
};

/** Keep version `choice` of a conflict (index into its `versions`) and drop the conflict. */
export const resolveConflict = (
  result: MergeResult,
  conflict: { readonly kind: MergeKind; readonly id: string },
  choice: number,
): MergeResult => {
  const found = result.report.conflicts.find(
    (c) => c.kind === conflict.kind && c.id === conflict.id,
  );
  const version = found?.versions[choice];
  if (!found || !version) return result;
  const { content } = result;
  const replace = <T extends { readonly id: string; readonly order: number }>(
    items: readonly T[],
    chosen: T,
  ): T[] =>
    items.map((item) =>
      item.id === chosen.id
        ? { ...chosen, workshopId: content.workshop.id, order: item.order }
        : item,
    );
  const chosen = version.item;
  const next: WorkshopContent = {
    ...content,
    participants:
      found.kind === 'participant'
        ? replace(content.participants, chosen as Participant)
        : content.participants,
    cards: found.kind === 'card' ? replace(content.cards, chosen as Card) : content.cards,
    actions: found.kind === 'action' ? replace(content.actions, chosen as Action) : content.actions,
  };
  const repaired = repairContent(next);
  return {
    content: repaired.content,
    report: {
      ...result.report,
      conflicts: result.report.conflicts.filter((c) => c !== found),
      repairs: [...result.report.repairs, ...repaired.repairs],
    },
  };
};
