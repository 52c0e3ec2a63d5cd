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
import { todayLocal } from '../../../lib/today';
import { plural } from '../../../lib/format';
import { useCurrentWorkshop } from '../../workshop';
import { ExportSection } from './ExportSection';
import {
  NhsCell,
  NhsRow,
  NhsRowHeader,
  NhsTable,
  type NhsColumn,
} from '../../../components/NhsTable';

const SUMMARY_COLUMNS: readonly NhsColumn[] = [
  { key: 'point', label: 'Point' },
  ...CARD_KINDS.map((k) => ({ key: k, label: CARD_KIND_LABEL[k], numeric: true })),
  { key: 'actions', label: 'Actions', numeric: true },
];

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
      <NhsTable
        caption="Cards on each point of the Star"
        captionHidden={false}
        columns={SUMMARY_COLUMNS}
        className="app-summary-table"
      >
        {STAR_POINTS.map((p) => (
          <NhsRow key={p.id}>
            <NhsRowHeader>
              <span className="app-point-dot" style={{ background: p.colour }} aria-hidden="true" />{' '}
              {p.label}
            </NhsRowHeader>
            {CARD_KINDS.map((k) => (
              <NhsCell key={k} numeric>
                {summary.cardCounts[p.id][k]}
              </NhsCell>
            ))}
            <NhsCell numeric>{summary.actionsByPoint[p.id].length}</NhsCell>
          </NhsRow>
        ))}
      </NhsTable>
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
