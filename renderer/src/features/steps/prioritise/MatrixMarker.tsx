import type { KeyboardEvent, PointerEvent } from 'react';
import { QUADRANT_LABEL, quadrantOf, type Card } from '@shared/domain';
import type { MatrixDrag } from './useMatrixDrag';

interface Props {
  readonly card: Card;
  readonly n: number;
  readonly inTray: boolean;
  /** The drag under way for this idea, if any. */
  readonly drag: MatrixDrag | null;
  readonly onPointerDown: (id: string, e: PointerEvent<HTMLElement>) => void;
  readonly onKeyDown: (card: Card, e: KeyboardEvent<HTMLElement>) => void;
}

/** Where an idea is, in words: the marker's name says it, as does the drop announcement. */
export const describePlace = (place: Pick<Card, 'impact' | 'effort'>): string =>
  place.impact === null || place.effort === null
    ? 'not yet placed'
    : `impact ${String(place.impact)}, effort ${String(place.effort)}, ${QUADRANT_LABEL[quadrantOf(place)]}`;

/**
 * One idea's numbered marker. While it is dragged it stays the same element where it is and is
 * only shifted on screen (CSS variables read by `_matrix.scss`), so the pointer is never lost;
 * the stored place, and so the name, change only when the drop is saved.
 */
export function MatrixMarker({ card, n, inTray, drag, onPointerDown, onKeyDown }: Props) {
  const style: Record<string, string> = {};
  if (!inTray && card.impact !== null && card.effort !== null) {
    style.left = `${String(card.effort)}%`;
    style.top = `${String(100 - card.impact)}%`;
  }
  if (drag) {
    style['--app-drag-x'] = `${String(drag.dx)}px`;
    style['--app-drag-y'] = `${String(drag.dy)}px`;
  }
  return (
    <button
      data-card-id={card.id}
      type="button"
      className={`app-matrix__marker${inTray ? ' app-matrix__marker--tray' : ''}${drag ? ' app-matrix__marker--dragging' : ''}`}
      style={style}
      aria-label={`Idea ${String(n)}: ${card.text}. ${describePlace(card)}. Arrow keys move it.`}
      title={card.text}
      onPointerDown={(e) => {
        onPointerDown(card.id, e);
      }}
      onKeyDown={(e) => {
        onKeyDown(card, e);
      }}
    >
      {n}
    </button>
  );
}
