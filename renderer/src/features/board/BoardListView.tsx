import { CARD_KINDS, CARD_KIND_LABEL, STAR_POINTS } from '@shared/domain';
import { useApp } from '../../store';
import { plural } from '../../lib/format';
import { isCardShown, type BoardFilters } from './boardModel';
import { linkedIdeaIds } from './boardLinks';

interface Props {
  readonly filters: BoardFilters;
  readonly numbers: ReadonlyMap<string, number>;
  readonly onTools: (cardId: string) => void;
}

/** The board as a list: the same cards, points, links and tools, for screen readers and keyboards. */
export function BoardListView({ filters, numbers, onTools }: Props) {
  const cards = useApp((s) => s.cards);
  const actions = useApp((s) => s.actions);
  const isEditable = useApp((s) => s.editAccess === 'editing');
  return (
    <div className="app-board-list">
      {STAR_POINTS.map((point) => {
        const mine = cards.filter((c) => c.point === point.id && isCardShown(c, filters));
        if (filters.point !== null && filters.point !== point.id) return null;
        return (
          <section key={point.id} aria-labelledby={`board-list-${point.id}`}>
            <h2 className="nhsuk-heading-m" id={`board-list-${point.id}`}>
              {point.label} <span className="nhsuk-caption-m">{plural(mine.length, 'card')}</span>
            </h2>
            {CARD_KINDS.map((kind) => {
              const ofKind = mine.filter((c) => c.kind === kind);
              if (ofKind.length === 0) return null;
              return (
                <div key={kind}>
                  <h3 className="nhsuk-heading-s">{CARD_KIND_LABEL[kind]}</h3>
                  <ul className="nhsuk-list app-board-list__cards">
                    {ofKind.map((c) => {
                      const n = numbers.get(c.id);
                      const links = actions.filter((a) => linkedIdeaIds(a).includes(c.id));
                      return (
                        <li key={c.id} className="app-board-list__card">
                          <span dir="auto">
                            {n !== undefined && <strong>Idea {n}: </strong>}
                            {c.text}
                          </span>
                          {c.kind === 'idea' && (
                            <span className="app-board-list__meta">
                              {' '}
                              ({plural(c.votes, 'vote')}
                              {links.length > 0 &&
                                `; linked to ${links.map((a) => `“${a.title}”`).join(', ')}`}
                              )
                            </span>
                          )}{' '}
                          {isEditable && (
                            <button
                              type="button"
                              className="app-link-button"
                              onClick={() => {
                                onTools(c.id);
                              }}
                            >
                              Tools
                              <span className="nhsuk-u-visually-hidden">
                                {' '}
                                for {CARD_KIND_LABEL[c.kind].toLowerCase()}: {c.text}
                              </span>
                            </button>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
