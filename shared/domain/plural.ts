/**
 * The one pluraliser for every count the app prints ("1 vote", "2 votes", "1,250 cards"),
 * used by the screens (through `components/format.ts`), the PDF and the domain's own messages,
 * so no screen can say "1 attendees" while another says "1 attendee". Pure: no DOM, no Node.
 */
import { formatNumber } from './text';

/** Plural forms that are not just "+s". */
const IRREGULAR: Readonly<Record<string, string>> = {
  activity: 'activities',
  person: 'people',
  priority: 'priorities',
};

/** The word agreeing with a count: "vote" for 1, "votes" otherwise ("0 votes", "2 votes"). */
export const pluralWord = (n: number, one: string, many?: string): string =>
  n === 1 ? one : (many ?? IRREGULAR[one] ?? `${one}s`);

/**
 * "1 vote", "2 votes", "0 ideas", "1,250 cards": the count in UK number form and the word
 * agreeing with it. Pass `many` for a plural the table above does not know, or for a phrase
 * ("item is" / "items are").
 */
export const plural = (n: number, one: string, many?: string): string =>
  `${formatNumber(n)} ${pluralWord(n, one, many)}`;
