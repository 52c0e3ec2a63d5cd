/**
 * Canonical JSON and the payload checksum. Object keys are sorted by UTF-16 code units and no
 * whitespace is written; strings and numbers are written as `JSON.stringify` writes them. For
 * the values a plan holds (strings, finite numbers, booleans, null, arrays, plain objects) this
 * is the JSON Canonicalization Scheme (RFC 8785), so other tools can recompute the checksum.
 * The checksum catches corruption, not forgery: anyone can recompute it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const write = (value: unknown, out: string[]): void => {
  if (value === null || typeof value !== 'object') {
    // Like JSON.stringify: non-finite numbers become null; undefined and functions are skipped
    // by the callers below, so only a top-level undefined reaches here.
    out.push(value === undefined || typeof value === 'function' ? 'null' : JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out.push(',');
      const item: unknown = value[i];
      write(item === undefined || typeof item === 'function' ? null : item, out);
    }
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  out.push('{');
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || typeof item === 'function') continue;
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(key), ':');
    write(item, out);
  }
  out.push('}');
};

/** Deterministic JSON: sorted keys, no whitespace. Callers bound the depth (the scan does). */
export const canonicalJson = (value: unknown): string => {
  const out: string[] = [];
  write(value, out);
  return out.join('');
};

/** Lower-case hex SHA-256 of the canonical JSON of `payload`, as UTF-8. */
export const payloadChecksum = (payload: unknown): string =>
  bytesToHex(sha256(utf8ToBytes(canonicalJson(payload))));
