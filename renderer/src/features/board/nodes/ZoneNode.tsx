import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { STAR_POINTS } from '@shared/domain';
import { useBoard } from '../boardContext';
import type { ZoneNode as ZoneNodeType } from '../boardModel';

/** One point of the Star: a labelled zone in the point's colour. Double-click adds a card. */
export const ZoneNode = memo(function ZoneNode({ data }: NodeProps<ZoneNodeType>) {
  const board = useBoard();
  const point = STAR_POINTS.find((p) => p.id === data.pointId);
  if (!point) return null;
  return (
    <div
      className={`app-board-zone${data.isHidden ? ' app-board-zone--hidden' : ''}`}
      style={{ '--zone-colour': point.colour } as React.CSSProperties}
      data-zone={point.id}
      onDoubleClick={(e) => {
        e.stopPropagation();
        board.addInPoint(point.id);
      }}
    >
      <div className="app-board-zone__label">
        <span className="app-board-zone__name">{point.label}</span>
        <span className="app-board-zone__count">
          {data.count} {data.count === 1 ? 'card' : 'cards'}
        </span>
      </div>
      {data.isHidden && <p className="app-board-zone__veil">Not yet revealed</p>}
    </div>
  );
});
