/**
 * Upgrade functions for the IndexedDB schema versions in schema.ts. Each runs once, inside the
 * version-change transaction, on rows written by the previous version; it must leave every
 * row valid for the new schemas, because the load path validates what it reads.
 */
import type { Transaction } from 'dexie';
import { numberIdeas, type Action, type Card, type Workshop } from '@shared/domain';

/** A version 1 card or action: as now, without the fields version 2 added. */
type CardV1 = Omit<Card, 'number'>;
type ActionV1 = Omit<Action, 'ideaIds'> & { sourceCardId?: string | null };
type WorkshopV1 = Omit<Workshop, 'lastIdeaNumber'>;

/**
 * Version 2: each workshop's ideas are numbered in capture order (the numbers the app showed on
 * the Prioritise screen before they were stored), and each action's `sourceCardId` becomes
 * `ideaIds`. The same rules as the plan file's format 1 → 2 migration, from the same function.
 */
export const upgradeToV2 = async (tx: Transaction): Promise<void> => {
  const cards = tx.table<CardV1 & { number?: number | null }, string>('cards');
  const all = await cards.toArray();
  const byWorkshop = new Map<string, Card[]>();
  for (const c of all) {
    const list = byWorkshop.get(c.workshopId) ?? [];
    list.push({ ...c, number: c.number ?? null });
    byWorkshop.set(c.workshopId, list);
  }
  const last = new Map<string, number>();
  const numbered: Card[] = [];
  for (const [workshopId, list] of byWorkshop) {
    const result = numberIdeas(list);
    numbered.push(...result.cards);
    last.set(workshopId, result.lastIdeaNumber);
  }
  await cards.bulkPut(numbered);

  await tx
    .table<WorkshopV1 & { lastIdeaNumber?: number }, string>('workshops')
    .toCollection()
    .modify((w) => {
      w.lastIdeaNumber = Math.max(w.lastIdeaNumber ?? 0, last.get(w.id) ?? 0);
    });

  await tx
    .table<ActionV1 & { ideaIds?: string[] }, string>('actions')
    .toCollection()
    .modify((a) => {
      const source = a.sourceCardId;
      a.ideaIds = a.ideaIds ?? (typeof source === 'string' ? [source] : []);
      delete a.sourceCardId;
    });
};
