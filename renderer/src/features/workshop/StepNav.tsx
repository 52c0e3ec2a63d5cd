import { Link } from 'wouter';
import { STEPS, STEP_STATUS_LABEL, type StepId } from '@shared/domain';
import { useStepStatuses } from './useStepStatuses';

export function StepNav({ current }: { current: StepId }) {
  const statuses = useStepStatuses();
  return (
    <nav className="app-step-nav" aria-label="Workshop steps">
      <ol className="app-step-nav__list">
        {STEPS.map((step) => {
          const status = statuses[step.id];
          return (
            <li key={step.id} className={`app-step-nav__item app-step-nav__item--${status}`}>
              <Link
                href={`/${step.id}`}
                className="app-step-nav__link"
                aria-current={step.id === current ? 'page' : undefined}
              >
                <span className="app-step-nav__number" aria-hidden="true">
                  {status === 'completed' ? '✓' : step.number}
                </span>
                <span>
                  {step.label}
                  <span className="nhsuk-u-visually-hidden"> ({STEP_STATUS_LABEL[status]})</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
