/**
 * 10,000 generated malformed files: each must give a typed error or a valid plan, never a
 * throw, never an `internal-error`, never a change to Object.prototype, and each within
 * 500 ms of CPU time. The slowest times are printed at the end ("malformed inputs: … max …").
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  PLAN_FILE_ERROR_CODES,
  payloadChecksum,
  restorePlan,
  serialisePlan,
  type PlanFileErrorCode,
  type RestoreResult,
} from '@shared/planfile';
import { makeContent } from '../../helpers/planFactory';
import { must, SAVE_OPTIONS } from './helpers';

const BASE_TEXT = serialisePlan(makeContent(), SAVE_OPTIONS);
const BASE_BYTES = new TextEncoder().encode(BASE_TEXT);
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const BUDGET_MS = 500;

const stats = { count: 0, maxMs: 0, maxCpuMs: 0, slowest: '', codes: new Map<string, number>() };

/**
 * Open one input and check every promise restorePlan makes. The 500 ms budget is asserted on
 * this process's CPU time, which other work on a shared machine does not inflate; the
 * wall-clock maximum is recorded and printed too.
 */
const check = (input: Uint8Array | string, label: string): RestoreResult => {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let result: RestoreResult | undefined;
  expect(() => {
    result = restorePlan(input);
  }).not.toThrow();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1_000;
  stats.count += 1;
  if (ms > stats.maxMs) Object.assign(stats, { maxMs: ms, slowest: label });
  stats.maxCpuMs = Math.max(stats.maxCpuMs, cpuMs);
  expect(cpuMs, `${label} took ${cpuMs.toFixed(0)} ms of CPU time`).toBeLessThan(BUDGET_MS);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (!result) throw new Error('no result');
  const code = result.ok ? 'ok' : result.error.code;
  stats.codes.set(code, (stats.codes.get(code) ?? 0) + 1);
  if (result.ok) {
    // A plan that opened must be one the app can save and open again unchanged.
    const again = restorePlan(serialisePlan(result.plan.content, SAVE_OPTIONS));
    expect(again.ok && again.repairs).toEqual([]);
  } else {
    expect(PLAN_FILE_ERROR_CODES).toContain(result.error.code);
    expect(result.error.code, String(result.error.cause)).not.toBe('internal-error');
    expect(result.error.message.length).toBeGreaterThan(20);
    // Messages never echo the file's content back, so they stay short whatever the input.
    expect(result.error.message.length).toBeLessThan(1_000);
    for (const detail of result.error.details) expect(detail.length).toBeLessThan(300);
    expect(result.error.nextStep.length).toBeGreaterThan(20);
  }
  return result;
};

const expectCode = (result: RestoreResult, ...codes: (PlanFileErrorCode | 'ok')[]): void => {
  expect(result.ok ? 'ok' : result.error.code).toBeOneOf(codes);
};

/** Every [holder, key] in a parsed file, so one value can be swapped for another. */
const slotsOf = (value: unknown, out: [Record<string, unknown>, string][] = []) => {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, key]);
      slotsOf(child, out);
    }
  }
  return out;
};

const weirdValue = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1e308, -0, '', ' ', [], {}, 'x'.repeat(3_000), [[[]]]),
  fc.jsonValue({ maxDepth: 3 }),
);

const run = <T>(arb: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => void): void => {
  fc.assert(fc.property(arb, predicate), { numRuns });
};

describe('10,000 malformed plan files', { timeout: 60_000 }, () => {
  it('truncated anywhere (2,000)', () => {
    run(fc.nat({ max: BASE_BYTES.length - 1 }), 2_000, (at: number) => {
      const result = check(BASE_BYTES.slice(0, at), 'truncated');
      // Only the final newline is optional: any other cut must be refused.
      if (at < BASE_TEXT.trimEnd().length) expectCode(result, 'empty', 'not-json', 'not-utf8');
      else expectCode(result, 'ok');
    });
  });

  it('with bytes overwritten (2,000)', () => {
    const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 6,
    });
    run(flips, 2_000, (edits: [number, number][]) => {
      const bytes = BASE_BYTES.slice();
      for (const [at, value] of edits) bytes[at % bytes.length] = value;
      check(bytes, 'bytes overwritten');
    });
  });

  it('with a value of the wrong type anywhere, checksum fixed or not (2,000)', () => {
    const arb = fc.tuple(fc.nat(), weirdValue, fc.boolean());
    run(arb, 2_000, ([at, value, fixChecksum]: [number, unknown, boolean]) => {
      const file = JSON.parse(BASE_TEXT) as Record<string, unknown>;
      const slots = slotsOf(file);
      const [holder, key] = must(slots[at % slots.length], 'slot');
      holder[key] = value;
      if (fixChecksum)
        file.checksum = { algorithm: 'SHA-256', value: payloadChecksum(file.payload) };
      check(JSON.stringify(file), 'wrong type');
    });
  });

  it('with prototype keys in any object, escaped or not (1,000)', () => {
    const spelling = fc.constantFrom(
      '__proto__',
      '\\u005f_proto__',
      'constructor',
      'constr\\u0075ctor',
      'prototype',
      'prototyp\\u0065',
    );
    run(
      fc.tuple(fc.nat(), spelling, weirdValue),
      1_000,
      ([at, key, value]: [number, string, unknown]) => {
        const file = JSON.parse(BASE_TEXT) as Record<string, unknown>;
        const objects = [file, ...slotsOf(file).map(([h, k]) => h[k])].filter(
          (v): v is Record<string, unknown> =>
            v !== null && typeof v === 'object' && !Array.isArray(v),
        );
        must(objects[at % objects.length], 'object').PLACEHOLDER_KEY = { polluted: true, value };
        const text = JSON.stringify(file).replace('"PLACEHOLDER_KEY"', `"${key}"`);
        expectCode(check(text, 'prototype key'), 'forbidden-key');
      },
    );
  });

  it('with invalid UTF-8 inserted (1,000)', () => {
    const bad = fc.constantFrom<number[]>(
      [0x80],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf8],
      [0xff],
      [0xe2, 0x82],
      [0xe9, 0x20],
      [0xf4, 0x90, 0x80, 0x80],
    );
    run(fc.tuple(fc.nat(), bad), 1_000, ([at, sequence]: [number, number[]]) => {
      const cut = at % BASE_BYTES.length;
      const bytes = new Uint8Array([
        ...BASE_BYTES.slice(0, cut),
        ...sequence,
        ...BASE_BYTES.slice(cut),
      ]);
      expectCode(check(bytes, 'invalid UTF-8'), 'not-utf8');
    });
  });

  it('nested deeply, anywhere in the text or as any value (500)', () => {
    const depth = fc.oneof(
      fc.integer({ min: 1, max: 200 }),
      fc.integer({ min: 10_000, max: 200_000 }),
    );
    const arb = fc.tuple(fc.nat(), depth, fc.boolean(), fc.boolean());
    run(arb, 500, ([at, d, objects, asValue]: [number, number, boolean, boolean]) => {
      const nest = `${objects ? '{"a":'.repeat(d) : '['.repeat(d)}1${(objects ? '}' : ']').repeat(d)}`;
      if (asValue) {
        const file = JSON.parse(BASE_TEXT) as Record<string, unknown>;
        const slots = slotsOf(file);
        const [holder, key] = must(slots[at % slots.length], 'slot');
        holder[key] = 'NEST_HERE';
        const result = check(JSON.stringify(file).replace('"NEST_HERE"', nest), 'deep value');
        // The envelope and a card's position already nest up to 5 levels around the value.
        if (d > 64) expectCode(result, 'too-deep');
      } else {
        const cut = at % BASE_TEXT.length;
        check(`${BASE_TEXT.slice(0, cut)}${nest}${BASE_TEXT.slice(cut)}`, 'deep nesting');
      }
    });
  });

  it('with huge strings (100)', () => {
    run(
      fc.tuple(fc.integer({ min: 2_001, max: 3_000_000 }), fc.constantFrom('a', 'é', '𝕏', '\\"')),
      100,
      ([length, unit]: [number, string]) => {
        const text = BASE_TEXT.replace('"text":"Monthly', `"text":"${unit.repeat(length)}Monthly`);
        check(text, 'huge string');
      },
    );
  });

  it('as byte order marks and UTF-16 (400)', () => {
    const utf16le = (text: string) =>
      new Uint8Array(
        Array.from(text).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]),
      );
    const variants = fc.constantFrom(
      'utf8-bom',
      'double-bom',
      'utf16le-bom',
      'utf16le',
      'utf16be-bom',
      'bom-only',
    );
    run(
      fc.tuple(variants, fc.nat({ max: BASE_TEXT.length })),
      400,
      ([variant, cut]: [string, number]) => {
        const text = BASE_TEXT.slice(
          0,
          cut === 0 ? BASE_TEXT.length : BASE_TEXT.length - (cut % 50),
        );
        const inputs: Record<string, Uint8Array | string> = {
          'utf8-bom': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
          'double-bom': `\uFEFF\uFEFF${text}`,
          'utf16le-bom': new Uint8Array([0xff, 0xfe, ...utf16le(text)]),
          utf16le: utf16le(text),
          'utf16be-bom': new Uint8Array([
            0xfe,
            0xff,
            ...utf16le(text).map((_, i, a) => a[i ^ 1] ?? 0),
          ]),
          'bom-only': '\uFEFF',
        };
        check(must(inputs[variant], variant), variant);
      },
    );
  });

  it('as arbitrary JSON and arbitrary bytes (997)', () => {
    run(
      fc.oneof(
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.uint8Array({ maxLength: 200 }),
        fc.string(),
      ),
      997,
      (input: string | Uint8Array) => {
        check(input, 'arbitrary');
      },
    );
  });

  it.each([
    [
      'cards',
      (n: number) =>
        BASE_TEXT.replace(
          /"cards":\[.*?\],"participants"/,
          `"cards":[${'1,'.repeat(n - 1)}1],"participants"`,
        ),
    ],
    [
      'tags',
      (n: number) => BASE_TEXT.replace('"tags":["Funding"]', `"tags":[${'"a",'.repeat(n - 1)}"a"]`),
    ],
    [
      'unknown field',
      (n: number) => BASE_TEXT.replace('{"type":', `{"extra":[${'{},'.repeat(n - 1)}{}],"type":`),
    ],
  ])('with a 10^6-item array in %s (3)', (_where, build) => {
    expectCode(check(build(1_000_000), '10^6 array'), 'invalid-content');
  });

  afterAll(() => {
    const codes = [...stats.codes].map(([c, n]) => `${c} ${n}`).join(', ');
    console.log(
      `malformed inputs: ${stats.count}, max ${stats.maxMs.toFixed(1)} ms wall-clock (${stats.slowest}), ` +
        `max ${stats.maxCpuMs.toFixed(1)} ms CPU; ${codes}`,
    );
  });
});
