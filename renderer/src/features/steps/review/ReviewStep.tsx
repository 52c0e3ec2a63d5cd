import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  CARD_KINDS,
  CARD_KIND_LABEL,
  QUADRANT_LABEL,
  RAG_KEYS,
  RAG_LABEL,
  STAR_POINTS,
  ideaLabel,
  starPoint,
  workshopSummary,
  type Action,
  type RagKey,
} from '@shared/domain';
import { useApp } from '../../../store';
import { todayLocal } from '../../../components/today';
import { plural } from '../../../components/format';
import { useCurrentWorkshop } from '../../workshop/useWorkshopStatuses';
import { ExportSection } from './ExportSection';

const ragLabel = (k: RagKey): string => (k === 'not-set' ? 'Not set' : RAG_LABEL[k]);

/** One screen that tells the room what it produced, and what still needs an owner or a date. */
export function ReviewStep() {
  const workshop = useCurrentWorkshop();
  const { participants, cards, actions } = useApp(
    useShallow((s) => ({ participants: s.participants, cards: s.cards, actions: s.actions })),
  );
  const summary = useMemo(
    () => workshopSummary({ workshop, participants, cards, actions }, todayLocal()),
    [workshop, participants, cards, actions],
  );

  return (
    <>
      <h2 className="nhsuk-heading-m">What the workshop captured</h2>
      <div className="app-table-scroll">
        <table className="nhsuk-table app-summary-table">
          <caption className="nhsuk-table__caption">Cards on each point of the Star</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Point
              </th>
              {CARD_KINDS.map((k) => (
                <th
                  key={k}
                  scope="col"
                  className="nhsuk-table__header nhsuk-table__header--numeric"
                >
                  {CARD_KIND_LABEL[k]}
                </th>
              ))}
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {STAR_POINTS.map((p) => (
              <tr key={p.id} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header">
                  <span
                    className="app-point-dot"
                    style={{ background: p.colour }}
                    aria-hidden="true"
                  />{' '}
                  {p.label}
                </th>
                {CARD_KINDS.map((k) => (
                  <td key={k} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {summary.cardCounts[p.id][k]}
                  </td>
                ))}
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                  {summary.actionsByPoint[p.id].length}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="nhsuk-body">
        {plural(summary.totals.participants, 'attendee')} ·{' '}
        {plural(summary.totals.votesCast, 'vote')} cast ·{' '}
        {plural(summary.totals.ideasPlaced, 'idea')} placed on the matrix
      </p>

      <h2 className="nhsuk-heading-m">Top ideas</h2>
      {summary.topIdeas.length === 0 ? (
        <p className="nhsuk-body">No ideas have been voted on or placed on the matrix yet.</p>
      ) : (
        <ol className="nhsuk-list nhsuk-list--number">
          {summary.topIdeas.map(({ card, quadrant }) => (
            <li key={card.id}>
              <strong>{ideaLabel(card)}:</strong> {card.text}{' '}
              <span className="app-count">
                ({starPoint(card.point).label}; {plural(card.votes, 'vote')};{' '}
                {QUADRANT_LABEL[quadrant]})
              </span>
            </li>
          ))}
        </ol>
      )}

      <h2 className="nhsuk-heading-m">Actions by status</h2>
      <dl className="nhsuk-summary-list">
        {RAG_KEYS.map((k) => (
          <div key={k} className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">
              <span className={`app-rag-swatch app-rag-swatch--${k}`} aria-hidden="true" />{' '}
              {ragLabel(k)}
            </dt>
            <dd className="nhsuk-summary-list__value">{summary.actionsByRag[k].length}</dd>
          </div>
        ))}
      </dl>

      <Flags title="Actions with no owner" items={titled(summary.actionsMissingOwner)} />
      <Flags
        title="Actions with no due date or timescale"
        items={titled(summary.actionsMissingDate)}
      />
      <Flags title="Overdue actions" items={titled(summary.overdueActions)} />
      <Flags
        title="Ideas without an action"
        items={summary.ideasWithoutAction.map(({ card }) => ({
          id: card.id,
          label: `${ideaLabel(card)}: ${card.text}`,
        }))}
      />
      {summary.totals.actions > 0 &&
        summary.actionsMissingOwner.length +
          summary.actionsMissingDate.length +
          summary.overdueActions.length ===
          0 && (
          <p className="nhsuk-body">Every action has an owner and a date, and none is overdue.</p>
        )}

      <ExportSection />
    </>
  );
}

interface FlagItem {
  readonly id: string;
  readonly label: string;
}

const titled = (actions: readonly Action[]): FlagItem[] =>
  actions.map((a) => ({ id: a.id, label: a.title }));

function Flags({ title, items }: { title: string; items: readonly FlagItem[] }) {
  if (items.length === 0) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h3 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {title} ({items.length})
        </span>
      </h3>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {items.map((item) => (
          <li key={item.id}>{item.label}</li>
        ))}
      </ul>
    </div>
  );
}
