import { useId, type ReactNode } from 'react';
import { useFieldIssue } from '../app/fieldIssues';
import { CharacterCount } from './CharacterCount';

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
  /**
   * The control saves as it is typed: while it shows an error its text is not saved, so the
   * header says "Not saved" and links here. Its error is also announced (role="alert") when it
   * appears, since no error summary will.
   */
  readonly savesAsTyped?: boolean;
  /** Show a character count (NHS pattern) for this limit, given the typed length. */
  readonly count?: { readonly length: number; readonly max: number };
}

/** NHS form group: label, hint, inline error, and the control wired up with aria attributes. */
export function Field({
  label,
  hint,
  error,
  children,
  labelClass,
  id: fixedId,
  savesAsTyped = false,
  count,
}: FieldProps) {
  const generated = useId();
  const id = fixedId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const countId = count ? `${id}-count` : undefined;
  const describedBy = [hintId, errorId, countId].filter(Boolean).join(' ') || undefined;
  useFieldIssue(savesAsTyped ? id : undefined, label, Boolean(error));
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
        <span
          className="nhsuk-error-message"
          id={errorId}
          role={savesAsTyped ? 'alert' : undefined}
        >
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {count && countId && <CharacterCount id={countId} {...count} />}
    </div>
  );
}
