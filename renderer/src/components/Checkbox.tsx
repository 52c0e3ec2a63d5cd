/**
 * The NHS checkbox markup in one place: a group box (`Checkboxes`) holding items (`Checkbox`),
 * each an input, its label and an optional hint the input is described by.
 */
import type { ReactNode, Ref } from 'react';

interface GroupProps {
  /** The design system's small checkboxes: every checkbox in the app so far but the PDF sections. */
  readonly small?: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

export function Checkboxes({ small = true, className = '', children }: GroupProps) {
  return (
    <div
      className={`nhsuk-checkboxes${small ? ' nhsuk-checkboxes--small' : ''} ${className}`.trim()}
    >
      {children}
    </div>
  );
}

interface Props {
  readonly id: string;
  readonly label: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly disabled?: boolean;
  /** Shown under the label; the input is described by it (id `${id}-hint`). */
  readonly hint?: ReactNode;
  readonly labelClassName?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
}

export function Checkbox({
  id,
  label,
  checked,
  onChange,
  disabled,
  hint,
  labelClassName = '',
  inputRef,
}: Props) {
  const hintId = `${id}-hint`;
  return (
    <div className="nhsuk-checkboxes__item">
      <input
        className="nhsuk-checkboxes__input"
        id={id}
        type="checkbox"
        ref={inputRef}
        checked={checked}
        disabled={disabled}
        aria-describedby={hint === undefined ? undefined : hintId}
        onChange={(e) => {
          onChange(e.target.checked);
        }}
      />
      <label
        className={`nhsuk-label nhsuk-checkboxes__label ${labelClassName}`.trim()}
        htmlFor={id}
      >
        {label}
      </label>
      {hint !== undefined && (
        <div className="nhsuk-hint nhsuk-checkboxes__hint" id={hintId}>
          {hint}
        </div>
      )}
    </div>
  );
}
