/**
 * Strict UTF-8 decoding without DOM or Node types. shared/ is compiled with neither, so the
 * native `TextDecoder` (present in browsers, Electron and Node) is reached through a minimal
 * local type; a pure decoder with the same rules (WHATWG: no overlongs, no surrogates, nothing
 * above U+10FFFF) stands in where it is missing and is tested against the native one.
 */

export class Utf8Error extends Error {
  constructor(readonly offset: number) {
    super(`Invalid UTF-8 at byte ${offset}`);
    this.name = 'Utf8Error';
  }
}

interface NativeDecoder {
  decode(input: Uint8Array): string;
}
type NativeDecoderCtor = new (
  label: string,
  options: { fatal: boolean; ignoreBOM: boolean },
) => NativeDecoder;

const nativeCtor = (globalThis as unknown as { TextDecoder?: NativeDecoderCtor }).TextDecoder;

/** Strings are built in slices: `String.fromCharCode(...units)` has an argument limit. */
const CHUNK = 8_192;

/** Byte ranges for the second byte after each lead byte (Unicode table 3-7). */
const secondByteRange = (lead: number): readonly [number, number] => {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
};

const sequenceLength = (lead: number): number => {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
};

/** Pure strict decoder; throws `Utf8Error` at the first invalid byte. Keeps any BOM. */
export const decodeUtf8Pure = (bytes: Uint8Array): string => {
  const parts: string[] = [];
  let units: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      units.push(lead);
      i += 1;
    } else {
      const length = sequenceLength(lead);
      if (length === 0 || i + length > bytes.length) throw new Utf8Error(i);
      const [low, high] = secondByteRange(lead);
      const second = bytes[i + 1] ?? 0;
      if (second < low || second > high) throw new Utf8Error(i);
      let point = lead & (0xff >> (length + 1));
      for (let k = 1; k < length; k += 1) {
        const next = bytes[i + k] ?? 0;
        if ((next & 0xc0) !== 0x80) throw new Utf8Error(i);
        point = (point << 6) | (next & 0x3f);
      }
      if (point > 0xffff) {
        point -= 0x10000;
        units.push(0xd800 + (point >> 10), 0xdc00 + (point & 0x3ff));
      } else {
        units.push(point);
      }
      i += length;
    }
    if (units.length >= CHUNK) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
};

/** Native strict decoder when the platform has one; BOM kept so the caller decides. */
export const decodeUtf8Native = (bytes: Uint8Array): string | undefined =>
  nativeCtor ? new nativeCtor('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) : undefined;

/** Decode strictly, preferring the fast native decoder. Throws on invalid UTF-8. */
export const decodeUtf8Strict = (bytes: Uint8Array): string =>
  decodeUtf8Native(bytes) ?? decodeUtf8Pure(bytes);

/**
 * UTF-8 byte length of a string without allocating; lone surrogates count as U+FFFD (3).
 * Counting stops once it passes `stopAbove`, for size caps on very long strings.
 */
export const utf8ByteLength = (text: string, stopAbove = Infinity): number => {
  let total = 0;
  for (let i = 0; i < text.length && total <= stopAbove; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) total += 1;
    else if (unit < 0x800) total += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        total += 4;
        i += 1;
      } else total += 3;
    } else total += 3;
  }
  return total;
};

export const BYTE_ORDER_MARK = '\uFEFF';

export const stripBom = (text: string): string =>
  text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
