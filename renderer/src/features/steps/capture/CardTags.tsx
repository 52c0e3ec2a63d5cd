import { useState } from 'react';
import { LENS_TAGS, type Card } from '@shared/domain';
import { Checkbox, Checkboxes } from '../../../components/Checkbox';
import { useApp } from '../../../store';
import { useShallow } from 'zustand/react/shallow';

/** Enabler and lens tags (Train/Retain/Reform, THREAD), rendered only while open. */
export function CardTags({ card, short }: { card: Card; short: string }) {
  const [open, setOpen] = useState(false);
  // Only the enabler list, compared item by item: a scope edit must not re-render every card.
  const enablers = useApp(
    useShallow((s) => s.workshops.find((w) => w.id === s.currentId)?.enablers ?? []),
  );
  const updateCard = useApp((s) => s.updateCard);
  const groups: [string, readonly string[]][] = [
    ['Enablers', enablers],
    ...Object.entries(LENS_TAGS),
  ];
  const toggle = (tag: string, on: boolean): void => {
    updateCard(card.id, { tags: on ? [...card.tags, tag] : card.tags.filter((t) => t !== tag) });
  };

  return (
    <>
      <button
        type="button"
        className="app-link-button"
        tabIndex={-1}
        data-card-tool="tags"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
      >
        Tags<span className="nhsuk-u-visually-hidden"> for ‘{short}’</span>
      </button>
      {open && (
        <div className="app-card__tags">
          {groups.map(([name, tags]) => (
            <fieldset key={name} className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{name}</legend>
              <Checkboxes>
                {tags.map((tag) => (
                  <Checkbox
                    key={tag}
                    id={`tag-${card.id}-${tag.replace(/\W+/g, '-')}`}
                    label={tag}
                    checked={card.tags.includes(tag)}
                    onChange={(isChecked) => {
                      toggle(tag, isChecked);
                    }}
                  />
                ))}
              </Checkboxes>
            </fieldset>
          ))}
        </div>
      )}
    </>
  );
}
