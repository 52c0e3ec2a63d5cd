import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { rankIdeas, starPoint } from '@shared/domain';
import { useApp } from '../../../store';
import { plural } from '../../../components/format';

/** Prioritised ideas that have no action yet, each one click from becoming an action. */
export function IdeasToActions({ onCreated }: { onCreated: (id: string) => void }) {
  const ideas = useApp(useShallow((s) => s.cards.filter((c) => c.kind === 'idea')));
  const linked = useApp(useShallow((s) => s.actions.map((a) => a.sourceCardId)));
  const actionFromCard = useApp((s) => s.actionFromCard);
  const waiting = useMemo(() => {
    const used = new Set(linked);
    return rankIdeas(ideas).filter((r) => !used.has(r.card.id));
  }, [ideas, linked]);

  if (waiting.length === 0) return null;
  return (
    <section className="app-panel" aria-labelledby="ideas-to-actions">
      <h2 className="nhsuk-heading-s" id="ideas-to-actions">
        Ideas without an action ({waiting.length}), best first
      </h2>
      <ol className="app-idea-queue">
        {waiting.slice(0, 10).map(({ card, quadrant }) => (
          <li key={card.id} className="app-idea-queue__item">
            <span>
              {card.text}{' '}
              <span className="app-count">
                ({starPoint(card.point).label}, {plural(card.votes, 'vote')}
                {quadrant === 'quick-win' ? ', quick win' : ''})
              </span>
            </span>
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
          </li>
        ))}
      </ol>
    </section>
  );
}
