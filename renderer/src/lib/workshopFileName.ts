/**
 * The one rule for naming what the app saves about a workshop — the plan file and the PDF —
 * so the two sit side by side in a folder: `<organisation> <title> <YYYY-MM-DD>[ (anonymised)]`
 * plus the extension. The date is the workshop's own date when it has one (the files belong to
 * that workshop), otherwise the day of saving, in ISO form so names sort by date.
 *
 * Characters that Windows, macOS or Linux refuse, control characters and bidirectional
 * overrides (which could disguise the extension) become spaces; a leading dot (hidden on Unix)
 * and trailing dots and spaces (dropped by Windows) are removed. The date is never cut off.
 */
import type { Scope } from '@shared/domain';
import type { PLAN_FILE_EXTENSION } from '@shared/planfile/constants';

// eslint-disable-next-line no-control-regex -- control characters are exactly what we remove
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const MAX_STEM = 150;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const tidy = (part: string): string => part.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();

export interface WorkshopFileNameOptions {
  /** The day of saving or exporting (`YYYY-MM-DD`), used when the workshop has no date. */
  readonly today: string;
  readonly anonymised?: boolean;
}

export const workshopFileName = (
  scope: Pick<Scope, 'organisation' | 'title' | 'date'>,
  extension: '.pdf' | typeof PLAN_FILE_EXTENSION,
  { today, anonymised = false }: WorkshopFileNameOptions,
): string => {
  const day = ISO_DAY.test(scope.date) ? scope.date : today;
  const tail = [day, anonymised ? '(anonymised)' : ''].filter(Boolean).join(' ');
  const name = [scope.organisation, scope.title]
    .map(tidy)
    .filter(Boolean)
    .join(' ')
    .slice(0, MAX_STEM - tail.length - 1)
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return `${name || 'Star workshop'} ${tail}${extension}`;
};
