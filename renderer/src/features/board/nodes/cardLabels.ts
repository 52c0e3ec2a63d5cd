import { plural } from '../../../lib/format';
import { CARD_KIND_LABEL, STAR_POINTS, type Card, type CardKind } from '@shared/domain';

/** Each kind has its own mark and word, so kinds never depend on colour alone. */
export const KIND_MARK: Readonly<Record<CardKind, string>> = {
  current: '■',
  gap: '▲',
  idea: '●',
};

export const KIND_SHORT: Readonly<Record<CardKind, string>> = {
  current: 'Now',
  gap: 'Gap',
  idea: 'Idea',
};

export const pointLabel = (id: Card['point']): string =>
  STAR_POINTS.find((p) => p.id === id)?.label ?? id;

/** What a screen reader hears on a card: its point, kind and text. */
export const cardAccessibleName = (card: Card, number: number | null): string => {
  const kind = `${CARD_KIND_LABEL[card.kind]}${number === null ? '' : ` ${String(number)}`}`;
  const votes = card.kind === 'idea' ? ` ${plural(card.votes, 'vote')}.` : '';
  return `${kind} on ${pointLabel(card.point)}: ${card.text}.${votes}`;
};
