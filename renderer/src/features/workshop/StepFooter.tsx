import { Link } from 'wouter';
import { STEPS, type StepId } from '@shared/domain';
import { useApp } from '../../store';
import { useCurrentWorkshop } from './useWorkshopStatuses';

/** "Have you completed this step?" then onwards, as in NHS task list journeys. */
export function StepFooter({ stepId }: { stepId: StepId }) {
  const workshop = useCurrentWorkshop();
  const setCompleted = useApp((s) => s.setStepCompleted);
  const index = STEPS.findIndex((s) => s.id === stepId);
  const next = STEPS[index + 1];
  const checked = workshop.completedSteps.includes(stepId);
  const checkboxId = `complete-${stepId}`;

  return (
    <div className="app-step-footer">
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={checkboxId}
            type="checkbox"
            checked={checked}
            onChange={(e) => {
              setCompleted(stepId, e.target.checked);
            }}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={checkboxId}>
            Mark this step as completed
          </label>
        </div>
      </div>
      {next ? (
        <Link
          href={`/${next.id}`}
          className="nhsuk-button app-continue"
          role="button"
          draggable={false}
        >
          Continue to {next.label.toLowerCase()}
        </Link>
      ) : (
        <Link href="/" className="nhsuk-button app-continue" role="button" draggable={false}>
          Back to workshop steps
        </Link>
      )}
    </div>
  );
}
