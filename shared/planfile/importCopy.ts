/**
 * Importing never overwrites: a restored plan is given fresh ids throughout (workshop, every
 * attendee, card, action and progress note), with links between them kept, so it can be
 * stored beside the original even on the install that wrote it.
 */
import type { WorkshopContent } from '../domain/progress';

export interface ImportCopyOptions {
  /** Makes a new unique id, e.g. `() => crypto.randomUUID()` in the renderer. */
  readonly newId: () => string;
  /** ISO date-time of the import, recorded as the workshop's `updatedAt`. */
  readonly now: string;
}

/** A copy of `content` with new ids and links remapped, out of the Trash. Pure. */
export const copyForImport = (
  content: WorkshopContent,
  { newId, now }: ImportCopyOptions,
): WorkshopContent => {
  const workshopId = newId();
  const cardIds = new Map(content.cards.map((c) => [c.id, newId()]));
  return {
    workshop: { ...content.workshop, id: workshopId, updatedAt: now, deletedAt: null },
    participants: content.participants.map((p) => ({ ...p, id: newId(), workshopId })),
    cards: content.cards.map((c) => ({ ...c, id: cardIds.get(c.id) ?? newId(), workshopId })),
    actions: content.actions.map((a) => ({
      ...a,
      id: newId(),
      workshopId,
      // A link to an idea not in the copy is dropped, never left dangling.
      ideaIds: a.ideaIds.flatMap((id) => cardIds.get(id) ?? []),
      progressNotes: a.progressNotes.map((n) => ({ ...n, id: newId() })),
    })),
  };
};
