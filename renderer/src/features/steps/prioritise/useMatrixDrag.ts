/**
 * Mouse, pen and touch dragging for the matrix markers. The drag lives here, not in the
 * marker: the pointer is followed with listeners on `window`, so nothing is lost when React
 * re-renders a marker, and the marker stays the same element (in the tray or on the matrix)
 * until the drop is saved. A press that moves less than DRAG_THRESHOLD is a click and moves
 * nothing. Escape, a cancelled pointer or the window losing focus abandon the drag, leaving
 * the idea where it was.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { placementAtPoint } from '@shared/domain';

/** CSS px a press must travel before it counts as a drag rather than a click. */
export const DRAG_THRESHOLD = 5;

/** Where a drop would land: a spot on the matrix, the tray (off the matrix), or nowhere. */
export type DropTarget =
  | { readonly kind: 'matrix'; readonly impact: number; readonly effort: number }
  | { readonly kind: 'tray' }
  | { readonly kind: 'none' };

export interface MatrixDrag {
  readonly id: string;
  /** How far the marker has moved from where it was picked up, in CSS px. */
  readonly dx: number;
  readonly dy: number;
  readonly target: DropTarget;
}

interface Areas {
  /** The whole matrix, labels included: a drop anywhere on it places the idea. */
  readonly matrix: RefObject<HTMLElement | null>;
  /** The box the 0–100 scales span. */
  readonly field: RefObject<HTMLElement | null>;
  /** "Not yet placed": a drop here takes the idea off the matrix. */
  readonly tray: RefObject<HTMLElement | null>;
}

interface Press {
  readonly id: string;
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  /** Pointer minus the marker's centre, so the marker's centre is what lands. */
  readonly grabX: number;
  readonly grabY: number;
  moved: boolean;
  target: DropTarget;
}

const contains = (el: HTMLElement | null, x: number, y: number): boolean => {
  const r = el?.getBoundingClientRect();
  return !!r && r.width > 0 && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
};

export const useMatrixDrag = (
  areas: Areas,
  onDrop: (id: string, target: DropTarget) => void,
): {
  readonly drag: MatrixDrag | null;
  readonly startDrag: (id: string, e: React.PointerEvent<HTMLElement>) => void;
} => {
  const [drag, setDrag] = useState<MatrixDrag | null>(null);
  const press = useRef<Press | null>(null);
  const stop = useRef<(() => void) | null>(null);
  const drop = useRef(onDrop);
  useEffect(() => {
    drop.current = onDrop;
  });
  // Leaving the step mid-drag must not leave listeners behind.
  useEffect(() => () => stop.current?.(), []);

  const targetAt = useCallback(
    (x: number, y: number): DropTarget => {
      if (contains(areas.matrix.current, x, y)) {
        const box = areas.field.current?.getBoundingClientRect();
        if (box) return { kind: 'matrix', ...placementAtPoint({ x, y }, box) };
      }
      if (contains(areas.tray.current, x, y)) return { kind: 'tray' };
      return { kind: 'none' };
    },
    [areas.matrix, areas.field, areas.tray],
  );

  const startDrag = useCallback(
    (id: string, e: React.PointerEvent<HTMLElement>): void => {
      if (e.button !== 0) return;
      stop.current?.();
      const box = e.currentTarget.getBoundingClientRect();
      press.current = {
        id,
        pointerId: e.pointerId,
        startX: e.clientX,
        startY: e.clientY,
        grabX: e.clientX - (box.left + box.width / 2),
        grabY: e.clientY - (box.top + box.height / 2),
        moved: false,
        target: { kind: 'none' },
      };

      const end = (): void => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        window.removeEventListener('pointercancel', onCancel);
        window.removeEventListener('keydown', onKey, true);
        window.removeEventListener('blur', onCancel);
        press.current = null;
        stop.current = null;
        setDrag(null);
      };
      const onMove = (ev: PointerEvent): void => {
        const p = press.current;
        if (!p || ev.pointerId !== p.pointerId) return;
        const dx = ev.clientX - p.startX;
        const dy = ev.clientY - p.startY;
        if (!p.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
        p.moved = true;
        p.target = targetAt(ev.clientX - p.grabX, ev.clientY - p.grabY);
        setDrag({ id: p.id, dx, dy, target: p.target });
      };
      const onUp = (ev: PointerEvent): void => {
        const p = press.current;
        if (!p || ev.pointerId !== p.pointerId) return;
        const target = p.moved ? targetAt(ev.clientX - p.grabX, ev.clientY - p.grabY) : null;
        end();
        if (target) drop.current(p.id, target);
      };
      const onCancel = (): void => {
        end();
      };
      // Capture phase, so Escape ends only the drag and not presentation mode as well.
      const onKey = (ev: KeyboardEvent): void => {
        if (ev.key !== 'Escape') return;
        ev.preventDefault();
        ev.stopPropagation();
        end();
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
      window.addEventListener('keydown', onKey, true);
      window.addEventListener('blur', onCancel);
      stop.current = end;
    },
    [targetAt],
  );

  return { drag, startDrag };
};
