/**
 * Text hygiene for the PDF: imported plan files may carry hostile or broken text, and attendee
 * names are personal data. Everything printed passes through `clean` (and, where names may
 * occur in free text, a `Redactor`) while it is still plain data.
 */
import { cleanUserText } from '@shared/domain/text';

// Controls, bidi overrides and stray zero-width characters go through the app's one cleaner
// (shared/domain/text.ts), so the PDF and the screens agree; lone surrogates are made visible.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Plain, printable text: literal characters only, tabs as spaces, Unix newlines. */
export const clean = (text: string): string =>
  cleanUserText(text.normalize('NFC').replace(/\t/g, ' ')).replace(LONE_SURROGATE, '\uFFFD');

/** Shorten to at most `max` characters at a word boundary where one is near. */
export const truncate = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // The cut already ends a word: keep that word.
  if (/\s/.test(text.charAt(max - 1))) return `${cut.trimEnd()}…`;
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.7 ? cut.slice(0, space) : cut}…`;
};

export interface HiddenName {
  readonly name: string;
  /** What is printed instead, e.g. "[Ward manager]". */
  readonly replacement: string;
}

export type Redactor = (text: string) => string;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces each hidden name wherever it appears as a whole word (any case, any run of spaces
 * between its parts). Longest names first, so "Ann Lee-Smith" is not half-replaced by "Ann Lee".
 */
export const makeRedactor = (hidden: readonly HiddenName[]): Redactor => {
  const usable = hidden
    .map((h) => ({ ...h, name: clean(h.name).trim().replace(/\s+/g, ' ') }))
    .filter((h) => h.name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
  if (usable.length === 0) return (text) => text;
  const patterns = usable.map((h) => ({
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])${h.name.split(' ').map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    replacement: h.replacement,
  }));
  return (text) => patterns.reduce((out, p) => out.replace(p.re, () => p.replacement), text);
};

/** Splits a free-text list of people ("Sam Jones and Priya Patel; Dr Lee") into names. */
export const splitPeople = (text: string): string[] =>
  text
    .split(/\s*(?:,|;|\/|&|\band\b|\n)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length >= 2);
