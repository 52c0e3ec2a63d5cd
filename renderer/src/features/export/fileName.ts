/** The name offered in the save dialog: "<organisation> <title> action plan <YYYY-MM-DD>.pdf". */
import type { Workshop } from '@shared/domain';

// Characters Windows, macOS or Linux refuse in a file name, plus controls.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const MAX_STEM = 150;

const isoDay = (date: Date | string): string => {
  if (typeof date === 'string') return date.slice(0, 10);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

export const suggestedPdfName = (
  workshop: Pick<Workshop, 'scope'>,
  date: Date | string,
): string => {
  const { organisation, title } = workshop.scope;
  const stem = [organisation, title, 'action plan']
    .map((part) => part.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ')
    .slice(0, MAX_STEM)
    // Windows drops trailing dots and spaces, and a leading dot hides the file on Unix.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const day = isoDay(date).replace(UNSAFE, '');
  return `${stem || 'action plan'} ${day}.pdf`;
};
