/** Dot votes and matrix placement: thin wrappers that commit the domain's results. */
import {
  castVote,
  placeOnMatrix,
  removeFromMatrix,
  removeVote,
  resetVotes,
  voteAllowance,
  type Card,
  type Result,
} from '@shared/domain';
import type { StateCreator } from 'zustand';
import type { EntitySlice } from './entityTypes';
import type { AppState, StoreDeps } from './types';

type VotingOps = Pick<EntitySlice, 'castVote' | 'removeVote' | 'resetVotes' | 'placeCard'>;

export const allowanceOf = (s: AppState): number => {
  const workshop = s.workshops.find((w) => w.id === s.currentId);
  return voteAllowance(workshop?.votesPerPerson ?? 0, s.participants.length);
};

export const createVotingOps =
  ({ now }: StoreDeps): StateCreator<AppState, [], [], VotingOps> =>
  (_set, get) => {
    const commitCard = (result: Result<Card>, label: string, key?: string): Result<Card> => {
      if (result.ok) {
        const before = get().cards.find((c) => c.id === result.value.id) ?? null;
        get().commit([{ table: 'cards', before, after: result.value }], label, key);
      }
      return result;
    };
    return {
      castVote: (cardId) =>
        commitCard(castVote(get().cards, cardId, allowanceOf(get()), now()), 'Add vote'),
      removeVote: (cardId) => commitCard(removeVote(get().cards, cardId, now()), 'Remove vote'),
      resetVotes: () => {
        const cards = get().cards;
        const changed = resetVotes(cards, now());
        get().commit(
          changed.map((after) => ({
            table: 'cards' as const,
            before: cards.find((c) => c.id === after.id) ?? null,
            after,
          })),
          'Reset votes',
        );
      },
      placeCard: (cardId, impact, effort) => {
        const card = get().cards.find((c) => c.id === cardId);
        if (!card)
          return { ok: false, errors: [{ field: 'id', message: 'This idea no longer exists' }] };
        const result =
          impact === null || effort === null
            ? removeFromMatrix(card, now())
            : placeOnMatrix(card, impact, effort, now());
        return commitCard(result, 'Place idea on matrix', `matrix:${cardId}`);
      },
    };
  };
