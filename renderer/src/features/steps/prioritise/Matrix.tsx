import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { nudgeForKey, QUADRANT_LABEL, type Card } from '@shared/domain';
import { useApp } from '../../../store';
import { describePlace, MatrixMarker } from './MatrixMarker';
import { useMatrixDrag, type DropTarget, type MatrixDrag } from './useMatrixDrag';

interface Props {
  readonly ideas: readonly Card[];
  readonly numbers: ReadonlyMap<string, number>;
}

const clamp = (n: number): number => Math.max(0, Math.min(100, Math.round(n)));

/** What letting go now would do, shown under the matrix while dragging. */
const dropHint = (drag: MatrixDrag, card: Card | undefined, n: string): string => {
  const placed = card?.impact != null && card.effort != null;
  switch (drag.target.kind) {
    case 'matrix':
      return `Let go to put idea ${n} at ${describePlace(drag.target)}.`;
    case 'tray':
      return placed
        ? `Let go to take idea ${n} off the matrix.`
        : `Let go to leave idea ${n} not yet placed.`;
    case 'none':
      return placed
        ? `Let go to leave idea ${n} where it was.`
        : `Let go to leave idea ${n} not yet placed.`;
  }
};

/**
 * The impact and effort matrix. Every idea is a button: drag it with the mouse (onto the
 * "Not yet placed" tray to take it off again), or focus it and use the arrow keys (Shift for
 * bigger steps); the ranked table below has the same places as numbers and quadrants.
 */
export function Matrix({ ideas, numbers }: Props) {
  const placeCard = useApp((s) => s.placeCard);
  const matrixRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLDivElement>(null);
  const trayRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  // Placing an idea moves its marker between the tray and the matrix (a new DOM node), so
  // keyboard focus is put back on it after the render.
  const refocus = useRef<string | null>(null);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (refocus.current === null) return;
    const target = section.current?.querySelector<HTMLButtonElement>(
      `[data-card-id="${refocus.current}"]`,
    );
    refocus.current = null;
    if (target && document.activeElement !== target) target.focus();
  });

  const numberOf = (id: string): string => String(numbers.get(id) ?? '');

  const announce = (card: Card, result: ReturnType<typeof placeCard>): void => {
    if (!result.ok) return;
    refocus.current = card.id;
    const where = describePlace(result.value);
    setAnnouncement(
      `Idea ${numberOf(card.id)}: ${where === 'not yet placed' ? 'taken off the matrix, not yet placed' : where}.`,
    );
  };

  const onDrop = (id: string, target: DropTarget): void => {
    const card = ideas.find((c) => c.id === id);
    if (!card) return;
    if (target.kind === 'matrix') announce(card, placeCard(id, target.impact, target.effort));
    else if (target.kind === 'tray' && card.impact !== null && card.effort !== null) {
      announce(card, placeCard(id, null, null));
    }
  };
  const { drag, startDrag } = useMatrixDrag(
    { matrix: matrixRef, field: fieldRef, tray: trayRef },
    onDrop,
  );

  const onKeyDown = (card: Card, e: KeyboardEvent<HTMLElement>): void => {
    const move = nudgeForKey(e.key, e.shiftKey);
    if (!move) return;
    e.preventDefault();
    const impact = (card.impact ?? 50) + (move.axis === 'impact' ? move.delta : 0);
    const effort = (card.effort ?? 50) + (move.axis === 'effort' ? move.delta : 0);
    announce(card, placeCard(card.id, clamp(impact), clamp(effort)));
  };

  const placed = ideas.filter((c) => c.impact !== null && c.effort !== null);
  const unplaced = ideas.filter((c) => c.impact === null || c.effort === null);
  const marker = (card: Card, inTray: boolean) => (
    <MatrixMarker
      key={card.id}
      card={card}
      n={numbers.get(card.id) ?? 0}
      inTray={inTray}
      drag={drag?.id === card.id ? drag : null}
      onPointerDown={startDrag}
      onKeyDown={onKeyDown}
    />
  );
  const dragged = drag ? ideas.find((c) => c.id === drag.id) : undefined;

  return (
    <section className="app-panel app-matrix-section" aria-labelledby="matrix-title" ref={section}>
      <h2 className="nhsuk-heading-m" id="matrix-title">
        Impact and effort
      </h2>
      <p className="nhsuk-body" id="matrix-help">
        Drag each numbered idea onto the matrix, or select it and use the arrow keys: up and down
        for impact, left and right for effort (hold Shift for bigger steps). Drag an idea back to
        ‘Not yet placed’ to take it off. The table of ranked ideas below has the same places as
        numbers.
      </p>
      <div className={`app-matrix-wrap${drag ? ' app-matrix-wrap--dragging' : ''}`}>
        <span className="app-matrix__axis app-matrix__axis--y" aria-hidden="true">
          Impact →
        </span>
        <div
          className="app-matrix"
          ref={matrixRef}
          role="group"
          aria-labelledby="matrix-title"
          aria-describedby="matrix-help"
        >
          {/* Labels sit in bands above and below the area markers can reach, so no marker
              ever covers them. */}
          <div className="app-matrix__labels" aria-hidden="true">
            <span className="app-matrix__label app-matrix__label--quick-win">
              {QUADRANT_LABEL['quick-win']}
            </span>
            <span className="app-matrix__label">{QUADRANT_LABEL['major-project']}</span>
          </div>
          <div className="app-matrix__plot">
            <div className="app-matrix__tint" aria-hidden="true" />
            <div className="app-matrix__divider app-matrix__divider--across" aria-hidden="true" />
            <div className="app-matrix__field" ref={fieldRef}>
              {placed.map((c) => marker(c, false))}
            </div>
          </div>
          <div className="app-matrix__labels" aria-hidden="true">
            <span className="app-matrix__label">{QUADRANT_LABEL['fill-in']}</span>
            <span className="app-matrix__label">{QUADRANT_LABEL.thankless}</span>
          </div>
          <div className="app-matrix__divider app-matrix__divider--down" aria-hidden="true" />
        </div>
        <span className="app-matrix__axis app-matrix__axis--x" aria-hidden="true">
          Effort →
        </span>
      </div>
      <p className="app-matrix__hint" aria-hidden="true">
        {drag ? dropHint(drag, dragged, numberOf(drag.id)) : ''}
      </p>
      <div
        className={`app-matrix-tray${drag?.target.kind === 'tray' ? ' app-matrix-tray--over' : ''}`}
        ref={trayRef}
      >
        <h3 className="nhsuk-heading-s">Not yet placed ({unplaced.length})</h3>
        {unplaced.length > 0 ? (
          <div className="app-matrix-tray__items">{unplaced.map((c) => marker(c, true))}</div>
        ) : (
          <p className="nhsuk-body-s">
            Every idea is on the matrix. Drag one here to take it off again.
          </p>
        )}
      </div>
      <p className="nhsuk-u-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
