import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  ideaLabel,
  ideasWithoutAction,
  rankIdeas,
  sortByOrder,
  starPoint,
  withIdeaLink,
  type Action,
  type Card,
} from '@shared/domain';
import { useApp } from '../../../store';
import { plural } from '../../../lib/format';

/**
 * Prioritised ideas that no action takes forward yet, each one click from becoming an action or
 * from being linked to an action the facilitator already wrote in their own words.
 */
export function IdeasToActions({ onCreated }: { onCreated: (id: string) => void }) {
  const ideas = useApp(useShallow((s) => s.cards.filter((c) => c.kind === 'idea')));
  const actions = useApp((s) => s.actions);
  const actionFromCard = useApp((s) => s.actionFromCard);
  const waiting = useMemo(() => ideasWithoutAction(rankIdeas(ideas), actions), [ideas, actions]);
  const inPlanOrder = useMemo(() => sortByOrder(actions), [actions]);

  if (waiting.length === 0) return null;
  return (
    <section className="app-panel" aria-labelledby="ideas-to-actions">
      <h2 className="nhsuk-heading-s" id="ideas-to-actions">
        Ideas without an action ({waiting.length}), best first
      </h2>
      <ol className="app-idea-queue" aria-labelledby="ideas-to-actions">
        {waiting.slice(0, 10).map(({ card, quadrant }) => (
          <li key={card.id} className="app-idea-queue__item">
            <span>
              <strong>{ideaLabel(card)}:</strong> {card.text}{' '}
              <span className="app-count">
                ({starPoint(card.point).label}, {plural(card.votes, 'vote')}
                {quadrant === 'quick-win' ? ', quick win' : ''})
              </span>
            </span>
            <span className="app-idea-queue__tools">
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                onClick={() => {
                  const result = actionFromCard(card.id);
                  if (result.ok) onCreated(result.value.id);
                }}
              >
                Make an action
                <span className="nhsuk-u-visually-hidden"> from ‘{card.text.slice(0, 40)}’</span>
              </button>
              {inPlanOrder.length > 0 && <LinkToAction card={card} actions={inPlanOrder} />}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Choose an existing action and link this idea to it: a labelled menu and a button. */
function LinkToAction({ card, actions }: { card: Card; actions: readonly Action[] }) {
  const updateAction = useApp((s) => s.updateAction);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState('');
  const id = `link-idea-${card.id}`;
  return (
    <span className="app-idea-queue__link">
      <label className="nhsuk-u-visually-hidden" htmlFor={id}>
        Link {ideaLabel(card)} to an existing action
      </label>
      <select
        id={id}
        className="nhsuk-select app-idea-queue__select"
        value={chosen}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setChosen(e.target.value);
          setError('');
        }}
      >
        <option value="">Link to an existing action…</option>
        {actions.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
        onClick={() => {
          const action = actions.find((a) => a.id === chosen);
          if (!action) {
            setError('Choose an action to link this idea to');
            return;
          }
          const result = updateAction(action.id, { ideaIds: withIdeaLink(action, card.id, true) });
          if (!result.ok) setError(result.errors[0]?.message ?? 'The link could not be saved');
        }}
      >
        Link
        <span className="nhsuk-u-visually-hidden"> {ideaLabel(card)} to the chosen action</span>
      </button>
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
    </span>
  );
}
