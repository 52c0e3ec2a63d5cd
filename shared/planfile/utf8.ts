/**
 * Strict UTF-8 decoding without DOM or Node types. shared/ is compiled with neither, so the
 * native `TextDecoder` is reached through a minimal local type. Every target has it with
 * `fatal: true` (Node 20, Chromium, Electron), which refuses what WHATWG refuses: overlongs,
 * surrogates, anything above U+10FFFF, truncated sequences. No pure-JS fallback is needed.
 */

interface StrictDecoder {
  decode(input: Uint8Array): string;
}
type StrictDecoderCtor = new (
  label: 'utf-8',
  options: { fatal: true; ignoreBOM: true },
) => StrictDecoder;

const { TextDecoder: NativeDecoder } = globalThis as unknown as {
  TextDecoder: StrictDecoderCtor;
};

/** Decode strictly; throws a `TypeError` at invalid UTF-8. The BOM is kept: the caller decides. */
export const decodeUtf8Strict = (bytes: Uint8Array): string =>
  new NativeDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);

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
