import { useEffect, useRef } from 'react';

export interface SummaryError {
  readonly targetId: string;
  readonly message: string;
}

/**
 * NHS error summary. Links move focus to the field themselves, because the URL fragment
 * belongs to the hash router.
 */
export function ErrorSummary({ errors }: { errors: readonly SummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  // Move focus only when the set of problems changes, not on every re-render while typing.
  const key = errors.map((e) => `${e.targetId}:${e.message}`).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div
      className="nhsuk-error-summary"
      aria-labelledby="error-summary-title"
      role="alert"
      tabIndex={-1}
      ref={ref}
    >
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {errors.map((e) => (
            <li key={e.targetId}>
              <a
                href={`#${e.targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(e.targetId)?.focus();
                }}
              >
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
