import { memo, useState } from 'react';
import { ideaLabel, STAR_POINTS, type Card } from '@shared/domain';
import { useApp } from '../../../store';
import { CardTags } from './CardTags';
import {
  captureInputId,
  cardElementId,
  cardListHintId,
  cardToolId,
  focusSoon,
  neighbourId,
} from './cardFocus';

interface Props {
  readonly card: Card;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  /** The list's one Tab stop (roving tabindex): the others are reached with the arrow keys. */
  readonly isActive: boolean;
}

/**
 * A card: edit in place, move to another point, reorder, tag, delete (Undo brings it back).
 * Memoised: a card re-renders only when it, its first/last position or its Tab stop changes.
 * Its actions are not Tab stops (see cardFocus.ts); after each, focus lands on the card, the
 * next card or the capture box.
 */
export const CardItem = memo(function CardItem({ card, isFirst, isLast, isActive }: Props) {
  const updateCard = useApp((s) => s.updateCard);
  const deleteCard = useApp((s) => s.deleteCard);
  const moveInList = useApp((s) => s.moveCardInList);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(card.text);
  const [error, setError] = useState<string | undefined>();
  const short = card.text.length > 40 ? `${card.text.slice(0, 40)}…` : card.text;
  const editId = `card-edit-${card.id}`;
  const cardId = cardElementId(card.id);
  const textId = `${cardId}-text`;

  const stopEditing = (): void => {
    setDraft(card.text);
    setEditing(false);
    setError(undefined);
    focusSoon(cardId);
  };
  const save = (): void => {
    const result = updateCard(card.id, { text: draft });
    if (result.ok) {
      setEditing(false);
      setError(undefined);
      focusSoon(cardId);
    } else setError(result.errors[0]?.message);
  };
  const move = (direction: 'up' | 'down'): void => {
    moveInList(card.id, direction);
    // Stay on the button for the next press; at the end of the list it is disabled: the card.
    focusSoon(cardToolId(card.id, direction), cardId);
  };

  return (
    <li
      className="app-card"
      id={cardId}
      data-card-id={card.id}
      tabIndex={isActive ? 0 : -1}
      aria-labelledby={textId}
      aria-describedby={cardListHintId(card.kind, card.point)}
    >
      {editing ? (
        <div
          className={`nhsuk-form-group nhsuk-u-margin-bottom-2${error ? ' nhsuk-form-group--error' : ''}`}
        >
          <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor={editId}>
            Edit card
          </label>
          {error && (
            <span className="nhsuk-error-message" id={`${editId}-error`} role="alert">
              <span className="nhsuk-u-visually-hidden">Error:</span> {error}
            </span>
          )}
          <textarea
            id={editId}
            className={`nhsuk-textarea nhsuk-u-margin-bottom-2${error ? ' nhsuk-textarea--error' : ''}`}
            rows={3}
            value={draft}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${editId}-error` : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                save();
              } else if (e.key === 'Escape') {
                e.stopPropagation();
                stopEditing();
              }
            }}
          />
          <div className="app-inline-actions">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-0"
              onClick={save}
            >
              Save card
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
              onClick={stopEditing}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <>
          {/* The idea's number from capture on: what the room calls it when voting. */}
          {card.number !== null && <p className="app-card__number">{ideaLabel(card)}</p>}
          <p className="app-card__text" id={textId}>
            {card.text}
          </p>
        </>
      )}
      {card.tags.length > 0 && (
        <ul className="app-tag-list" aria-label="Tags">
          {card.tags.map((t) => (
            <li key={t} className="nhsuk-tag nhsuk-tag--grey app-tag">
              {t}
            </li>
          ))}
        </ul>
      )}
      {!editing && (
        <div className="app-card__tools">
          <button
            type="button"
            className="app-link-button"
            tabIndex={-1}
            data-card-tool="edit"
            onClick={() => {
              setDraft(card.text);
              setEditing(true);
            }}
          >
            Edit<span className="nhsuk-u-visually-hidden"> card ‘{short}’</span>
          </button>
          <button
            type="button"
            className="app-link-button"
            id={cardToolId(card.id, 'up')}
            tabIndex={-1}
            data-card-tool="up"
            disabled={isFirst}
            onClick={() => {
              move('up');
            }}
          >
            Up<span className="nhsuk-u-visually-hidden"> (move ‘{short}’ up)</span>
          </button>
          <button
            type="button"
            className="app-link-button"
            id={cardToolId(card.id, 'down')}
            tabIndex={-1}
            data-card-tool="down"
            disabled={isLast}
            onClick={() => {
              move('down');
            }}
          >
            Down<span className="nhsuk-u-visually-hidden"> (move ‘{short}’ down)</span>
          </button>
          <label className="nhsuk-u-visually-hidden" htmlFor={`move-${card.id}`}>
            Move ‘{short}’ to another point
          </label>
          <select
            id={`move-${card.id}`}
            className="nhsuk-select app-card__move"
            tabIndex={-1}
            data-card-tool="move"
            value={card.point}
            onChange={(e) => {
              const point = STAR_POINTS.find((p) => p.id === e.target.value);
              if (!point) return;
              updateCard(card.id, { point: point.id });
              // The card now lives in another point's list: follow it to its menu there, so
              // the next arrow key moves it on again.
              focusSoon(`move-${card.id}`, cardId);
            }}
          >
            {STAR_POINTS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id === card.point ? `In ${p.label}` : `Move to ${p.label}`}
              </option>
            ))}
          </select>
          <CardTags card={card} short={short} />
          <button
            type="button"
            className="app-link-button app-link-button--danger"
            tabIndex={-1}
            data-card-tool="delete"
            onClick={() => {
              const next = neighbourId(card.id) ?? captureInputId(card.kind, card.point);
              deleteCard(card.id);
              focusSoon(next);
            }}
          >
            Delete
            <span className="nhsuk-u-visually-hidden"> card ‘{short}’ (Undo brings it back)</span>
          </button>
        </div>
      )}
    </li>
  );
});
