/**
 * Canonical JSON and the payload checksum. Object keys are sorted by UTF-16 code units and no
 * whitespace is written; strings and numbers are written as `JSON.stringify` writes them. For
 * the values a plan holds (strings, finite numbers, booleans, null, arrays, plain objects) this
 * is the JSON Canonicalization Scheme (RFC 8785), so other tools can recompute the checksum.
 * The checksum catches corruption, not forgery: anyone can recompute it.
 *
 * Kept over the `canonicalize` npm package (2.1.0, the latest 2.x; issue 9 item 9): both pass
 * the RFC 8785 vectors in tests/unit/planfile/encoding.test.ts and give identical text for a
 * 5 MB plan, and this one is about twice as fast on it (2026-11-30, Node 20, shared 2-core
 * machine, 15 runs after warm-up: median 293 ms vs 572 ms, best 125 ms vs 321 ms), because the
 * native JSON.stringify writes a key-sorted copy instead of concatenating strings member by
 * member.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Keys JavaScript orders numerically ahead of all others, whatever the insertion order. */
const isIndexKey = (key: string): boolean => {
  const first = key.charCodeAt(0);
  return (
    first >= 0x30 && first <= 0x39 && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1
  );
};

class IndexKeyFound extends Error {}

/**
 * Fast path: a copy with keys inserted in sorted order, written by the native JSON.stringify.
 * Objects with index-like keys ("0", "42") cannot be ordered that way, so they abort it.
 */
const sortedCopy = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortedCopy);
  const record = value as Record<string, unknown>;
  // No prototype: a `__proto__` key stays an ordinary property of the copy.
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(record).sort()) {
    if (isIndexKey(key)) throw new IndexKeyFound();
    out[key] = sortedCopy(record[key]);
  }
  return out;
};

/** Slow path, correct for any keys: writes each member in code-unit order itself. */
const write = (value: unknown, out: string[]): void => {
  if (value === null || typeof value !== 'object') {
    out.push(value === undefined || typeof value === 'function' ? 'null' : JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item: unknown, i) => {
      if (i > 0) out.push(',');
      write(item, out);
    });
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  let first = true;
  out.push('{');
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined || typeof item === 'function') continue;
    out.push(first ? '' : ',', JSON.stringify(key), ':');
    first = false;
    write(item, out);
  }
  out.push('}');
};

/** Deterministic JSON: sorted keys, no whitespace. Callers bound the depth (the scan does). */
export const canonicalJson = (value: unknown): string => {
  try {
    const copy = sortedCopy(value);
    return copy === undefined || typeof copy === 'function' ? 'null' : JSON.stringify(copy);
  } catch (error) {
    if (!(error instanceof IndexKeyFound)) throw error;
    const out: string[] = [];
    write(value, out);
    return out.join('');
  }
};

/** Lower-case hex SHA-256 of the UTF-8 of `canonicalText`. */
export const checksumOfCanonical = (canonicalText: string): string =>
  bytesToHex(sha256(utf8ToBytes(canonicalText)));

/** Lower-case hex SHA-256 of the canonical JSON of `payload`, as UTF-8. */
export const payloadChecksum = (payload: unknown): string =>
  checksumOfCanonical(canonicalJson(payload));
