import { useState } from 'react';
import type { CardKind, StarPoint } from '@shared/domain';
import { useApp } from '../../../store';
import { captureInputId } from './cardFocus';

interface Props {
  readonly point: StarPoint;
  readonly kind: CardKind;
}

/**
 * The capture box for one point. Its typed text is local to this component, so a keystroke
 * re-renders only the box, never the point's list of cards (hundreds, late in a workshop).
 */
export function CaptureInput({ point, kind }: Props) {
  const addCard = useApp((s) => s.addCard);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const inputId = captureInputId(kind, point.id);

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = addCard(kind, point.id, text);
        if (result.ok) {
          setText('');
          setError(undefined);
        } else {
          setError(result.errors[0]?.message);
        }
      }}
    >
      <div
        className={`nhsuk-form-group nhsuk-u-margin-bottom-0${error ? ' nhsuk-form-group--error' : ''}`}
      >
        <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor={inputId}>
          Add to {point.label}
        </label>
        {error && (
          <span className="nhsuk-error-message" id={`${inputId}-error`} role="alert">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <input
          id={inputId}
          className={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`}
          value={text}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
          onChange={(e) => {
            setText(e.target.value);
            if (error) setError(undefined);
          }}
        />
        <div
          className="nhsuk-hint nhsuk-u-font-size-14 nhsuk-u-margin-bottom-0"
          id={`${inputId}-hint`}
        >
          Press Enter to add, then type the next.
        </div>
      </div>
    </form>
  );
}
