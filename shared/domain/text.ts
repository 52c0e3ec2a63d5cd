/**
 * The one cleaner for text people type or import (issue 8, item 6). Characters that are
 * invisible, or that change the order in which text is drawn, let a card or a file name say
 * one thing and show another ("gnp.exe" shown as "exe.png"), so they are removed before
 * anything is stored, shown or printed. Every domain object passes through `cleanStrings` in
 * `parseWith`; the PDF, file names and the import preview use the same functions.
 *
 * Removed (and counted):
 * - C0 and C1 control characters and DEL (NUL, BEL, ESC…), except tab and newline;
 * - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
 *   reorder the characters that follow them;
 * - zero-width and invisible formatting characters: U+200B, U+2060–U+2064, U+FEFF, U+180E,
 *   and Unicode tag characters (invisible "ASCII smuggling") except inside a flag such as
 *   Wales's or Scotland's, where they are how the flag is spelt;
 * - U+200C (zero-width non-joiner) and U+200D (zero-width joiner) where they join nothing.
 *
 * Kept, on purpose:
 * - ZWJ and ZWNJ between letters of scripts that need them (Devanagari, Bengali, Persian…)
 *   and ZWJ inside emoji sequences (the health worker 🧑‍⚕️ is three characters joined).
 *   Between Latin, Greek or Cyrillic letters, or beside spaces and punctuation, they only hide
 *   a break inside a word ("pay\u200Dpal"), so there they are removed;
 * - U+200E, U+200F and U+061C (direction marks): Arabic and Hebrew writers use them to place
 *   punctuation correctly, and a mark cannot reverse a run of letters the way an override
 *   does. Displays isolate each user string (`<bdi>`, `dir="auto"`) so marks stay contained.
 *
 * Line endings are tidied without counting: CR LF and lone CR become LF, and the Unicode line
 * and paragraph separators become LF. Single-line text (file names) also turns tabs and new
 * lines into spaces. Pure: no DOM, no Node.
 */

export interface CleanedText {
  readonly text: string;
  /** How many invisible or direction-changing characters were removed. */
  readonly removed: number;
}

export interface CleanOptions {
  /** Tabs and line breaks become single spaces (file names, one-line labels). */
  readonly singleLine?: boolean;
}

/* eslint-disable no-control-regex -- matching control characters is this module's purpose */
/** Anything the slow path may change; most text has none and is returned untouched. */
const SUSPECT =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u180E\u200B-\u200D\u2028-\u202E\u2060-\u2069\uFEFF\uDB40]/;
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/* eslint-enable no-control-regex */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const INVISIBLE = /[\u180E\u200B\u2060-\u2064\uFEFF]/g;
/** A tag-spelt flag (black flag, tags, cancel tag) is kept whole; any other tag goes. */
const TAGS = /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|[\u{E0000}-\u{E007F}]/gu;
const JOINERS = /[\u200C\u200D]/g;

const EMOJI_BEFORE_JOINER = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F/u;
const EMOJI_AFTER_JOINER = /\p{Extended_Pictographic}/u;
const LETTER = /[\p{L}\p{M}]/u;
/** Scripts where a joiner has no job between letters and only hides a break. */
const NO_JOINER_SCRIPT = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/** The whole code point ending just before `index` (surrogate pairs included). */
const charBefore = (text: string, index: number): string => {
  const low = text.charCodeAt(index - 1);
  const isLow = low >= 0xdc00 && low <= 0xdfff;
  return text.slice(isLow && index >= 2 ? index - 2 : index - 1, index);
};

const charAfter = (text: string, index: number): string => {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
};

const joinsSomething = (joiner: string, before: string, after: string): boolean => {
  if (joiner === '\u200D' && EMOJI_BEFORE_JOINER.test(before) && EMOJI_AFTER_JOINER.test(after))
    return true;
  return (
    LETTER.test(before) &&
    LETTER.test(after) &&
    !NO_JOINER_SCRIPT.test(before) &&
    !NO_JOINER_SCRIPT.test(after)
  );
};

/** Clean one string and say how many characters were removed. */
export const cleanText = (text: string, options: CleanOptions = {}): CleanedText => {
  let out = text;
  let removed = 0;
  if (SUSPECT.test(text)) {
    const drop = (pattern: RegExp): void => {
      out = out.replace(pattern, () => {
        removed += 1;
        return '';
      });
    };
    out = out.replace(/\r\n?|[\u2028\u2029]/g, '\n');
    drop(CONTROLS);
    drop(BIDI_CONTROLS);
    drop(INVISIBLE);
    out = out.replace(TAGS, (match, flag: string | undefined) => {
      if (flag !== undefined) return match;
      removed += 1;
      return '';
    });
    out = out.replace(JOINERS, (joiner: string, index: number, whole: string) => {
      if (joinsSomething(joiner, charBefore(whole, index), charAfter(whole, index + 1)))
        return joiner;
      removed += 1;
      return '';
    });
  }
  if (options.singleLine === true) out = out.replace(/[\t\n\r]+/g, ' ');
  return { text: out, removed };
};

/** The cleaned string alone, for places that only show or print it. */
export const cleanUserText = (text: string, options?: CleanOptions): string =>
  cleanText(text, options).text;

export interface CleanedValue<T> {
  readonly value: T;
  readonly removed: number;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Every string inside plain objects and arrays cleaned (keys are left alone: schemas reject
 * unknown ones). Returns the very same value when nothing changed, so ordinary edits cost one
 * regular-expression test per string and no copying.
 */
export const cleanStrings = <T>(value: T): CleanedValue<T> => {
  let removed = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const cleaned = cleanText(v);
      removed += cleaned.removed;
      return cleaned.text;
    }
    if (Array.isArray(v)) {
      const copy: unknown[] = [];
      let changed = false;
      for (const item of v as readonly unknown[]) {
        const next = walk(item);
        changed ||= next !== item;
        copy.push(next);
      }
      return changed ? copy : v;
    }
    if (isPlainObject(v)) {
      const entries: [string, unknown][] = [];
      let changed = false;
      for (const [key, item] of Object.entries(v)) {
        const next = walk(item);
        changed ||= next !== item;
        entries.push([key, next]);
      }
      return changed ? Object.fromEntries(entries) : v;
    }
    return v;
  };
  return { value: walk(value) as T, removed };
};

/** A file name as it may be shown: one line, nothing hidden, nothing reordered. */
export const displayFileName = (name: string): string => {
  const text = cleanUserText(name, { singleLine: true }).trim();
  return text === '' ? 'Unnamed file' : text;
};

/** "10,000", "1,000,000": whole numbers as UK readers expect them. */
export const formatNumber = (n: number): string => {
  if (!Number.isFinite(n)) return String(n);
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  if (/e/i.test(whole)) return String(n);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
};
