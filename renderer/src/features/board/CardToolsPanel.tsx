import { useEffect, useRef, useState } from 'react';
import { CARD_KIND_LABEL, type StarPointId } from '@shared/domain';
import { useApp } from '../../store';
import { linkPatch, linkedIdeaIds, unlinkPatch } from './boardLinks';
import { pointLabel } from './nodes/cardLabels';
import { StarPointOptions } from '../../components/StarPointOptions';

interface Props {
  readonly cardId: string;
  readonly number: number | null;
  readonly onClose: () => void;
  readonly announce: (message: string) => void;
}

/**
 * The keyboard and menu alternative to every drag on the board: move a card to another
 * point, link an idea to an action (or unlink it), edit or delete it.
 */
export function CardToolsPanel({ cardId, number, onClose, announce }: Props) {
  const card = useApp((s) => s.cards.find((c) => c.id === cardId));
  const actions = useApp((s) => s.actions);
  const updateCard = useApp((s) => s.updateCard);
  const deleteCard = useApp((s) => s.deleteCard);
  const updateAction = useApp((s) => s.updateAction);
  const heading = useRef<HTMLHeadingElement>(null);
  const [point, setPoint] = useState<StarPointId>(card?.point ?? 'supply');
  const [actionId, setActionId] = useState('');

  useEffect(() => {
    heading.current?.focus();
  }, [cardId]);

  if (!card) return null;
  const linked = actions.filter((a) => linkedIdeaIds(a).includes(card.id));
  const unlinked = actions.filter((a) => !linkedIdeaIds(a).includes(card.id));
  const name = `${CARD_KIND_LABEL[card.kind]}${number === null ? '' : ` ${String(number)}`}`;

  return (
    <section
      className="app-board-tools"
      aria-labelledby="board-tools-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <h2 className="nhsuk-heading-s" id="board-tools-title" tabIndex={-1} ref={heading}>
        {name} on {pointLabel(card.point)}
      </h2>
      <p className="nhsuk-body-s app-board-tools__text" dir="auto">
        {card.text}
      </p>
      <div className="app-board-tools__row">
        <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor="board-tools-point">
          Move to Star point
        </label>
        <select
          id="board-tools-point"
          className="nhsuk-select"
          value={point}
          onChange={(e) => {
            setPoint(e.target.value as StarPointId);
          }}
        >
          <StarPointOptions />
        </select>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
          disabled={point === card.point}
          onClick={() => {
            // A new point lays the card out afresh in that zone's next free place.
            const result = updateCard(card.id, { point, position: null });
            if (result.ok) {
              announce(`Moved to ${pointLabel(point)}.`);
              // The Move button is now disabled: keep focus in the panel, on its new title.
              heading.current?.focus();
            }
          }}
        >
          Move
        </button>
      </div>
      {card.kind === 'idea' && (
        <div className="app-board-tools__row">
          <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor="board-tools-action">
            Link to an action
          </label>
          <select
            id="board-tools-action"
            className="nhsuk-select"
            value={actionId}
            disabled={unlinked.length === 0}
            onChange={(e) => {
              setActionId(e.target.value);
            }}
          >
            <option value="">
              {unlinked.length === 0 ? 'No actions to link' : 'Choose an action'}
            </option>
            {unlinked.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
            disabled={actionId === ''}
            onClick={() => {
              const action = actions.find((a) => a.id === actionId);
              if (!action) return;
              const result = updateAction(action.id, linkPatch(action, card.id));
              if (result.ok) {
                announce(`Linked to “${action.title}”.`);
                setActionId('');
                heading.current?.focus();
              }
            }}
          >
            Link
          </button>
        </div>
      )}
      {linked.length > 0 && (
        <ul className="nhsuk-list app-board-tools__links">
          {linked.map((a) => (
            <li key={a.id}>
              <span dir="auto">Linked to “{a.title}”</span>{' '}
              <button
                type="button"
                className="app-link-button"
                onClick={() => {
                  const patch = unlinkPatch(a, card.id);
                  if (patch && updateAction(a.id, patch).ok) {
                    announce(`Unlinked “${a.title}”.`);
                    heading.current?.focus();
                  }
                }}
              >
                Unlink<span className="nhsuk-u-visually-hidden"> “{a.title}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="app-board-tools__row">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--warning nhsuk-button--small nhsuk-u-margin-bottom-0"
          onClick={() => {
            deleteCard(card.id);
            announce('Card deleted. Press Ctrl+Z or Undo to bring it back.');
            onClose();
          }}
        >
          Delete card
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
          onClick={onClose}
        >
          Close
        </button>
      </div>
    </section>
  );
}
