import type {
  Action,
  ActionInput,
  Card,
  CardKind,
  CardPatch,
  Participant,
  ParticipantInput,
  Result,
  StarPointId,
  Workshop,
} from '@shared/domain';

export interface EntitySlice {
  addParticipant: (input: ParticipantInput) => Result<Participant>;
  updateParticipant: (id: string, patch: ParticipantInput) => Result<Participant>;
  removeParticipant: (id: string) => void;
  moveParticipant: (id: string, direction: 'up' | 'down') => void;

  addCard: (kind: CardKind, point: StarPointId, text: string) => Result<Card>;
  updateCard: (id: string, patch: CardPatch) => Result<Card>;
  deleteCard: (id: string) => void;
  moveCardInList: (id: string, direction: 'up' | 'down') => void;

  setVotesPerPerson: (votes: number) => Result<Workshop>;
  castVote: (cardId: string) => Result<Card>;
  removeVote: (cardId: string) => Result<Card>;
  resetVotes: () => void;
  placeCard: (cardId: string, impact: number | null, effort: number | null) => Result<Card>;

  addAction: (
    input: ActionInput & { title: string; points: readonly StarPointId[] },
  ) => Result<Action>;
  actionFromCard: (cardId: string) => Result<Action>;
  updateAction: (id: string, patch: ActionInput) => Result<Action>;
  deleteAction: (id: string) => void;
}
