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
import type { WorkshopContent } from '../domain/progress';
import type { Action, Card, Participant } from '../domain/schemas';
import { canonicalJson } from './canonicalJson';
import { COUNT_LIMITS } from './constants';
import { repairContent, type Repair } from './repair';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, normaliseText, tokensOf } from './similarity';

interface KindMap {
  participant: Participant;
  card: Card;
  action: Action;
}
export type MergeKind = keyof KindMap;

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

const IGNORED_IN_COMPARISON = new Set(['workshopId', 'updatedAt', 'order']);

const comparable = (item: object): string =>
  canonicalJson(
    Object.fromEntries(Object.entries(item).filter(([key]) => !IGNORED_IN_COMPARISON.has(key))),
  );

/** The natural key two independently created copies of one item would share. */
const naturalKey = {
  participant: (p: Participant) =>
    p.name.trim() ? [p.name, p.role, p.organisation].map(normaliseText).join('|') : null,
  card: (c: Card) => `${c.kind}|${c.point}|${normaliseText(c.text)}`,
  action: (a: Action) => `${[...a.points].sort().join(',')}|${normaliseText(a.title)}`,
} satisfies { [K in MergeKind]: (item: KindMap[K]) => string | null };

/** Items compared for near-duplicates: same group, similar text. Attendees are not compared. */
const nearText = {
  participant: () => null,
  card: (c: Card) => ({ group: `${c.kind}|${c.point}`, text: c.text }),
  action: (a: Action) => ({ group: 'action', text: a.title }),
} satisfies {
  [K in MergeKind]: (item: KindMap[K]) => { group: string; text: string } | null;
};

interface Report {
  added: ItemRef[];
  identical: IdenticalItem[];
  nearDuplicates: NearDuplicate[];
  conflicts: MergeConflict[];
  skipped: ItemRef[];
}

const mergeInto = <K extends MergeKind>(
  kind: K,
  pool: KindMap[K][],
  incoming: readonly KindMap[K][],
  source: string,
  workshopId: string,
  limit: number,
  report: Report,
): Map<string, string> => {
  const keyOf = naturalKey[kind] as (item: KindMap[K]) => string | null;
  const textOf = nearText[kind] as (item: KindMap[K]) => { group: string; text: string } | null;
  const byId = new Map(pool.map((item, i) => [item.id, i]));
  const byKey = new Map<string, string>();
  for (const item of pool) {
    const key = keyOf(item);
    if (key !== null && !byKey.has(key)) byKey.set(key, item.id);
  }
  const mergedIds = new Map<string, string>();
  let nextOrder = pool.reduce((max, item) => Math.max(max, item.order), 0) + 1;
  for (const item of incoming) {
    const index = byId.get(item.id);
    const existing = index === undefined ? undefined : pool[index];
    if (existing) {
      if (comparable(existing) !== comparable(item))
        addConflict(kind, existing, item, source, report);
      else report.identical.push({ kind, id: item.id, source, mergedInto: existing.id });
      mergedIds.set(item.id, existing.id);
      continue;
    }
    const key = keyOf(item);
    const sameAs = key === null ? undefined : byKey.get(key);
    if (sameAs !== undefined) {
      report.identical.push({ kind, id: item.id, source, mergedInto: sameAs });
      mergedIds.set(item.id, sameAs);
      continue;
    }
    if (pool.length >= limit) {
      report.skipped.push({ kind, id: item.id, source });
      continue;
    }
    const near = textOf(item);
    if (near) {
      const tokens = tokensOf(near.text);
      let best: { id: string; similarity: number } | undefined;
      for (const other of pool) {
        const otherText = textOf(other);
        if (otherText?.group !== near.group) continue;
        const similarity = jaccard(tokens, tokensOf(otherText.text));
        if (similarity >= NEAR_DUPLICATE_THRESHOLD && similarity > (best?.similarity ?? 0))
          best = { id: other.id, similarity };
      }
      if (best)
        report.nearDuplicates.push({
          kind,
          id: item.id,
          source,
          similarTo: best.id,
          similarity: best.similarity,
        });
    }
    byId.set(item.id, pool.length);
    if (key !== null) byKey.set(key, item.id);
    pool.push({ ...item, workshopId, order: nextOrder });
    nextOrder += 1;
    report.added.push({ kind, id: item.id, source });
    mergedIds.set(item.id, item.id);
  }
  return mergedIds;
};

const addConflict = <K extends MergeKind>(
  kind: K,
  existing: KindMap[K],
  item: KindMap[K],
  source: string,
  report: Report,
): void => {
  const found = report.conflicts.find((c) => c.kind === kind && c.id === item.id);
  const versions = (found?.versions ?? [
    { source: BASE_SOURCE, item: existing },
  ]) as ConflictVersion<KindMap[K]>[];
  if (versions.some((v) => comparable(v.item) === comparable(item))) return;
  const next = { kind, id: item.id, versions: [...versions, { source, item }] } as MergeConflict;
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
  const participants = [...base.participants];
  const cards = [...base.cards];
  const actions = [...base.actions];
  const report: Report = {
    added: [],
    identical: [],
    nearDuplicates: [],
    conflicts: [],
    skipped: [],
  };
  for (const { label, content } of incoming) {
    mergeInto(
      'participant',
      participants,
      content.participants,
      label,
      workshopId,
      COUNT_LIMITS.participants,
      report,
    );
    const cardIds = mergeInto(
      'card',
      cards,
      content.cards,
      label,
      workshopId,
      COUNT_LIMITS.cards,
      report,
    );
    const linked = content.actions.map((a) =>
      a.sourceCardId === null
        ? a
        : { ...a, sourceCardId: cardIds.get(a.sourceCardId) ?? a.sourceCardId },
    );
    mergeInto('action', actions, linked, label, workshopId, COUNT_LIMITS.actions, report);
  }
  const repaired = repairContent({ workshop: base.workshop, participants, cards, actions });
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
