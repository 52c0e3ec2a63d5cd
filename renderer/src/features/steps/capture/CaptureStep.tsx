import { STAR_POINTS, type CardKind } from '@shared/domain';
import { PointColumn } from './PointColumn';

/**
 * Current activity, gaps and ideas share one fast capture screen: each Star point has its
 * prompts, its cards and an input where Enter adds a card and keeps focus for the next.
 */
export function CaptureStep({ kind }: { kind: CardKind }) {
  return (
    <div className="app-capture-grid">
      {STAR_POINTS.map((point) => (
        <PointColumn key={point.id} point={point} kind={kind} />
      ))}
    </div>
  );
}
