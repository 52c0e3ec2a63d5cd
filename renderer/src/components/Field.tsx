import { useId, type ReactNode } from 'react';

interface FieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly children: (ids: {
    id: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => ReactNode;
  readonly labelClass?: string;
  /** A fixed id, so an error summary can move focus to the control. */
  readonly id?: string;
}

/** NHS form group: label, hint, inline error, and the control wired up with aria attributes. */
export function Field({ label, hint, error, children, labelClass, id: fixedId }: FieldProps) {
  const generated = useId();
  const id = fixedId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className={`nhsuk-label ${labelClass ?? ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <span className="nhsuk-error-message" id={errorId}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
    </div>
  );
}
