import { useEffect, useRef, useState } from 'react';
import { nudgeForKey, QUADRANT_LABEL, quadrantOf, type Card } from '@shared/domain';
import { useApp } from '../../../store';

interface Props {
  readonly ideas: readonly Card[];
  readonly numbers: ReadonlyMap<string, number>;
}

interface Drag {
  readonly id: string;
  readonly impact: number;
  readonly effort: number;
}

const clamp = (n: number): number => Math.max(0, Math.min(100, Math.round(n)));

/**
 * The impact and effort matrix. Every idea is a button: drag it, or focus it and use the arrow
 * keys (Shift for bigger steps); the quadrant can also be chosen from the ranked list below.
 */
export function Matrix({ ideas, numbers }: Props) {
  const placeCard = useApp((s) => s.placeCard);
  const area = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The first placement moves a marker from the tray into the matrix (a new DOM node), so
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

  const fromPointer = (e: React.PointerEvent): { impact: number; effort: number } | null => {
    const rect = area.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return null;
    return {
      effort: clamp(((e.clientX - rect.left) / rect.width) * 100),
      impact: clamp(100 - ((e.clientY - rect.top) / rect.height) * 100),
    };
  };

  const handlers = (card: Card) => ({
    onPointerDown: (e: React.PointerEvent<HTMLButtonElement>) => {
      e.currentTarget.setPointerCapture(e.pointerId);
      setDrag({ id: card.id, impact: card.impact ?? 50, effort: card.effort ?? 50 });
    },
    onPointerMove: (e: React.PointerEvent) => {
      if (drag?.id !== card.id) return;
      const at = fromPointer(e);
      if (at) setDrag({ id: card.id, ...at });
    },
    onPointerUp: (e: React.PointerEvent) => {
      if (drag?.id !== card.id) return;
      const at = fromPointer(e);
      const rect = area.current?.getBoundingClientRect();
      const inside =
        rect &&
        e.clientX >= rect.left &&
        e.clientX <= rect.right &&
        e.clientY >= rect.top &&
        e.clientY <= rect.bottom;
      if (at && inside) announce(card, placeCard(card.id, at.impact, at.effort));
      setDrag(null);
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      const move = nudgeForKey(e.key, e.shiftKey);
      if (!move) return;
      e.preventDefault();
      refocus.current = card.id;
      const impact = (card.impact ?? 50) + (move.axis === 'impact' ? move.delta : 0);
      const effort = (card.effort ?? 50) + (move.axis === 'effort' ? move.delta : 0);
      announce(card, placeCard(card.id, clamp(impact), clamp(effort)));
    },
  });

  const announce = (card: Card, result: ReturnType<typeof placeCard>): void => {
    if (result.ok) {
      const c = result.value;
      setAnnouncement(
        `Idea ${String(numbers.get(card.id) ?? '')}: impact ${String(c.impact)}, effort ${String(c.effort)}, ${QUADRANT_LABEL[quadrantOf(c)]}.`,
      );
    }
  };

  const placed = ideas.filter((c) => c.impact !== null && c.effort !== null);
  const unplaced = ideas.filter((c) => c.impact === null || c.effort === null);

  const marker = (card: Card, inTray: boolean) => {
    const live = drag?.id === card.id ? drag : null;
    const impact = live?.impact ?? card.impact;
    const effort = live?.effort ?? card.effort;
    const n = numbers.get(card.id) ?? 0;
    const where =
      impact === null || effort === null
        ? 'not yet placed'
        : `impact ${String(impact)}, effort ${String(effort)}, ${QUADRANT_LABEL[quadrantOf({ impact, effort })]}`;
    return (
      <button
        key={card.id}
        data-card-id={card.id}
        type="button"
        className={`app-matrix__marker${inTray && !live ? ' app-matrix__marker--tray' : ''}${live ? ' app-matrix__marker--dragging' : ''}`}
        style={
          !inTray || live
            ? { left: `${String(effort ?? 50)}%`, top: `${String(100 - (impact ?? 50))}%` }
            : undefined
        }
        aria-label={`Idea ${String(n)}: ${card.text}. ${where}. Arrow keys move it.`}
        title={card.text}
        {...handlers(card)}
      >
        {n}
      </button>
    );
  };

  return (
    <section className="app-panel" aria-labelledby="matrix-title" ref={section}>
      <h2 className="nhsuk-heading-m" id="matrix-title">
        Impact and effort
      </h2>
      <p className="nhsuk-body" id="matrix-help">
        Drag each numbered idea onto the matrix, or select it and use the arrow keys: up and down
        for impact, left and right for effort (hold Shift for bigger steps).
      </p>
      <div className="app-matrix-wrap">
        <span className="app-matrix__axis app-matrix__axis--y" aria-hidden="true">
          Impact →
        </span>
        <div
          className="app-matrix"
          ref={area}
          role="group"
          aria-labelledby="matrix-title"
          aria-describedby="matrix-help"
        >
          <div className="app-matrix__quadrant app-matrix__quadrant--quick-win">
            {QUADRANT_LABEL['quick-win']}
          </div>
          <div className="app-matrix__quadrant app-matrix__quadrant--major">
            {QUADRANT_LABEL['major-project']}
          </div>
          <div className="app-matrix__quadrant app-matrix__quadrant--fill-in">
            {QUADRANT_LABEL['fill-in']}
          </div>
          <div className="app-matrix__quadrant app-matrix__quadrant--thankless">
            {QUADRANT_LABEL.thankless}
          </div>
          {placed.map((c) => marker(c, false))}
          {unplaced.filter((c) => drag?.id === c.id).map((c) => marker(c, false))}
        </div>
        <span className="app-matrix__axis app-matrix__axis--x" aria-hidden="true">
          Effort →
        </span>
      </div>
      {unplaced.length > 0 && (
        <div className="app-matrix-tray">
          <h3 className="nhsuk-heading-s">Not yet placed ({unplaced.length})</h3>
          <div className="app-matrix-tray__items">
            {unplaced.filter((c) => drag?.id !== c.id).map((c) => marker(c, true))}
          </div>
        </div>
      )}
      <p className="nhsuk-u-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
