/**
 * Every date and count the app prints, in one place, in UK form ("30 Nov 2026", "1 vote").
 *
 * The locale is always en-GB, never the host's: Debian's Chromium and a US-configured laptop
 * would otherwise print "Nov 30, 2026". The parts are put in day-month-year order here rather
 * than trusting the formatter's pattern, so even a runtime with cut-down locale data cannot
 * reorder them.
 */
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * "1 vote", "2 votes", "1,250 cards": the one pluraliser lives in shared/ so the domain's own
 * messages and the screens agree; re-exported here so components import it with the dates.
 */
export { plural, pluralWord } from '@shared/domain/plural';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `D Mon YYYY` for a calendar day given as year, month (1–12) and day. */
const ukDay = (year: number, month: number, day: number): string => {
  const utc = new Date(Date.UTC(2000, month - 1, 1));
  return `${String(day)} ${monthFormat.format(utc)} ${String(year)}`;
};

/**
 * A calendar date ("2026-11-30") as "30 Nov 2026". The text is read as a calendar day, not
 * an instant, so no time zone can move it to the day before. Anything else is shown as given.
 */
export const formatDate = (isoDate: string): string => {
  if (!isoDate) return 'Not set';
  const m = ISO_DAY.exec(isoDate);
  if (!m) return isoDate;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, day);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return isoDate;
  return ukDay(year, month, day);
};

/** An instant ("2026-11-30T14:05:00Z") in this computer's time zone: "30 Nov 2026, 14:05". */
export const formatDateTime = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${ukDay(d.getFullYear(), d.getMonth() + 1, d.getDate())}, ${timeFormat.format(d)}`;
};
