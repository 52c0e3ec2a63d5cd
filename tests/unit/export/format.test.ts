/**
 * Dates and counts the app prints are in UK form whatever the computer's own locale: a
 * US-configured host (or Debian's Chromium, which defaults to en-US) must still see
 * "30 Nov 2026", never "Nov 30, 2026" or "11/30/2026".
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Format from '../../../renderer/src/lib/format';

type FormatModule = typeof Format;

const RealDateTimeFormat = Intl.DateTimeFormat;

/** Loads format.ts afresh on a host whose default locale is en-US. */
const onUsHost = async (): Promise<FormatModule> => {
  const fake = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new RealDateTimeFormat(locales ?? 'en-US', options);
  } as unknown as typeof Intl.DateTimeFormat;
  vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: fake });
  const realToLocale = Object.getOwnPropertyDescriptor(Date.prototype, 'toLocaleDateString')
    ?.value as (this: Date, l?: Intl.LocalesArgument, o?: Intl.DateTimeFormatOptions) => string;
  vi.spyOn(Date.prototype, 'toLocaleDateString').mockImplementation(function (
    this: Date,
    locales?: Intl.LocalesArgument,
    options?: Intl.DateTimeFormatOptions,
  ) {
    return realToLocale.call(this, locales ?? 'en-US', options);
  });
  vi.resetModules();
  return import('../../../renderer/src/lib/format');
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('formatDate', () => {
  it('prints a calendar date as "30 Nov 2026" even on a US host', async () => {
    const { formatDate } = await onUsHost();
    expect(new Intl.DateTimeFormat().resolvedOptions().locale).toBe('en-US');
    expect(formatDate('2026-11-30')).toBe('30 Nov 2026');
    expect(formatDate('2027-01-05')).toBe('5 Jan 2027');
  });

  it('never moves a date to the day before, and shows what it cannot read as given', async () => {
    const { formatDate } = await onUsHost();
    expect(formatDate('2028-02-29')).toBe('29 Feb 2028');
    expect(formatDate('2027-02-29')).toBe('2027-02-29');
    expect(formatDate('30/11/2026')).toBe('30/11/2026');
    expect(formatDate('')).toBe('Not set');
  });
});

describe('formatDateTime', () => {
  it('prints an instant as "30 Nov 2026, 14:05" in local time, 24-hour clock, on a US host', async () => {
    const { formatDateTime } = await onUsHost();
    const local = new Date(2026, 10, 30, 14, 5);
    expect(formatDateTime(local.toISOString())).toBe('30 Nov 2026, 14:05');
    expect(formatDateTime(new Date(2027, 0, 2, 9, 7).toISOString())).toBe('2 Jan 2027, 09:07');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});

describe('plural', () => {
  it('agrees the word with the count', async () => {
    const { plural } = await onUsHost();
    expect(plural(1, 'action')).toBe('1 action');
    expect(plural(0, 'gap')).toBe('0 gaps');
    expect(plural(2, 'idea')).toBe('2 ideas');
    expect(plural(1, 'attendee')).toBe('1 attendee');
    expect(plural(3, 'vote')).toBe('3 votes');
    expect(plural(2, 'activity')).toBe('2 activities');
    expect(plural(2, 'card', 'cards written')).toBe('2 cards written');
    expect(plural(12_500, 'card')).toBe('12,500 cards');
  });
});
