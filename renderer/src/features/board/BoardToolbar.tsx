import { useReactFlow } from '@xyflow/react';
import {
  CARD_KINDS,
  CARD_KIND_LABEL,
  STAR_POINTS,
  type CardKind,
  type StarPointId,
} from '@shared/domain';
import type { BoardGeometry } from '@shared/domain';
import { plural } from '../../lib/format';
import { StarPointOptions } from '../../components/StarPointOptions';

interface Props {
  readonly geometry: BoardGeometry;
  readonly kinds: ReadonlySet<CardKind>;
  readonly onKinds: (kinds: ReadonlySet<CardKind>) => void;
  readonly point: StarPointId | null;
  readonly onPoint: (point: StarPointId | null) => void;
  readonly search: string;
  readonly onSearch: (search: string) => void;
  readonly matches: number;
  readonly revealed: ReadonlySet<StarPointId> | null;
  readonly onRevealed: (revealed: ReadonlySet<StarPointId> | null) => void;
}

const ZOOM = { padding: 0.08, duration: 300 };

/** Filters, search, "focus on a point" and reveal mode for the canvas. */
export function BoardToolbar(props: Props) {
  const flow = useReactFlow();
  const { geometry, kinds, revealed } = props;
  const focusOn = (id: StarPointId | 'all'): void => {
    void (id === 'all' ? flow.fitView(ZOOM) : flow.fitBounds(geometry.zones[id], ZOOM));
  };
  const nextHidden = STAR_POINTS.find((p) => revealed !== null && !revealed.has(p.id));

  return (
    <div className="app-board-toolbar">
      <fieldset className="app-board-toolbar__group">
        <legend className="nhsuk-u-font-size-16 app-board-toolbar__legend">Show</legend>
        {CARD_KINDS.map((k) => (
          <label key={k} className="app-board-toolbar__check">
            <input
              type="checkbox"
              checked={kinds.has(k)}
              onChange={(e) => {
                const next = new Set(kinds);
                if (e.target.checked) next.add(k);
                else next.delete(k);
                props.onKinds(next);
              }}
            />{' '}
            {CARD_KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      <div className="app-board-toolbar__group">
        <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor="board-filter-point">
          Star point
        </label>
        <select
          id="board-filter-point"
          className="nhsuk-select"
          value={props.point ?? ''}
          onChange={(e) => {
            props.onPoint(e.target.value === '' ? null : (e.target.value as StarPointId));
          }}
        >
          <StarPointOptions emptyLabel="All points" />
        </select>
      </div>
      <div className="app-board-toolbar__group">
        <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor="board-search">
          Search cards and actions
        </label>
        <input
          id="board-search"
          type="search"
          className="nhsuk-input app-board-toolbar__search"
          value={props.search}
          aria-describedby="board-search-count"
          onChange={(e) => {
            props.onSearch(e.target.value);
          }}
        />
        <span
          id="board-search-count"
          className="nhsuk-body-s app-board-toolbar__count"
          role="status"
        >
          {props.search.trim() === '' ? '' : `${plural(props.matches, 'match')} highlighted`}
        </span>
      </div>
      <fieldset className="app-board-toolbar__group">
        <legend className="nhsuk-u-font-size-16 app-board-toolbar__legend">Focus on</legend>
        <div className="app-board-toolbar__buttons">
          {STAR_POINTS.map((p) => (
            <button
              key={p.id}
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
              onClick={() => {
                focusOn(p.id);
              }}
            >
              {p.label}
            </button>
          ))}
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
            onClick={() => {
              focusOn('all');
            }}
          >
            Whole board
          </button>
        </div>
      </fieldset>
      <fieldset className="app-board-toolbar__group">
        <legend className="nhsuk-u-font-size-16 app-board-toolbar__legend">Reveal</legend>
        <div className="app-board-toolbar__buttons">
          {revealed === null ? (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
              onClick={() => {
                props.onRevealed(new Set());
              }}
            >
              One point at a time
            </button>
          ) : (
            <>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-0"
                disabled={!nextHidden}
                onClick={() => {
                  if (!nextHidden) return;
                  props.onRevealed(new Set([...revealed, nextHidden.id]));
                  focusOn(nextHidden.id);
                }}
              >
                {nextHidden ? `Reveal ${nextHidden.label}` : 'All points revealed'}
              </button>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                onClick={() => {
                  props.onRevealed(null);
                  focusOn('all');
                }}
              >
                Show all
              </button>
            </>
          )}
        </div>
      </fieldset>
    </div>
  );
}
