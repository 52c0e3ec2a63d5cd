import { useState } from 'react';
import {
  QUADRANT_LABEL,
  QUADRANTS,
  spreadInQuadrant,
  starPoint,
  type Quadrant,
  type RankedIdea,
} from '@shared/domain';
import { useApp } from '../../../store';
import { plural } from '../../../lib/format';
import { NhsCell, NhsRow, NhsTable, type NhsColumn } from '../../../components/NhsTable';
import { PlaceInput } from './PlaceInput';

const RANKED_COLUMNS: readonly NhsColumn[] = [
  'Rank',
  'Idea',
  'Point',
  'Votes',
  'Impact',
  'Effort',
  'Quadrant',
].map((label) => ({ key: label, label }));

interface Props {
  readonly ranked: readonly RankedIdea[];
  readonly numbers: ReadonlyMap<string, number>;
}

export function RankedIdeas({ ranked, numbers }: Props) {
  const castVote = useApp((s) => s.castVote);
  const removeVote = useApp((s) => s.removeVote);
  const placeCard = useApp((s) => s.placeCard);
  const [problem, setProblem] = useState<{ id: string; message: string } | null>(null);

  return (
    <section aria-labelledby="ranked-title">
      <h2 className="nhsuk-heading-m" id="ranked-title">
        Ideas ranked
      </h2>
      <p className="nhsuk-body">
        Ranked by votes, then by quadrant. Quick wins are highlighted. Impact and effort are the
        places on the matrix, from 0 to 100: type a number to move an idea.
      </p>
      <NhsTable
        caption="Ideas ranked by votes then quadrant"
        columns={RANKED_COLUMNS}
        className="app-ranked-table"
        scrollClassName="app-ranked-scroll"
      >
        {ranked.map(({ card, rank, quadrant }) => {
          const n = numbers.get(card.id) ?? 0;
          const label = `idea ${String(n)}`;
          return (
            <NhsRow key={card.id} className={quadrant === 'quick-win' ? 'app-quick-win' : ''}>
              <NhsCell>{rank}</NhsCell>
              <NhsCell id={`idea-text-${card.id}`}>
                <span className="app-idea-number" aria-hidden="true">
                  {n}
                </span>{' '}
                {card.text}
                {quadrant === 'quick-win' && (
                  <strong className="nhsuk-tag nhsuk-tag--green app-tag-inline">Quick win</strong>
                )}
              </NhsCell>
              <NhsCell>{starPoint(card.point).label}</NhsCell>
              <NhsCell>
                <div className="app-vote-control">
                  <button
                    type="button"
                    className="app-vote-button"
                    aria-label={`Remove a vote from ${label}`}
                    disabled={card.votes === 0}
                    onClick={() => {
                      const r = removeVote(card.id);
                      setProblem(
                        r.ok ? null : { id: card.id, message: r.errors[0]?.message ?? '' },
                      );
                    }}
                  >
                    −
                  </button>
                  <span
                    className="app-vote-count"
                    aria-label={`${plural(card.votes, 'vote')} for ${label}`}
                  >
                    {card.votes}
                  </span>
                  <button
                    type="button"
                    className="app-vote-button"
                    aria-label={`Add a vote to ${label}`}
                    onClick={() => {
                      const r = castVote(card.id);
                      setProblem(
                        r.ok ? null : { id: card.id, message: r.errors[0]?.message ?? '' },
                      );
                    }}
                  >
                    +
                  </button>
                </div>
                {problem?.id === card.id && (
                  <span className="nhsuk-error-message nhsuk-u-font-size-16" role="alert">
                    <span className="nhsuk-u-visually-hidden">Error:</span> {problem.message}
                  </span>
                )}
              </NhsCell>
              {(['impact', 'effort'] as const).map((axis) => (
                <NhsCell key={axis}>
                  <PlaceInput
                    card={card}
                    axis={axis}
                    label={label}
                    describedBy={`idea-text-${card.id}`}
                  />
                </NhsCell>
              ))}
              <NhsCell>
                <label className="nhsuk-u-visually-hidden" htmlFor={`quadrant-${card.id}`}>
                  Quadrant for {label}
                </label>
                <select
                  id={`quadrant-${card.id}`}
                  className="nhsuk-select app-cell-input"
                  value={quadrant}
                  aria-describedby={`idea-text-${card.id}`}
                  onChange={(e) => {
                    const q = e.target.value as Quadrant;
                    // Spread ideas put in one quadrant so their markers never stack.
                    const others = ranked.filter((r) => r.card.id !== card.id);
                    const spot =
                      q === 'unplaced'
                        ? null
                        : spreadInQuadrant(
                            q,
                            others.map((r) => r.card),
                          );
                    placeCard(card.id, spot?.impact ?? null, spot?.effort ?? null);
                  }}
                >
                  {QUADRANTS.map((q) => (
                    <option key={q} value={q}>
                      {QUADRANT_LABEL[q]}
                    </option>
                  ))}
                </select>
              </NhsCell>
            </NhsRow>
          );
        })}
      </NhsTable>
    </section>
  );
}
