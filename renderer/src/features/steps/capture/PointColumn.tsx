import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CardKind, StarPoint } from '@shared/domain';
import { useApp } from '../../../store';
import { CardItem } from './CardItem';
import { CaptureInput } from './CaptureInput';
import { cardListHintId, onCardListKeyDown } from './cardFocus';

interface Props {
  readonly point: StarPoint;
  readonly kind: CardKind;
}

export function PointColumn({ point, kind }: Props) {
  const cards = useApp(
    useShallow((s) => s.cards.filter((c) => c.kind === kind && c.point === point.id)),
  );
  // The card that holds the list's one Tab stop: the last one focused, else the first.
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = cards.some((c) => c.id === activeId) ? activeId : (cards[0]?.id ?? null);
  const headingId = `point-${kind}-${point.id}`;

  return (
    <section
      className="app-point-column"
      style={{ borderTopColor: point.colour }}
      aria-labelledby={headingId}
    >
      <h2 className="nhsuk-heading-s app-point-column__title" id={headingId}>
        <span className="app-point-dot" style={{ background: point.colour }} aria-hidden="true" />
        {point.label} <span className="app-count">({cards.length})</span>
      </h2>
      <details className="nhsuk-details app-prompts">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Prompts</span>
        </summary>
        <div className="nhsuk-details__text">
          <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-font-size-16">
            {point.prompts[kind].map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      </details>
      <p className="nhsuk-u-visually-hidden" id={cardListHintId(kind, point.id)}>
        Up and down arrows move between cards. Right arrow reaches the card’s actions. Enter edits
        the card.
      </p>
      {cards.length > 0 && (
        <ol
          className="app-card-list"
          aria-label={`${point.label} cards`}
          onKeyDown={onCardListKeyDown}
          onFocus={(e) => {
            const id = (e.target as HTMLElement).closest<HTMLElement>('[data-card-id]')?.dataset
              .cardId;
            if (id !== undefined && id !== active) setActiveId(id);
          }}
        >
          {cards.map((card, i) => (
            <CardItem
              key={card.id}
              card={card}
              isFirst={i === 0}
              isLast={i === cards.length - 1}
              isActive={card.id === active}
            />
          ))}
        </ol>
      )}
      <CaptureInput point={point} kind={kind} />
    </section>
  );
}
