import { plural } from '@shared/domain/plural';

/** Shown once the text reaches this share of its limit, as the NHS character count does. */
const THRESHOLD = 0.8;

/**
 * "You have 12 characters remaining" / "You have 5 characters too many" under a long text box,
 * as the limit nears. Read with the field (aria-describedby), not as a live region, so it is
 * never spoken per keystroke.
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  if (length < max * THRESHOLD) return <span id={id} hidden />;
  const over = length > max;
  const n = Math.abs(max - length);
  const what = plural(n, 'character');
  return (
    <div
      id={id}
      className={`${over ? 'nhsuk-error-message' : 'nhsuk-hint'} nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0`}
    >
      {over ? `You have ${what} too many` : `You have ${what} remaining`}
    </div>
  );
}
