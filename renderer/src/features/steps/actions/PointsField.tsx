import { useState } from 'react';
import {
  STAR_POINTS,
  type Action,
  type ActionInput,
  type Result,
  type StarPointId,
} from '@shared/domain';
import { Checkbox, Checkboxes } from '../../../components/Checkbox';

interface Props {
  readonly action: Action;
  readonly save: (patch: ActionInput) => Result<Action>;
}

/** An action belongs to one or more Star points; unticking the last one is refused inline. */
export function PointsField({ action, save }: Props) {
  const [draft, setDraft] = useState<{ points: StarPointId[]; error: string } | null>(null);
  const points = draft?.points ?? action.points;
  return (
    <div className={`nhsuk-form-group${draft ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset
        className="nhsuk-fieldset"
        aria-describedby={draft ? 'detail-points-error' : undefined}
      >
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Star points</legend>
        {draft && (
          <span className="nhsuk-error-message" id="detail-points-error">
            <span className="nhsuk-u-visually-hidden">Error:</span> {draft.error}
          </span>
        )}
        <Checkboxes className="app-checkbox-row">
          {STAR_POINTS.map((p) => (
            <Checkbox
              key={p.id}
              id={`detail-point-${p.id}`}
              label={p.label}
              checked={points.includes(p.id)}
              onChange={(isChecked) => {
                const next = isChecked
                  ? STAR_POINTS.map((x) => x.id).filter((id) => id === p.id || points.includes(id))
                  : points.filter((id) => id !== p.id);
                const result = save({ points: next });
                setDraft(
                  result.ok ? null : { points: next, error: result.errors[0]?.message ?? '' },
                );
              }}
            />
          ))}
        </Checkboxes>
      </fieldset>
    </div>
  );
}
