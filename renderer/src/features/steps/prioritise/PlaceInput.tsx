import { useState } from 'react';
import type { Card, MatrixAxis } from '@shared/domain';
import { useApp } from '../../../store';

interface Props {
  readonly card: Card;
  readonly axis: MatrixAxis;
  /** "idea 3": names the field, so every row's box is told apart. */
  readonly label: string;
  /** The id of the cell holding the idea's text, read out as the field's description. */
  readonly describedBy: string;
}

const AXIS_NAME: Readonly<Record<MatrixAxis, string>> = { impact: 'Impact', effort: 'Effort' };

const shown = (value: number | null): string => (value === null ? '' : String(value));

/**
 * Impact or effort of one idea as a number from 0 to 100: the matrix as a form, for anyone
 * who cannot drag or whose screen reader takes the arrow keys. Saved on Enter or on leaving
 * the box; an idea not yet placed takes 50 on the other scale, as the arrow keys do.
 */
export function PlaceInput({ card, axis, label, describedBy }: Props) {
  const placeCard = useApp((s) => s.placeCard);
  const stored = card[axis];
  const [draft, setDraft] = useState(shown(stored));
  const [error, setError] = useState<string | undefined>();
  const [isFocused, setFocused] = useState(false);
  // When the stored value changes (a drag, Undo, another window), show it instead, unless
  // the box has focus or holds text being typed: typing must never land after a number that
  // appeared under the cursor (saving impact gives a new idea effort 50 as the user tabs on).
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    if (!isFocused && draft.trim() === shown(seen)) {
      setDraft(shown(stored));
      setError(undefined);
    }
  }
  const id = `${axis}-${card.id}`;
  const errorId = `${id}-error`;

  const save = (): void => {
    const text = draft.trim();
    // An empty box takes nothing off: that is "Not yet placed" in the Quadrant list.
    if (text === shown(stored) || text === '') {
      setDraft(shown(stored));
      setError(undefined);
      return;
    }
    if (!/^\d{1,3}$/.test(text) || Number(text) > 100) {
      setError(`${AXIS_NAME[axis]} must be a whole number from 0 to 100`);
      return;
    }
    const value = Number(text);
    setDraft(String(value));
    const impact = axis === 'impact' ? value : (card.impact ?? 50);
    const effort = axis === 'effort' ? value : (card.effort ?? 50);
    const result = placeCard(card.id, impact, effort);
    setError(result.ok ? undefined : result.errors[0]?.message);
  };

  return (
    <div className={error ? 'nhsuk-form-group--error app-place-input' : 'app-place-input'}>
      <label className="nhsuk-u-visually-hidden" htmlFor={id}>
        {AXIS_NAME[axis]} for {label}
      </label>
      {error && (
        <span className="nhsuk-error-message nhsuk-u-font-size-16" id={errorId} role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      <input
        id={id}
        className={`nhsuk-input nhsuk-input--width-3${error ? ' nhsuk-input--error' : ''}`}
        inputMode="numeric"
        autoComplete="off"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${describedBy}` : describedBy}
        onChange={(e) => {
          setDraft(e.target.value);
        }}
        onFocus={() => {
          setFocused(true);
        }}
        onBlur={() => {
          setFocused(false);
          save();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
          }
        }}
      />
    </div>
  );
}
