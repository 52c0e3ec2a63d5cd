/**
 * Edits to participants, cards and actions. Each one validates through the domain, then is
 * committed as row changes (state + write queue + undo history in one step).
 */
import {
  actionFromIdea,
  createAction,
  createCard,
  createParticipant,
  moveDown,
  moveUp,
  nextIdeaNumber,
  nextOrder,
  updateAction,
  updateCard,
  updateParticipant,
  validateWorkshop,
  withIdeaLink,
  type Card,
  type Result,
} from '@shared/domain';
import type { Change } from './changes';
import type { EntitySlice } from './entityTypes';
import { createVotingOps } from './votingOps';
import type { SliceCreator } from './types';

const missing = <T>(what: string): Result<T> => ({
  ok: false,
  errors: [{ field: 'id', message: `This ${what} no longer exists` }],
});

export const createEntitySlice: SliceCreator<EntitySlice> = (deps) => (set, get, api) => {
  // `set` is used by the voting ops through the same creator signature.
  const { newId, now } = deps;
  const workshopId = (): string => get().currentId ?? '';
  const stamp = () => ({ id: newId(), now: now() });

  const siblingsOf = (card: Pick<Card, 'kind' | 'point'>): Card[] =>
    get().cards.filter((c) => c.kind === card.kind && c.point === card.point);

  return {
    addParticipant: (input) => {
      const result = createParticipant(workshopId(), input, nextOrder(get().participants), stamp());
      if (result.ok)
        get().commit(
          [{ table: 'participants', before: null, after: result.value }],
          'Add attendee',
        );
      return result;
    },
    updateParticipant: (id, patch) => {
      const before = get().participants.find((p) => p.id === id);
      if (!before) return missing('attendee');
      const result = updateParticipant(before, patch, now());
      if (result.ok) {
        get().commit(
          [{ table: 'participants', before, after: result.value }],
          'Edit attendee',
          `participant:${id}:${Object.keys(patch).join()}`,
        );
      }
      return result;
    },
    removeParticipant: (id) => {
      const before = get().participants.find((p) => p.id === id);
      if (before) get().commit([{ table: 'participants', before, after: null }], 'Remove attendee');
    },
    moveParticipant: (id, direction) => {
      const list = get().participants;
      const changed = (direction === 'up' ? moveUp : moveDown)(list, id, now());
      get().commit(
        changed.map((after): Change => ({
          table: 'participants',
          before: list.find((p) => p.id === after.id) ?? null,
          after,
        })),
        'Reorder attendees',
      );
    },

    addCard: (kind, point, text) => {
      const workshop = get().workshops.find((w) => w.id === workshopId());
      const number =
        kind === 'idea' && workshop ? nextIdeaNumber(get().cards, workshop.lastIdeaNumber) : null;
      const result = createCard(
        workshopId(),
        { kind, point, text, number },
        nextOrder(siblingsOf({ kind, point })),
        stamp(),
      );
      if (!result.ok) return result;
      // The workshop remembers the number so it is never given again, even after a delete;
      // undo takes back the card and the counter together.
      const counted: Change[] =
        workshop && number !== null
          ? [
              {
                table: 'workshops',
                before: workshop,
                after: { ...workshop, lastIdeaNumber: number },
              },
            ]
          : [];
      get().commit([{ table: 'cards', before: null, after: result.value }, ...counted], 'Add card');
      return result;
    },
    updateCard: (id, patch) => {
      const before = get().cards.find((c) => c.id === id);
      if (!before) return missing('card');
      // Moving to another point puts the card at the end of that point's list.
      const order =
        patch.point && patch.point !== before.point
          ? nextOrder(siblingsOf({ kind: before.kind, point: patch.point }))
          : undefined;
      const result = updateCard(before, order === undefined ? patch : { ...patch, order }, now());
      if (result.ok) {
        get().commit(
          [{ table: 'cards', before, after: result.value }],
          patch.point ? 'Move card' : 'Edit card',
          `card:${id}:${Object.keys(patch).join()}`,
        );
      }
      return result;
    },
    deleteCard: (id) => {
      const before = get().cards.find((c) => c.id === id);
      if (!before) return;
      // Actions linked to this card lose the link; undo restores both together.
      const unlinked = get()
        .actions.filter((a) => a.ideaIds.includes(id))
        .map((a): Change => ({
          table: 'actions',
          before: a,
          after: { ...a, ideaIds: withIdeaLink(a, id, false), updatedAt: now() },
        }));
      get().commit([{ table: 'cards', before, after: null }, ...unlinked], 'Delete card');
    },
    moveCardInList: (id, direction) => {
      const card = get().cards.find((c) => c.id === id);
      if (!card) return;
      const list = siblingsOf(card);
      const changed = (direction === 'up' ? moveUp : moveDown)(list, id, now());
      get().commit(
        changed.map((after): Change => ({
          table: 'cards',
          before: list.find((c) => c.id === after.id) ?? null,
          after,
        })),
        'Reorder cards',
      );
    },

    ...createVotingOps(deps)(set, get, api),

    addAction: (input) => {
      const result = createAction(workshopId(), input, nextOrder(get().actions), stamp());
      if (result.ok)
        get().commit([{ table: 'actions', before: null, after: result.value }], 'Add action');
      return result;
    },
    actionFromCard: (cardId) => {
      const card = get().cards.find((c) => c.id === cardId);
      if (!card) return missing('idea');
      const result = actionFromIdea(card, nextOrder(get().actions), stamp());
      if (result.ok)
        get().commit(
          [{ table: 'actions', before: null, after: result.value }],
          'Turn idea into action',
        );
      return result;
    },
    updateAction: (id, patch) => {
      const before = get().actions.find((a) => a.id === id);
      if (!before) return missing('action');
      const result = updateAction(before, patch, now());
      if (result.ok) {
        get().commit(
          [{ table: 'actions', before, after: result.value }],
          'Edit action',
          `action:${id}:${Object.keys(patch).join()}`,
        );
      }
      return result;
    },
    deleteAction: (id) => {
      const before = get().actions.find((a) => a.id === id);
      if (before) get().commit([{ table: 'actions', before, after: null }], 'Delete action');
    },

    setVotesPerPerson: (votes) => {
      const before = get().workshops.find((w) => w.id === workshopId());
      if (!before) return missing('workshop');
      const result = validateWorkshop({ ...before, votesPerPerson: votes, updatedAt: now() });
      if (!result.ok) {
        return {
          ok: false,
          errors: [
            {
              field: 'votesPerPerson',
              message: 'Votes per person must be a whole number from 1 to 50',
            },
          ],
        };
      }
      get().commit(
        [{ table: 'workshops', before, after: result.value }],
        'Change votes per person',
        'votesPerPerson',
      );
      return result;
    },
  };
};
