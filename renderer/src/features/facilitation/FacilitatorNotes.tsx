import { useState } from 'react';
import type { StepId } from '@shared/domain';
import { useApp } from '../../store';
import { useValidatedField } from '../../components/useValidatedField';
import { useCurrentWorkshop } from '../workshop/useWorkshopStatuses';

/** Private notes for the facilitator on each step; hidden in presentation mode. */
export function FacilitatorNotes({ stepId }: { stepId: StepId }) {
  const workshop = useCurrentWorkshop();
  const setStepNote = useApp((s) => s.setStepNote);
  const note = workshop.stepNotes[stepId] ?? '';
  const field = useValidatedField(note, (text) => setStepNote(stepId, text), 'stepNotes');
  // Open at first when there are notes; after that the facilitator decides (clearing the text
  // must not close the panel under the cursor).
  const [isOpen, setOpen] = useState(note !== '');
  const id = `notes-${stepId}`;
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
        <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor={id}>
          Notes (saved with the workshop, not shown in presentation mode)
        </label>
        {field.error && (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {field.error}
          </span>
        )}
        <textarea
          id={id}
          className="nhsuk-textarea nhsuk-u-margin-bottom-0"
          rows={4}
          value={field.value}
          aria-describedby={field.error ? `${id}-error` : undefined}
          onChange={(e) => {
            field.onChange(e.target.value);
          }}
        />
      </div>
    </details>
  );
}
