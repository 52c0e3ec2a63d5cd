import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson, payloadChecksum } from '@shared/planfile';
import { scanJsonText } from '@shared/planfile/scan';
import { decodeUtf8Strict, stripBom, utf8ByteLength } from '@shared/planfile/utf8';

describe('strict UTF-8 decoding', () => {
  it('decodes any valid UTF-8 back to the text it encodes, keeping a BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (s) => {
        expect(decodeUtf8Strict(new TextEncoder().encode(`\uFEFF${s}`))).toBe(`\uFEFF${s}`);
      }),
    );
  });

  it.each([
    ['overlong slash', [0xc0, 0xaf]],
    ['overlong three-byte', [0xe0, 0x80, 0xaf]],
    ['UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['truncated sequence', [0xe2, 0x82]],
    ['lone continuation', [0x80]],
  ])('refuses %s', (_label, bytes) => {
    expect(() => decodeUtf8Strict(new Uint8Array(bytes))).toThrow(TypeError);
  });

  it('counts UTF-8 bytes like TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (s) => {
        expect(utf8ByteLength(s)).toBe(new TextEncoder().encode(s).length);
      }),
    );
  });

  it('strips one leading BOM only', () => {
    expect(stripBom('\uFEFF\uFEFF{}')).toBe('\uFEFF{}');
    expect(stripBom('{}')).toBe('{}');
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], é: true, Z: 0 })).toBe(
      '{"Z":0,"a":[{"c":"x","d":null}],"b":1,"é":true}',
    );
  });

  it('matches the RFC 8785 key order (UTF-16 code units) and number forms', () => {
    // The sorting example of RFC 8785 section 3.2.3.
    const rfc = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const order = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'];
    const expected = `{${order.map((k) => `${JSON.stringify(k)}:${JSON.stringify(rfc[k as keyof typeof rfc])}`).join(',')}}`;
    expect(canonicalJson(rfc)).toBe(expected);
    expect(canonicalJson([1e21, 1e-7, -0, 0.1 + 0.2])).toBe('[1e+21,1e-7,0,0.30000000000000004]');
  });

  // RFC 8785 appendix B: IEEE 754 bit patterns and the text each must be written as.
  const fromBits = (hex: string): number => {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, BigInt(`0x${hex}`));
    return view.getFloat64(0);
  };
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('writes the RFC 8785 number %s as %s', (bits, text) => {
    expect(canonicalJson(fromBits(bits))).toBe(text);
    expect(canonicalJson({ n: [fromBits(bits)] })).toBe(`{"n":[${text}]}`);
  });

  it('writes the RFC 8785 sample (section 3.2.2): numbers, escapes and literals', () => {
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    expect(canonicalJson(JSON.parse(input))).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it('orders index-like keys by code units too, not numerically as JavaScript does', () => {
    expect(canonicalJson({ '10': 1, '9': 2, a: { '2': 0, '1': 1, b: 2 } })).toBe(
      '{"10":1,"9":2,"a":{"1":1,"2":0,"b":2}}',
    );
  });

  it('is unaffected by key order and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('skips undefined properties as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });

  it('checksums the UTF-8 of the canonical text with SHA-256', () => {
    const payload = { b: 'Zoë', a: 1 };
    const expected = bytesToHex(sha256(new TextEncoder().encode('{"a":1,"b":"Zoë"}')));
    expect(payloadChecksum(payload)).toBe(expected);
    expect(payloadChecksum({ a: 1, b: 'Zoe' })).not.toBe(expected);
  });
});

describe('scanning untrusted text', () => {
  const scan = (text: string, maxDepth = 64, maxEntries = 5_000) =>
    scanJsonText(text, { maxDepth, maxEntries, maxTextLength: 10 })?.kind;

  it('measures nesting outside strings only', () => {
    expect(scan('[[[]]]', 3)).toBeUndefined();
    expect(scan('[[[[]]]]', 3)).toBe('too-deep');
    expect(scan('["[[[[[[", "\\"[[[["]', 1)).toBeUndefined();
    expect(scan('{"a":{"b":{"c":{}}}}', 3)).toBe('too-deep');
  });

  it('counts entries of every array and object, not commas inside strings or children', () => {
    expect(scan('[1,2,3]', 64, 3)).toBeUndefined();
    expect(scan('[1,2,3,4]', 64, 3)).toBe('too-many-entries');
    expect(scan('{"a":1,"b":2,"c":3,"d":4}', 64, 3)).toBe('too-many-entries');
    expect(scan('[[1,2],[3,4],"5,6,7,8"]', 64, 3)).toBeUndefined();
  });

  it('refuses strings longer than any field could be, allowing six characters per escape', () => {
    expect(scan(`["${'\\u0041'.repeat(10)}"]`)).toBeUndefined();
    expect(scan(`["${'x'.repeat(61)}"]`)).toBe('too-long-text');
    expect(scan(`{"${'k'.repeat(61)}":1}`)).toBe('too-long-text');
  });

  it('finds forbidden keys, escaped or spaced, but not the same words as values', () => {
    expect(scan('{"__proto__":1}')).toBe('forbidden-key');
    expect(scan('{"a":{"constructor" \n :1}}')).toBe('forbidden-key');
    expect(scan('{"\\u0070rototype":1}')).toBe('forbidden-key');
    expect(scan('{"a":"__proto__","b":["constructor"],"prototype_x":1}')).toBeUndefined();
    expect(
      scanJsonText('{"\\u005f_proto__":1}', { maxDepth: 64, maxEntries: 10, maxTextLength: 10 }),
    ).toEqual({
      kind: 'forbidden-key',
      key: '__proto__',
    });
  });

  it('sees every key JSON.parse sees', () => {
    const forbidden = new Set(['__proto__', 'constructor', 'prototype']);
    const keysOf = (value: unknown): string[] =>
      value !== null && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)])
        : [];
    const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.string());
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }),
      ),
    })).node;
    const toText = (node: unknown): string =>
      Array.isArray(node) && node.every((e) => Array.isArray(e) && e.length === 2)
        ? `{${(node as [string, unknown][]).map(([k, v]) => `${JSON.stringify(k).replace(/_/g, '\\u005f')} : ${toText(v)}`).join(',')}}`
        : JSON.stringify(node);
    // Every key written in the text, including ones JSON.parse would drop as duplicates: the
    // scan must refuse a forbidden key wherever it is written, which is stricter than parsing.
    const isPairs = (node: unknown): node is [string, unknown][] =>
      Array.isArray(node) && node.every((e) => Array.isArray(e) && e.length === 2);
    const writtenKeys = (node: unknown): string[] =>
      isPairs(node) ? node.flatMap(([k, v]) => [k, ...writtenKeys(v)]) : keysOf(node);
    fc.assert(
      fc.property(tree, (node) => {
        const text = toText(node);
        const parsedKeys = keysOf(JSON.parse(text));
        const refused = scan(text) === 'forbidden-key';
        expect(refused).toBe(writtenKeys(node).some((k) => forbidden.has(k)));
        // And never weaker than the parser: whatever JSON.parse would see, the scan saw.
        if (parsedKeys.some((k) => forbidden.has(k))) expect(refused).toBe(true);
      }),
      {
        numRuns: 500,
        // Found by fast-check: a duplicate key hides a nested __proto__ from JSON.parse.
        examples: [
          [
            [
              ['', [['__proto__', {}]]],
              ['', []],
            ],
          ],
        ],
      },
    );
  });
});
