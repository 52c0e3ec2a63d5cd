import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  ideaLabel,
  withIdeaLink,
  type Action,
  type ActionInput,
  type Result,
} from '@shared/domain';
import { Checkbox, Checkboxes } from '../../../components/Checkbox';
import { useApp } from '../../../store';
import { pluralWord } from '../../../lib/format';

interface Props {
  readonly action: Action;
  readonly save: (patch: ActionInput) => Result<Action>;
}

/**
 * The ideas an action takes forward: one checkbox per idea, by number, so an action written in
 * the facilitator's own words can still cover the ideas the room voted for.
 */
export function LinkedIdeasField({ action, save }: Props) {
  const ideas = useApp(useShallow((s) => s.cards.filter((c) => c.kind === 'idea')));
  const sorted = useMemo(
    () => [...ideas].sort((a, b) => (a.number ?? 0) - (b.number ?? 0)),
    [ideas],
  );
  const [error, setError] = useState('');
  const linked = action.ideaIds.length;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset
        className="nhsuk-fieldset"
        aria-describedby={error ? 'detail-ideas-error' : 'detail-ideas-hint'}
      >
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          Ideas this action takes forward
        </legend>
        <div className="nhsuk-hint" id="detail-ideas-hint">
          {sorted.length === 0
            ? 'There are no ideas yet. Ideas are added in the Ideas step.'
            : `${String(linked)} of ${String(sorted.length)} ${pluralWord(sorted.length, 'idea')} linked. A linked idea no longer appears under “Ideas without an action”.`}
        </div>
        {error && (
          <span className="nhsuk-error-message" id="detail-ideas-error">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        {sorted.length > 0 && (
          <Checkboxes className="app-linked-ideas">
            {sorted.map((idea) => (
              <Checkbox
                key={idea.id}
                id={`detail-idea-${idea.id}`}
                label={`${ideaLabel(idea)}: ${idea.text}`}
                checked={action.ideaIds.includes(idea.id)}
                onChange={(isChecked) => {
                  const result = save({ ideaIds: withIdeaLink(action, idea.id, isChecked) });
                  setError(result.ok ? '' : (result.errors[0]?.message ?? ''));
                }}
              />
            ))}
          </Checkboxes>
        )}
      </fieldset>
    </div>
  );
}
