import type { PlanFileError } from '@shared/planfile';
import { FileName } from './FileName';

/** A plan file that could not be opened: what went wrong, what to do, and the specifics. */
export function PlanFileErrorPanel({ name, error }: { name: string; error: PlanFileError }) {
  return (
    <div
      className="nhsuk-error-summary"
      aria-labelledby="plan-error-title"
      role="alert"
      tabIndex={-1}
    >
      <h2 className="nhsuk-error-summary__title" id="plan-error-title">
        {name === '' ? (
          'The file could not be opened'
        ) : (
          <>
            <FileName name={name} quoted /> could not be opened
          </>
        )}
      </h2>
      <div className="nhsuk-error-summary__body">
        <p className="app-plan-error__message">{error.message}</p>
        <p>{error.nextStep}</p>
        {error.details.length > 0 && (
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">Details ({error.details.length})</span>
            </summary>
            <div className="nhsuk-details__text">
              <ul className="nhsuk-list nhsuk-list--bullet">
                {error.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            </div>
          </details>
        )}
        <p className="nhsuk-body-s">Nothing in Star Workshop has been changed.</p>
      </div>
    </div>
  );
}
