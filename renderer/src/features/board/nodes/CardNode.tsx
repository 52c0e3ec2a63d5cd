import { memo, useRef, useState } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { dropCard } from '@shared/domain';
import { useApp } from '../../../store';
import { useBoard } from '../boardContext';
import type { CardNode as CardNodeType } from '../boardModel';
import { KIND_MARK, KIND_SHORT, cardAccessibleName } from './cardLabels';

/** Arrow keys move a card this far; with Shift, four times as far. */
const KEY_STEP = 20;
const ARROWS: Readonly<Record<string, { dx: number; dy: number }>> = {
  ArrowLeft: { dx: -1, dy: 0 },
  ArrowRight: { dx: 1, dy: 0 },
  ArrowUp: { dx: 0, dy: -1 },
  ArrowDown: { dx: 0, dy: 1 },
};

/**
 * A card on the board: its kind (mark and word), idea number and votes, and its text. Focus it
 * and use the arrow keys to move it, Enter to edit, M for its tools, Delete to delete it.
 */
export const CardNode = memo(function CardNode({
  data,
  positionAbsoluteX,
  positionAbsoluteY,
}: NodeProps<CardNodeType>) {
  const { card, number, isMatch, isEditable } = data;
  const board = useBoard();
  const updateCard = useApp((s) => s.updateCard);
  const deleteCard = useApp((s) => s.deleteCard);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(card.text);
  const [error, setError] = useState<string | null>(null);
  const self = useRef<HTMLDivElement>(null);

  const finishEdit = (save: boolean): void => {
    if (save) {
      const result = updateCard(card.id, { text: draft });
      if (!result.ok) {
        setError(result.errors[0]?.message ?? 'Check the card text');
        return;
      }
      board.announce('Card saved.');
    }
    setEditing(false);
    setError(null);
    requestAnimationFrame(() => self.current?.focus());
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>): void => {
    if (e.target !== e.currentTarget || !isEditable) return;
    const arrow = ARROWS[e.key];
    if (arrow) {
      e.preventDefault();
      e.stopPropagation();
      const step = KEY_STEP * (e.shiftKey ? 4 : 1);
      const target = {
        x: positionAbsoluteX + arrow.dx * step,
        y: positionAbsoluteY + arrow.dy * step,
      };
      // Arrow keys keep a card inside its own point; the tools panel moves it to another.
      const zone = board.geometry.zones[card.point];
      const drop = dropCard(board.geometry, {
        x: Math.min(Math.max(target.x, zone.x), zone.x + zone.width),
        y: Math.min(Math.max(target.y, zone.y), zone.y + zone.height),
      });
      if (drop?.point === card.point) updateCard(card.id, { position: drop.position });
      return;
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setDraft(card.text);
      setEditing(true);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      deleteCard(card.id);
      board.announce('Card deleted. Press Ctrl+Z to undo.');
    } else if (e.key.toLowerCase() === 'm') {
      e.preventDefault();
      board.openCardTools(card.id);
    }
  };

  const nameId = `board-card-${card.id}`;
  return (
    <div
      ref={self}
      className={`app-board-card app-board-card--${card.kind}${isMatch ? ' app-board-card--match' : ''}`}
      tabIndex={0}
      role="group"
      aria-roledescription="card"
      aria-labelledby={nameId}
      aria-describedby="board-card-help"
      data-card-id={card.id}
      onKeyDown={onKeyDown}
      onDoubleClick={(e) => {
        if (!isEditable) return;
        e.stopPropagation();
        setDraft(card.text);
        setEditing(true);
      }}
    >
      <span className="nhsuk-u-visually-hidden" id={nameId}>
        {cardAccessibleName(card, number)}
      </span>
      <div className="app-board-card__head" aria-hidden="true">
        <span className="app-board-card__kind">
          <span className="app-board-card__mark">{KIND_MARK[card.kind]}</span>{' '}
          {KIND_SHORT[card.kind]}
          {number !== null && <strong className="app-board-card__number"> {number}</strong>}
        </span>
        {card.kind === 'idea' && card.votes > 0 && (
          <span className="app-board-card__votes">
            {card.votes} {card.votes === 1 ? 'vote' : 'votes'}
          </span>
        )}
      </div>
      {editing ? (
        <div className="app-board-card__edit nodrag nowheel">
          <label className="nhsuk-u-visually-hidden" htmlFor={`${nameId}-edit`}>
            Card text
          </label>
          <textarea
            id={`${nameId}-edit`}
            className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
            value={draft}
            autoFocus
            rows={3}
            dir="auto"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${nameId}-error` : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
            }}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                finishEdit(true);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                finishEdit(false);
              }
            }}
            onBlur={() => {
              if (draft === card.text) finishEdit(false);
            }}
          />
          {error && (
            <span className="app-board-card__error" id={`${nameId}-error`} role="alert">
              {error}
            </span>
          )}
        </div>
      ) : (
        <p className="app-board-card__text" dir="auto" aria-hidden="true">
          {card.text}
        </p>
      )}
      {isEditable && !editing && (
        <button
          type="button"
          className="app-board-card__tools nodrag"
          tabIndex={-1}
          aria-hidden="true"
          title="Card tools (M)"
          onClick={(e) => {
            e.stopPropagation();
            board.openCardTools(card.id);
          }}
        >
          ⋯
        </button>
      )}
      {card.kind === 'idea' && (
        <Handle
          type="source"
          position={Position.Right}
          className="app-board-handle"
          isConnectable={isEditable}
          title="Drag to an action to link this idea"
        />
      )}
    </div>
  );
});
