import type { StorageFailure } from '../db/errors';
import { usePageTitle } from '../lib/usePageTitle';

/** Shown instead of a blank window when the database cannot open. */
export function StartupFailure({ failure }: { failure: StorageFailure }) {
  usePageTitle(failure.title);
  return (
    <div className="nhsuk-warning-callout" role="alert">
      <h1 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {failure.title}
        </span>
      </h1>
      <p>{failure.message}</p>
      <p>
        <strong>What to do: </strong>
        {failure.nextStep}
      </p>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Technical details for IT support</span>
        </summary>
        <div className="nhsuk-details__text">
          <code>{String(failure.cause)}</code>
        </div>
      </details>
    </div>
  );
}
