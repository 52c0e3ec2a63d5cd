/**
 * The cheap, paranoid first look at untrusted JSON text, in one pass before `JSON.parse`:
 * how deep it nests (so the parser never recurses far), how many entries any array or object
 * has (so a 10^6-item list is refused before it is built and validated item by item), and
 * whether any key is `__proto__`, `constructor` or `prototype`, escapes included, and whether
 * any string is longer than any plan field could be, however it is escaped.
 *
 * Keys are found in the text rather than with a `JSON.parse` reviver: in valid JSON a string
 * followed by `:` is always a key, so the two see the same keys, and a reviver makes parsing
 * a plan several times slower (one call per value). Text the parser would reject anyway may
 * pass the scan; the parser then refuses it.
 */
import { FORBIDDEN_KEYS } from './constants';

export type ScanProblem =
  | { readonly kind: 'too-deep'; readonly limit: number }
  | { readonly kind: 'too-many-entries'; readonly limit: number }
  | { readonly kind: 'too-long-text'; readonly limit: number }
  | { readonly kind: 'forbidden-key'; readonly key: string };

export interface ScanLimits {
  readonly maxDepth: number;
  /** Most entries (array items or object members) any one array or object may have. */
  readonly maxEntries: number;
  /** Longest string value allowed once decoded; the raw text may be up to 6× (`\uXXXX`). */
  readonly maxTextLength: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const FORBIDDEN = new Set(FORBIDDEN_KEYS);
const PLAIN_LENGTHS = new Set(FORBIDDEN_KEYS.map((k) => k.length));
const MIN_LENGTH = Math.min(...PLAIN_LENGTHS);
/** Longest a forbidden key can be when every character is written as `\uXXXX`. */
const MAX_ESCAPED_LENGTH = Math.max(...FORBIDDEN_KEYS.map((k) => k.length)) * 6;

const isJsonWhitespace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

const decodeKey = (token: string): string | undefined => {
  try {
    const value: unknown = JSON.parse(token);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined; // the real parse reports the broken escape
  }
};

/** Whether the string between `start` and `end` (its quotes) is a forbidden key. */
const forbiddenKeyAt = (text: string, start: number, end: number): string | undefined => {
  const length = end - start - 1;
  if (length > MAX_ESCAPED_LENGTH || length < MIN_LENGTH) return undefined;
  const raw = text.slice(start, end + 1);
  const hasEscape = raw.includes('\\');
  if (!hasEscape && !PLAIN_LENGTHS.has(length)) return undefined;
  let next = end + 1;
  while (next < text.length && isJsonWhitespace(text.charCodeAt(next))) next += 1;
  if (text.charCodeAt(next) !== COLON) return undefined;
  const key = hasEscape ? decodeKey(raw) : raw.slice(1, -1);
  return key !== undefined && FORBIDDEN.has(key) ? key : undefined;
};

/** Index of the quote closing the string opened at `start`, or the text length if none. */
const closingQuote = (text: string, start: number): number => {
  // indexOf is native and far faster than a character loop over long card texts.
  for (let from = start + 1; ;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
};

/** The first problem in `text`, or undefined. Linear in the length of the text. */
export const scanJsonText = (text: string, limits: ScanLimits): ScanProblem | undefined => {
  const { maxDepth, maxEntries } = limits;
  const maxRawText = limits.maxTextLength * 6;
  // Separators seen in each open container; an entry count is separators + 1.
  const separators = new Int32Array(maxDepth + 2);
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i);
      if (end - i - 1 > maxRawText) return { kind: 'too-long-text', limit: limits.maxTextLength };
      const key = forbiddenKeyAt(text, i, end);
      if (key !== undefined) return { kind: 'forbidden-key', key };
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) return { kind: 'too-deep', limit: maxDepth };
      separators[depth] = 0;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth > 0) depth -= 1;
    } else if (c === COMMA && depth > 0) {
      const seen = (separators[depth] ?? 0) + 1;
      separators[depth] = seen;
      if (seen >= maxEntries) return { kind: 'too-many-entries', limit: maxEntries };
    }
  }
  return undefined;
};
