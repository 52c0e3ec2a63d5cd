import { useState } from 'react';
import { LIMITS, type StepId } from '@shared/domain';
import { useApp } from '../../store';
import { useValidatedField } from '../../lib/useValidatedField';
import { Field } from '../../components/Field';
import { useCurrentWorkshop } from '../workshop';

/** Private notes for the facilitator on each step; hidden in presentation mode. */
export function FacilitatorNotes({ stepId }: { stepId: StepId }) {
  const workshop = useCurrentWorkshop();
  const setStepNote = useApp((s) => s.setStepNote);
  const note = workshop.stepNotes[stepId] ?? '';
  const id = `notes-${stepId}`;
  const field = useValidatedField(note, (text) => setStepNote(stepId, text), 'stepNotes');
  // Open at first when there are notes; after that the facilitator decides (clearing the text
  // must not close the panel under the cursor).
  const [isOpen, setOpen] = useState(note !== '');
  return (
    <details
      className="nhsuk-details app-facilitator-notes"
      open={isOpen}
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
      }}
    >
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Facilitator notes for this step</span>
      </summary>
      <div className="nhsuk-details__text">
        <Field
          id={id}
          label="Notes (saved with the workshop, not shown in presentation mode)"
          labelClass="nhsuk-u-font-size-16"
          error={field.error}
          savesAsTyped
          count={{ length: field.value.length, max: LIMITS.longText }}
        >
          {({ id: fieldId, describedBy, invalid }) => (
            <textarea
              id={fieldId}
              className={`nhsuk-textarea nhsuk-u-margin-bottom-0${invalid ? ' nhsuk-textarea--error' : ''}`}
              rows={4}
              value={field.value}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => {
                field.onChange(e.target.value);
              }}
            />
          )}
        </Field>
      </div>
    </details>
  );
}
