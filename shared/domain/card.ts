/** Cards: what is said on each Star point during current activity, gaps and ideas. */
import type { Result, Stamp } from './result';
import { cardSchema, type Card, type CardKind } from './schemas';
import type { StarPointId } from './star';
import { parseWith, type FieldLabels } from './validate';

export const CARD_LABELS: FieldLabels = {
  text: 'card text',
  point: 'Star point',
  kind: 'card type',
  number: 'idea number',
  votes: 'votes',
  impact: 'impact',
  effort: 'effort',
  tags: 'tags',
};

export const CARD_KIND_LABEL: Readonly<Record<CardKind, string>> = {
  current: 'Current activity',
  gap: 'Gap or challenge',
  idea: 'Idea',
};

export const EMPTY_CARD_MESSAGE = 'Enter the card text';

export const validateCard = (candidate: unknown): Result<Card> => {
  const parsed = parseWith(cardSchema, candidate, CARD_LABELS);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    errors: parsed.errors.map((e) =>
      e.message === 'Enter a card text' ? { ...e, message: EMPTY_CARD_MESSAGE } : e,
    ),
  };
};

export const createCard = (
  workshopId: string,
  input: {
    kind: CardKind;
    point: StarPointId;
    text: string;
    tags?: readonly string[];
    /** Ideas only: from `nextIdeaNumber`. */
    number?: number | null;
  },
  order: number,
  stamp: Stamp,
): Result<Card> =>
  validateCard({
    id: stamp.id,
    workshopId,
    kind: input.kind,
    point: input.point,
    text: input.text.trim(),
    number: input.kind === 'idea' ? (input.number ?? null) : null,
    votes: 0,
    impact: null,
    effort: null,
    tags: [...(input.tags ?? [])],
    position: null,
    order,
    createdAt: stamp.now,
    updatedAt: stamp.now,
  });

export type CardPatch = Partial<
  Pick<Card, 'text' | 'point' | 'tags' | 'votes' | 'impact' | 'effort' | 'position' | 'order'>
>;

export const updateCard = (card: Card, patch: CardPatch, now: string): Result<Card> =>
  validateCard({
    ...card,
    ...patch,
    text: (patch.text ?? card.text).trim(),
    updatedAt: now,
  });
