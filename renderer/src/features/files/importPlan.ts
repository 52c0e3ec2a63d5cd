/**
 * Importing a plan always makes a NEW workshop: fresh ids for the workshop and every item in
 * it, links remapped, all written in one transaction. Nothing already in the library is read
 * for writing, overwritten or deleted, so importing the same file twice gives two workshops.
 */
import type { Action, Card, Participant, Workshop, WorkshopContent } from '@shared/domain';
import type { StarDatabase } from '../../db';

export interface ImportDeps {
  readonly db: StarDatabase;
  readonly newId: () => string;
  readonly now: () => string;
}

export interface ImportedContent {
  readonly workshop: Workshop;
  readonly participants: Participant[];
  readonly cards: Card[];
  readonly actions: Action[];
}

/** A copy of `content` under new ids, live (not in the Trash), stamped as created now. Pure. */
export const remapForImport = (
  content: WorkshopContent,
  newId: () => string,
  now: string,
  title?: string,
): ImportedContent => {
  const workshopId = newId();
  const cardIds = new Map(content.cards.map((c) => [c.id, newId()]));
  return {
    workshop: {
      ...content.workshop,
      id: workshopId,
      scope: { ...content.workshop.scope, title: title ?? content.workshop.scope.title },
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    },
    participants: content.participants.map((p) => ({ ...p, id: newId(), workshopId })),
    cards: content.cards.map((c) => ({ ...c, id: cardIds.get(c.id) ?? newId(), workshopId })),
    actions: content.actions.map((a) => ({
      ...a,
      id: newId(),
      workshopId,
      progressNotes: a.progressNotes.map((n) => ({ ...n, id: newId() })),
      // A link to an idea not in the copy is dropped, never left dangling.
      ideaIds: a.ideaIds.flatMap((id) => cardIds.get(id) ?? []),
    })),
  };
};

/** Writes the copy in one transaction: either the whole workshop arrives or none of it. */
export const importAsNewWorkshop = async (
  content: WorkshopContent,
  deps: ImportDeps,
  title?: string,
): Promise<Workshop> => {
  const copy = remapForImport(content, deps.newId, deps.now(), title);
  const { db } = deps;
  await db.transaction('rw', [db.workshops, db.participants, db.cards, db.actions], async () => {
    // `add`, not `put`: a clash with an existing id fails the transaction instead of overwriting.
    await db.workshops.add(copy.workshop);
    await db.participants.bulkAdd(copy.participants);
    await db.cards.bulkAdd(copy.cards);
    await db.actions.bulkAdd(copy.actions);
  });
  return copy.workshop;
};
