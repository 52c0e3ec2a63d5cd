/**
 * The cheap, paranoid first look at untrusted text: how deep it nests (before the parser can
 * recurse), a parse that refuses prototype-polluting keys, and a walk that refuses arrays too
 * long for any valid plan (before per-item validation could spend seconds on them).
 */
import { FORBIDDEN_KEYS, MAX_ARRAY_LENGTH } from './constants';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * True when `[`/`{` nesting outside strings exceeds `limit`. Brackets inside strings (and
 * escaped quotes) are ignored; unbalanced text is left for the parser to reject.
 */
export const exceedsDepth = (text: string, limit: number): boolean => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return false;
};

export class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(`Forbidden key "${key}"`);
    this.name = 'ForbiddenKeyError';
  }
}

const FORBIDDEN = new Set(FORBIDDEN_KEYS);

const refuseForbiddenKeys = (key: string, value: unknown): unknown => {
  // The reviver sees every key after escapes are decoded, so "\u005f_proto__" is caught too.
  if (FORBIDDEN.has(key)) throw new ForbiddenKeyError(key);
  return value;
};

/** `JSON.parse` that throws `ForbiddenKeyError` for `__proto__`, `constructor` or `prototype`. */
export const parseRefusingForbiddenKeys = (text: string): unknown =>
  JSON.parse(text, refuseForbiddenKeys);

export interface OversizedArray {
  readonly path: string;
  readonly length: number;
}

/** The first array longer than `limit` anywhere in `value`, breadth first; none → undefined. */
export const findOversizedArray = (
  value: unknown,
  limit: number = MAX_ARRAY_LENGTH,
): OversizedArray | undefined => {
  const queue: { readonly value: unknown; readonly path: string }[] = [{ value, path: '' }];
  for (let head = 0; head < queue.length; head += 1) {
    const entry = queue[head];
    if (!entry) break;
    const current = entry.value;
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      if (current.length > limit) return { path: entry.path, length: current.length };
      current.forEach((item: unknown, i) => {
        if (item !== null && typeof item === 'object')
          queue.push({ value: item, path: `${entry.path}[${i}]` });
      });
    } else {
      for (const [key, item] of Object.entries(current as Record<string, unknown>)) {
        if (item !== null && typeof item === 'object')
          queue.push({ value: item, path: entry.path ? `${entry.path}.${key}` : key });
      }
    }
  }
  return undefined;
};
