import { Link } from 'wouter';
import { STEPS, type StepId } from '@shared/domain';
import { useApp } from '../../store';
import { Checkbox, Checkboxes } from '../../components/Checkbox';
import { useCurrentWorkshop } from './useCurrentWorkshop';

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
      <Checkboxes>
        <Checkbox
          id={checkboxId}
          label="Mark this step as completed"
          checked={checked}
          onChange={(isChecked) => {
            setCompleted(stepId, isChecked);
          }}
        />
      </Checkboxes>
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
