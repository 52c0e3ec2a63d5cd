import { STAR_POINTS, type CardKind } from '@shared/domain';
import { PointColumn } from './PointColumn';
import { captureInputId } from './cardFocus';

/**
 * Current activity, gaps and ideas share one fast capture screen: each Star point has its
 * prompts, its cards and an input where Enter adds a card and keeps focus for the next.
 * Skip links (shown when focused) jump straight to each point's capture box.
 */
export function CaptureStep({ kind }: { kind: CardKind }) {
  return (
    <>
      <nav className="app-capture-skip" aria-label="Capture boxes">
        <ul className="app-capture-skip__list">
          {STAR_POINTS.map((point) => {
            const target = captureInputId(kind, point.id);
            return (
              <li key={point.id}>
                <a
                  className="app-capture-skip__link"
                  href={`#${target}`}
                  onClick={(e) => {
                    // The hash belongs to the router: move focus here instead.
                    e.preventDefault();
                    document.getElementById(target)?.focus();
                  }}
                >
                  Skip to Add to {point.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="app-capture-grid">
        {STAR_POINTS.map((point) => (
          <PointColumn key={point.id} point={point} kind={kind} />
        ))}
      </div>
    </>
  );
}
