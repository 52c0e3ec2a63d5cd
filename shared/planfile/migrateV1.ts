/**
 * Format 1 → 2: ideas carry a stored number, and actions link to any number of ideas.
 *
 * - Every idea card gets `number`, in capture order (created time, then id): the order the app
 *   numbered ideas on screen before numbers were stored, so the room keeps the numbers it saw.
 *   Other cards get `number: null`. The workshop gets `lastIdeaNumber`, the highest given.
 * - Each action's `sourceCardId` (one idea or null) becomes `ideaIds` (a list, empty for null).
 *
 * The input is untrusted and unvalidated: anything that is not the expected shape is passed on
 * unchanged for strict validation to refuse with a message, never guessed at.
 */
import { numberIdeas } from '../domain/ideaNumbers';
import { CARD_KINDS, type CardKind } from '../domain/schemas';
import type { Migration, RawEnvelope } from './migrations';

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface NumberableCard {
  readonly id: string;
  readonly kind: CardKind;
  readonly createdAt: string;
  readonly number: number | null;
  readonly raw: Loose;
}

/** A card as far as numbering needs it, or null when it is too damaged to number. */
const numberable = (card: Loose): NumberableCard | null =>
  typeof card.id === 'string' &&
  typeof card.createdAt === 'string' &&
  CARD_KINDS.some((k) => k === card.kind)
    ? {
        id: card.id,
        kind: card.kind as CardKind,
        createdAt: card.createdAt,
        number: null,
        raw: card,
      }
    : null;

const migrateCards = (cards: unknown): { cards: unknown; last: number } => {
  if (!Array.isArray(cards)) return { cards, last: 0 };
  const usable = cards.filter(isRecord).flatMap((c) => numberable(c) ?? []);
  const numbered = numberIdeas(usable);
  const numbers = new Map(numbered.cards.map((c) => [c.raw, c.number]));
  return {
    cards: cards.map((c: unknown) =>
      isRecord(c) && numbers.has(c) ? { ...c, number: numbers.get(c) ?? null } : c,
    ),
    last: numbered.lastIdeaNumber,
  };
};

const migrateAction = (action: unknown): unknown => {
  if (!isRecord(action) || !('sourceCardId' in action)) return action;
  const { sourceCardId, ...rest } = action;
  return { ...rest, ideaIds: sourceCardId === null ? [] : [sourceCardId] };
};

export const migrateV1toV2 = (envelope: RawEnvelope): Record<string, unknown> => {
  const { payload } = envelope;
  if (!isRecord(payload)) return { ...envelope, formatVersion: 2 };
  const { cards, last } = migrateCards(payload.cards);
  const workshop = isRecord(payload.workshop)
    ? { ...payload.workshop, lastIdeaNumber: last }
    : payload.workshop;
  const actions = Array.isArray(payload.actions)
    ? payload.actions.map(migrateAction)
    : payload.actions;
  return { ...envelope, formatVersion: 2, payload: { ...payload, workshop, cards, actions } };
};

export const MIGRATION_1_TO_2: Migration = {
  from: 1,
  to: 2,
  description:
    'Ideas get a stored number (capture order); actions link to ideas by `ideaIds` (was `sourceCardId`).',
  migrate: migrateV1toV2,
};
