/**
 * The one rule for copying a workshop under new ids, used by Duplicate and by importing a plan
 * file (issue 9 item 6), so a duplicate and an import of the same workshop are alike:
 *
 * - Every id is new: the workshop, each attendee, card, action and progress note. A copy
 *   shares no id with its source, so it can sit beside it (even on the install that wrote the
 *   file) and be merged or exported again without clashes.
 * - Links between items are remapped to the new ids; a link to an item not in the copy is
 *   dropped, never left dangling. Idea numbers (and the workshop's idea counter) are kept.
 * - The workshop is a new record: created and last edited now, live (out of the Trash), with
 *   an optional new title. Everything inside keeps its own dates: they are its history, and
 *   `createdAt` breaks ties in list order, so the copy lists items in the same order.
 */
import type { Action, Card, Participant, Workshop } from './schemas';
import type { WorkshopContent } from './workshop';

export interface WorkshopCopy {
  readonly workshop: Workshop;
  readonly participants: Participant[];
  readonly cards: Card[];
  readonly actions: Action[];
}

export interface CopyOptions {
  /** Makes a new unique id, e.g. `() => crypto.randomUUID()` in the renderer. */
  readonly newId: () => string;
  /** ISO date-time of the copy: the new workshop's `createdAt` and `updatedAt`. */
  readonly now: string;
  /** The copy's title; the source's title when not given. */
  readonly title?: string;
}

/** An action's links to ideas, remapped to the copy's card ids; links it cannot map go. */
const remapIdeaLinks = (
  action: Action,
  cardIds: ReadonlyMap<string, string>,
): Pick<Action, 'ideaIds'> => ({
  ideaIds: action.ideaIds.flatMap((id) => cardIds.get(id) ?? []),
});

/** A copy of `content` under new ids with links kept. Pure. */
export const copyWorkshopContent = (
  content: WorkshopContent,
  { newId, now, title }: CopyOptions,
): WorkshopCopy => {
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
      ...remapIdeaLinks(a, cardIds),
      progressNotes: a.progressNotes.map((n) => ({ ...n, id: newId() })),
    })),
  };
};
