/** Duplicating a workshop copies everything in it under new ids, keeping internal links. */
import type { Action, Card, Participant, Workshop } from '@shared/domain';

export interface WorkshopCopy {
  readonly workshop: Workshop;
  readonly participants: Participant[];
  readonly cards: Card[];
  readonly actions: Action[];
}

export const copyWorkshopContent = (
  source: {
    workshop: Workshop;
    participants: readonly Participant[];
    cards: readonly Card[];
    actions: readonly Action[];
  },
  title: string,
  newId: () => string,
  now: string,
): WorkshopCopy => {
  const workshopId = newId();
  const cardIds = new Map(source.cards.map((c) => [c.id, newId()]));
  const stamp = { workshopId, createdAt: now, updatedAt: now };
  return {
    workshop: {
      ...source.workshop,
      id: workshopId,
      scope: { ...source.workshop.scope, title },
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    },
    participants: source.participants.map((p) => ({ ...p, ...stamp, id: newId() })),
    cards: source.cards.map((c) => ({ ...c, ...stamp, id: cardIds.get(c.id) ?? newId() })),
    actions: source.actions.map((a) => ({
      ...a,
      ...stamp,
      id: newId(),
      // A link to an idea not in the copy is dropped, never left dangling.
      ideaIds: a.ideaIds.flatMap((id) => cardIds.get(id) ?? []),
    })),
  };
};
