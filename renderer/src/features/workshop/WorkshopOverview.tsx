import { Link } from 'wouter';
import { STAR_ALSO_KNOWN_AS, STAR_NAME, STEPS } from '@shared/domain';
import { usePageTitle } from '../../lib/usePageTitle';
import { formatDate } from '../../lib/format';
import { StatusTag } from './StatusTag';
import { useCurrentWorkshop } from './useCurrentWorkshop';
import { useStepStatuses } from './useStepStatuses';

/** The workshop's home: its scope at a glance and the eight steps as an NHS task list. */
export function WorkshopOverview() {
  const workshop = useCurrentWorkshop();
  const statuses = useStepStatuses();
  usePageTitle(workshop.scope.title);
  const done = STEPS.filter((s) => statuses[s.id] === 'completed').length;
  const { scope } = workshop;

  return (
    <>
      <Link href="~/" className="nhsuk-back-link">
        Back to your workshops
      </Link>
      <span className="nhsuk-caption-l">
        {STAR_NAME} workshop ({STAR_ALSO_KNOWN_AS})
      </span>
      <h1 className="nhsuk-heading-l">{scope.title}</h1>
      <p className="nhsuk-body">
        {[scope.service, scope.organisation, scope.date ? formatDate(scope.date) : '']
          .filter(Boolean)
          .join(' · ') || 'Start with the scope: the service, the challenge and who owns the work.'}
      </p>
      <p className="nhsuk-body">
        <Link
          href="/board"
          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
        >
          Open the Star board
        </Link>
      </p>
      <h2 className="nhsuk-heading-m">Workshop steps</h2>
      <p className="nhsuk-body">
        You have completed {done} of {STEPS.length} steps.
      </p>
      <ul className="nhsuk-task-list">
        {STEPS.map((step) => (
          <li key={step.id} className="nhsuk-task-list__item nhsuk-task-list__item--with-link">
            <div className="nhsuk-task-list__name-and-hint">
              <Link
                href={`/${step.id}`}
                className="nhsuk-link nhsuk-task-list__link"
                aria-describedby={`step-${step.id}-hint step-${step.id}-status`}
              >
                {step.number}. {step.label}
              </Link>
              <div className="nhsuk-task-list__hint" id={`step-${step.id}-hint`}>
                {step.summary}
              </div>
            </div>
            <div
              className={`nhsuk-task-list__status${statuses[step.id] === 'completed' ? ' nhsuk-task-list__status--completed' : ''}`}
              id={`step-${step.id}-status`}
            >
              <StatusTag status={statuses[step.id]} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
